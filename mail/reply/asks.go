package reply

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"
)

// maxAsks and maxAskRunes bound the questions ReadAsking carries beside an
// answer: more, or a longer one, is a letter for a person to read.
const (
	maxAsks     = 3
	maxAskRunes = 200
)

// ReadAsking is Read, and where Read finds no answer only because the
// writer also asked us something ("Done. Could you send my teammate the
// instructions too?", 完了しました。ところで佐藤さんにも案内を送っていただけますか。),
// or went on after a Done or Submitted to news of something else
// (readLeading: "Submitted. FYI I'm on leave from the 18th."), the answer
// with those sentences beside it (each a sentence of the own words, at
// most maxAsks of at most maxAskRunes). The caller must bring them to a
// person: read without them, the answer would drop them.
//
// Only a Done, Submitted or No is taken so; a Yes beside a question stays
// Unclear, as a consent cannot be taken back. A question is set beside the
// answer only when it holds no answer of its own, no doubt, condition or
// negation, and does not ask about the act or whether it is right
// (safeAsk); it may not open the reply, nor go on from a line before it.
// Anything else stays as Read has it.
func ReadAsking(text string) (Answer, []string) {
	a, asks := readAsking(text)
	if a == Done || a == Submitted {
		// The remarks set beside the answer are weighed too: "Submitted. I
		// then asked AWS to disregard it."
		lines, end, ok := answerLines(text)
		if !ok || unlessUndercut(a, lines[:end]) == Unclear {
			return Unclear, nil
		}
	}
	return a, asks
}

// readAsking is ReadAsking before unlessUndercut.
func readAsking(text string) (Answer, []string) {
	if a := Read(text); a != Unclear {
		return a, nil
	}
	own := OwnWords(text)
	if len(own) > maxOwnBytes || signedPostscript(text) {
		return Unclear, nil
	}
	if a, asides := readShownAside(text); a == Yes {
		return a, asides // "Yes, they're listed. By the way, is there a deadline for …?"
	}
	before, rest, asks, ok := splitAsks(strings.Split(normalize(own), "\n"))
	if !ok || len(asks) == 0 || len(asks) > maxAsks {
		return readLeading(text)
	}
	// The answer comes before the first question and says the same alone:
	// a question before it may be what it answers.
	switch a := Read(rest); a {
	case Done, Submitted, No:
		if Read(before) == a && (a == No || !slices.ContainsFunc(asks, asksForNextTry)) {
			return a, asks
		}
	}
	return readLeading(text)
}

// asksForNextTry is a question that asks only what else to try or do, or
// for ideas ("Anything else I should try?", "What else can I do?", "Any
// other suggestions?", 他に試せることはありますか): beside a No it asks for
// help with what is not there or not done, and leaves the No standing.
// Beside a Done or Submitted it may doubt that the act took (it is no
// safeAsk), so only a No is taken with it.
func asksForNextTry(t string) bool {
	return nextTry.MatchString(strings.TrimSpace(asciiLower(t)))
}

var nextTry = regexp.MustCompile(`^(?:is there\s+)?anything\s+else\s+(?:that\s+)?(?:i|we)\s+(?:should|could|can|might|` +
	`need to|ought to)\s+(?:try|do)(?:\s+now)?\s*[?？]$|` +
	`^what\s+(?:else\s+)?(?:should|can|could)\s+(?:i|we)\s+(?:try|do)(?:\s+(?:now|next|then))?\s*[?？]$|` +
	`^(?:any|got any|do you have any)\s+(?:other\s+|more\s+)?(?:ideas|suggestions|tips)\s*[?？]$|` +
	`^(?:他に|ほかに)?何か(?:他に|ほかに)?(?:試せる|試す|できる|やれる)こと(?:は|って)?(?:あります|ございます)(?:でしょう)?か[?？。]?$`)

// splitAsks takes the question sentences out of lines: rest is the lines
// without them, before those of them before the first question, asks the
// questions. ok is false when a question cannot be
// set aside safely (safeAsk), opens the reply, or may be the tail of a
// sentence begun on the line before.
func splitAsks(lines []string) (before, rest string, asks []string, ok bool) {
	var kept []string
	seen := false // a sentence that is no question has been read
	prev := ""    // the last line with words
	for _, line := range lines {
		var left strings.Builder
		for i, s := range askPieces(line) {
			t := strings.Join(strings.Fields(s), " ")
			if !isQuestion(t) {
				left.WriteString(s)
				seen = seen || t != ""
				continue
			}
			if !seen || i == 0 && prev != "" && (isWrapped(prev) || endsInComma(prev)) || !safeAsk(t) && !asksForNextTry(t) {
				return "", "", nil, false
			}
			if len(asks) == 0 {
				before = strings.Join(append(kept, left.String()), "\n")
			}
			asks = append(asks, t)
		}
		if strings.TrimSpace(line) != "" {
			prev = line
		}
		if l := strings.TrimSpace(left.String()); l != "" || strings.TrimSpace(line) == "" {
			kept = append(kept, l)
		}
	}
	return before, strings.Join(kept, "\n"), asks, true
}

// askPieces cuts a line after each mark that ends a sentence (. ! ? 。 ！ ？),
// the marks kept; a run of marks ("?!", "...") stays with its sentence.
func askPieces(line string) []string {
	var out []string
	start := 0
	for i, r := range line {
		if !strings.ContainsRune(".!?。！？", r) {
			continue
		}
		end := i + utf8.RuneLen(r)
		if next, _ := utf8.DecodeRuneInString(line[end:]); end < len(line) && strings.ContainsRune(".!?。！？", next) {
			continue
		}
		out = append(out, line[start:end])
		start = end
	}
	if start < len(line) {
		out = append(out, line[start:])
	}
	return out
}

// isQuestion reports whether a sentence asks: it ends in a question mark,
// or in a Japanese question's か (送っていただけますか。).
func isQuestion(t string) bool {
	t = strings.TrimSpace(t)
	if strings.HasSuffix(t, "?") || strings.HasSuffix(t, "？") {
		return true
	}
	return endsInJapaneseQuestion(strings.TrimRight(t, "。.!！ "))
}

// safeAsk reports whether a question may stand beside the answer without
// changing it: it holds no answer phrase, and no word of doubt, condition,
// negation, or of the act and whether it is right or went through
// ("Done — is that the right account?", "Submitted. Did it go through?",
// 提出しましたが、これで大丈夫でしょうか).
func safeAsk(t string) bool {
	// Read as said, not asked, too: "Go ahead?" beside a No holds a consent.
	said := strings.TrimRight(t, "?？ ")
	if utf8.RuneCountInString(t) > maxAskRunes || Read(t) != Unclear || Read(said) != Unclear {
		return false
	}
	for _, c := range append(sentencesOf(t), sentencesOf(said)...) {
		c.question = false
		if len(readSentence(c).answers) > 0 {
			return false
		}
	}
	low := asciiLower(t)
	// A polite request's own ません (替えていただけませんか) negates nothing.
	ja := jaRequestNegativeTail.ReplaceAllString(t, "$1")
	return !asksAboutAct.MatchString(low) && !jaAsksAboutAct.MatchString(ja)
}

// jaRequestNegativeTail is the tail of a request put as a negative
// question (〜ていただけませんか, 〜てもらえないでしょうか, 〜てくれませんか):
// as polite as 〜ていただけますか, no negation of what is asked. A
// negation before it stays (送らないでいただけませんか: "please don't send").
var jaRequestNegativeTail = regexp.MustCompile(`(て|で)(?:いただけ|頂け|もらえ|貰え|くれ|ください|下さい)` +
	`(?:ません|ない)(?:でしょう)?か[。.？?!！\s]*$`)

// asksAboutAct are the English words that make a question weigh on the
// answer beside it: negation, condition, doubt, rightness, the act and its
// outcome, how or where to do it (a trouble beside a No: "can't find the
// menu. Where is it?"), the writer's own doing (did I, should I), and what
// the mail is or who sent it ("No. Who are you?": the No may be to a
// stranger's mail, not to the question asked).
var asksAboutAct = regexp.MustCompile(`\b(?:not|no|nor|never|none|nothing|[a-z]+n't|cannot|if|unless|whether|or|` +
	`instead|rather|still|yet|again|already|right|correct|wrong|ok|okay|alright|fine|sure|enough|valid|proper|` +
	`properly|work|works|worked|working|through|succe[a-z]*|fail[a-z]*|error|mistake|problem|issue|trouble|` +
	`cancel[a-z]*|undo|revert|reverse|back|wait|hold|stop|pause|redo|supposed|meant|mean|should|must|need|needed|` +
	`did|does it|do it|have i|has it|am i|was i|was that|is that|is this|was this|is it|was it|did that|` +
	`received?|receive[a-z]*|got|get it|see|seen|show[a-z]*|appear[a-z]*|visible|listed|turn(?:ed|s)? up|` +
	`come through|arriv[a-z]*|(?:have|has|are|is|do|did|were|was|can|could) (?:they|these|those|both|all)|confirm[a-z]*|` +
	`check[a-z]*|verif[a-z]*|done|finish[a-z]*|complete[a-z]*|submit[a-z]*|sent|link[a-z]*|connect[a-z]*|` +
	`merg[a-z]*|combin[a-z]*|consent[a-z]*|agree[a-z]*|approv[a-z]*|accept[a-z]*|which|either|both|other one|` +
	`how (?:do|can|should|would|could) (?:i|we)|how to|where|find|found|lost|stuck|confus[a-z]*|` +
	`who are you|who is this|what is this|what's this|who sent|why|spam|phishing|scam|legit[a-z]*|genuine|` +
	`go ahead|proceed[a-z]*|continue|carry on|delet[a-z]*|remov[a-z]*|clos[a-z]*|` +
	// Taking the act back, or passing something on to AWS ("Can you send it to them?": the consent?).
	`withdraw[a-z]*|retract[a-z]*|recall|unlink[a-z]*|unsubmit|take (?:it |this |that )?back|pull (?:it )?back|` +
	`(?:send|forward) (?:it |this |that )?(?:on )?to (?:aws|amazon|them)|pass (?:it |this |that )?on|` +
	`yes|yeah|maybe|perhaps|probably|think|guess|really|actually)\b`)

// jaAsksAboutAct is the same for Japanese: negation (ない, ません, ではなく),
// instead (代わりに), taking the act back (取り下げ, 撤回),
// condition (たら, れば, 場合), rightness (正しい, 大丈夫, よろしい) and the
// act or its outcome (完了, 提出, 連携, 反映, 届いて), and how or where to
// do it (どこから設定する…), and what the mail is (これは何のメールですか).
var jaAsksAboutAct = regexp.MustCompile(`ない|なかった|ません|なく|ず[、。]|代わり|かわりに|たら|れば|なら|場合|もし|正し|合って|` +
	`あって|大丈夫|` +
	`問題|よろし|良い|よい|いい|間違|違い|完了|提出|申請|送信|連携|統合|マージ|共有|紐付|紐づ|リンク|同意|承認|承諾|` +
	`できて|出来て|できま|されて|されま|済み|届い|届き|受け取|確認|反映|表示|本当|念のため|まだ|もう一度|再度|やり直|` +
	`取り消|取消|キャンセル|中止|待っ|保留|進め|続け|削除|消し|どちら|どっち|両方|` +
	// Taking the act back (取り下げ, 撤回, 解除, 元に戻し, やめて).
	`取り下|取下|撤回|解除|戻し|止め|やめ|破棄|無効|差し戻|` +
	`設定|どこ|どうやって|どうすれ|どのように|方法|やり方|分から|わから|見つか|迷|` +
	`何の|なんの|どなた様|どちら様|誰から|迷惑|詐欺|なぜ|何故|どうして`)
