package reply

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// An answer whose misreading is cheap (Done, Submitted: the case only
// waits on, and the operator is told) may stand when it opens the reply
// and what follows is news of something else: people rarely answer in one
// word, and what they add beside a clear "Submitted." (a leave, a move, a
// reference number, a story of their week) is not for the answer to
// weigh. The sentences Read would not take beside the answer are carried
// to the operator, as ReadAsking's questions are.

// maxLeadSentences bounds the sentences readLeading looks at, and
// maxBeforeAnswer how many of them may come before the answer (a greeting,
// the writer's name): more is a letter for a person to read.
const (
	maxLeadSentences = 16
	maxBeforeAnswer  = 3
)

// readLeading returns the Done or Submitted that the first sentences of
// text say, with the sentences after them that Read does not take beside
// that answer, each a safeRemark or a safeAsk, at most maxAsks of at most
// maxAskRunes. Unclear, nil: no answer opens the reply, or something after
// it may weigh on it.
func readLeading(text string) (Answer, []string) {
	lines, end, ok := answerLines(text)
	if !ok {
		return Unclear, nil
	}
	sents, sameLine := leadSentences(lines[:end])
	if len(sents) > maxLeadSentences {
		return Unclear, nil
	}
	a, k := Unclear, 0
	for said := 0; a == Unclear && k < len(sents) && said < maxBeforeAnswer; k++ {
		if !saysNothing(sents[k]) {
			said++
		}
		a = Read(strings.Join(sents[:k+1], "\n"))
	}
	if a != Done && a != Submitted {
		return Unclear, nil
	}
	kept, aside, offTopic := sents[:k:k], []string(nil), false
	for i := k; i < len(sents); i++ {
		if Read(strings.Join(append(kept, sents[i]), "\n")) == a {
			kept, offTopic = append(kept, sents[i]), false
			continue
		}
		t := strings.Join(strings.Fields(sents[i]), " ")
		// A sentence the writer marks as of something else, or that goes
		// on about it on its line ("Unrelated: where is X? I can't find it.")
		offTopic = (marksOffTopic(t) || offTopic && sameLine[i]) && namesNothingOfAct(t)
		if len(aside) == maxAsks || !offTopic && (isQuestion(t) && !safeAsk(t) || !isQuestion(t) && !safeRemark(t)) {
			return Unclear, nil
		}
		aside = append(aside, t)
	}
	return a, aside
}

// marksOffTopic reports whether a sentence opens with the writer marking it
// as of something else: "Unrelated:", "BTW", "While I have you", "Quick
// question, not related", 別件ですが, ところで.
func marksOffTopic(t string) bool {
	low := asciiLower(t)
	return topicShift.MatchString(low) || asideOpener.MatchString(low) || jaTopicShift.MatchString(t)
}

var asideOpener = regexp.MustCompile(`^(?:also,? |and |oh,? )?(?:while i have you|unrelated question|` +
	`(?:(?:one|a|another) )?(?:(?:quick|small|separate) )?question,? (?:not related|unrelated)|` +
	`quick (?:one|question)|separate question)\b`)

// namesNothingOfAct reports whether a sentence marked as of something else
// is so: no answer of its own, nothing of the act or what it is about (the
// form, the link, the account, whether it worked, 提出, 連携, アカウント),
// no doubt, and none of the words that always weigh.
func namesNothingOfAct(t string) bool {
	said := strings.TrimRight(t, "?？ ")
	if Read(t) != Unclear || Read(said) != Unclear {
		return false
	}
	for _, c := range sentencesOf(said) {
		c.question = false
		if len(readSentence(c).answers) > 0 {
			return false
		}
	}
	low, ja := asciiLower(t), jaRequestNegativeTail.ReplaceAllString(t, "$1")
	return !namesAct.MatchString(low) && !jaNamesAct.MatchString(ja) && !doubts.MatchString(low) &&
		!jaDoubts.MatchString(ja) && !alwaysWeighs.MatchString(low) && !jaAlwaysWeighs.MatchString(ja)
}

// namesAct are the English words of the act and of what it is about, and
// of whether it worked; jaNamesAct the same for Japanese.
var (
	namesAct = regexp.MustCompile(`\b(?:submit[a-z]*|form|forms|request[a-z]*|application|appl(?:y|ied)|` +
		`merg[a-z]*|link[a-z]*|connect[a-z]*|account[a-z]*|profile|partner central|apn|certif[a-z]*|cert|certs|` +
		`done|complet[a-z]*|finish[a-z]*|sent|send|confirm[a-z]*|consent[a-z]*|case|ticket|sav(?:e|ed|ing)|` +
		`work[a-z]*|through|address|e-?mail)\b`)
	jaNamesAct = regexp.MustCompile(`提出|フォーム|申請|統合|マージ|連携|紐付|紐づ|リンク|アカウント|プロフィール|` +
		`認定|資格|完了|済み|送信|同意|反映|表示|設定|手続|アドレス|メール|保存|登録`)
)

// saysNothing reports whether a sentence has no words of its own to
// read: the addressee, a greeting, the writer's name ("certflow 様",
// お世話になっております, "Kind regards"). A formal letter opens with
// these, and they do not count against how late the answer may come.
func saysNothing(s string) bool {
	for _, c := range sentencesOf(s) {
		if r := readSentence(c); len(r.answers) > 0 || r.prose || r.doubt {
			return false
		}
	}
	return true
}

// leadSentences cuts lines into sentences: a wrapped line is joined to the
// next, and each line cut where a sentence ends (leadPieces). sameLine
// tells of each sentence whether it goes on the line of the one before.
func leadSentences(lines []string) (out []string, sameLine []bool) {
	carry := ""
	for i, line := range lines {
		line = strings.TrimSpace(line)
		if carry != "" {
			line = carry + " " + line
			carry = ""
		}
		if line != "" && isWrapped(line) && i+1 < len(lines) && strings.TrimSpace(lines[i+1]) != "" {
			carry = line
			continue
		}
		for j, p := range leadPieces(line) {
			if p = strings.TrimSpace(p); p != "" {
				out, sameLine = append(out, p), append(sameLine, j > 0)
			}
		}
	}
	return out, sameLine
}

// leadPieces cuts a line after each 。！？, and after each . ! ? that a
// space or the line's end follows (not inside an address, a URL or a
// number), except a "no." before a number ("ref no. 1734").
func leadPieces(line string) []string {
	var out []string
	start := 0
	for i, r := range line {
		end := i + utf8.RuneLen(r)
		next, _ := utf8.DecodeRuneInString(line[end:])
		switch {
		case strings.ContainsRune("。！？", r):
		case !strings.ContainsRune(".!?", r) || end < len(line) && next != ' ' && next != '\t':
			continue
		case r == '.' && numberAbbrev.MatchString(line[:end]) && startsNumber.MatchString(line[end:]):
			continue
		}
		if end < len(line) && strings.ContainsRune(".!?。！？", next) {
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

var (
	numberAbbrev = regexp.MustCompile(`(?i)\bno\.$`)
	startsNumber = regexp.MustCompile(`^\s*#?\d`)
)

// safeRemark reports whether a sentence may stand after a Done or
// Submitted without changing it: it is short enough, holds no answer of
// its own, none of the words that take an act back or say it went wrong
// (alwaysWeighs), and, where it speaks of the act (the form, the link, the
// account, AWS, "it") or is short enough to be said of the answer itself
// ("Submitted. I think."), no doubt (doubts), and unless the writer marks
// it as of something else (topicShift), none of negation, plan, condition
// or part (mayWeigh).
func safeRemark(t string) bool {
	if utf8.RuneCountInString(t) > maxAskRunes || Read(t) != Unclear {
		return false
	}
	for _, c := range sentencesOf(t) {
		c.question = false
		if len(readSentence(c).answers) > 0 {
			return false
		}
	}
	low := withoutSuggestion(offering.ReplaceAllString(asciiLower(t), " "))
	ja := jaOffering.ReplaceAllString(jaRequestNegativeTail.ReplaceAllString(t, "$1"), " ")
	if quotesDeskReceipt.MatchString(low) {
		return !alwaysWeighs.MatchString(low) // "…and will respond within 2-3 business days.": AWS's will
	}
	if ended, ok := endedWell(low, ja); ok {
		return ended
	}
	if alwaysWeighs.MatchString(low) || jaAlwaysWeighs.MatchString(ja) || jaTurnsOnAnswer.MatchString(t) ||
		jaOthersAccount.MatchString(t) {
		return false // ちなみに、同僚のアカウントで操作しました: whose account it was done on weighs
	}
	ofAct := speaksOfAct.MatchString(low) || jaSpeaksOfAct.MatchString(ja) || saidOfAnswer(t)
	if ofAct && (doubts.MatchString(low) || jaElsewhere.MatchString(ja)) || jaDoubtWeighs(t, ja, ofAct) {
		return false
	}
	if topicShift.MatchString(low) || jaTopicShift.MatchString(t) {
		return true // the writer says it is of something else
	}
	if tellsAway.MatchString(low) || jaTellsAway.MatchString(ja) {
		// the time and condition are of the absence, not of the act
		return !awayLeavesActUndone.MatchString(low) && !jaAwayLeavesActUndone.MatchString(ja)
	}
	return !ofAct || !mayWeigh.MatchString(low) && !jaMayWeigh.MatchString(ja)
}

// quotesDeskReceipt is a remark that quotes what AWS's page or mail said
// back, in quotation marks or after "it said:": thanks, the request
// received, and an answer to come within some time ("We have received your
// request and will respond within 2-3 business days."). Nothing else may
// stand in it: no condition, no words of the writer around it.
var quotesDeskReceipt = regexp.MustCompile(`^(?:` +
	`(?:the (?:page|screen|site|form|confirmation(?: page| screen)?)|it|aws)(?: then)? ` +
	`(?:said|says|showed|shows|displayed|read)[:,]?\s*)?["“]?(?:thank you[^."”]*[.!,]\s*)?` +
	`(?:["“]|^)?we(?: have|'ve)? received your (?:request|message|submission|enquiry|inquiry)` +
	`(?:,? and (?:we )?(?:will|'ll) (?:respond|reply|get back to you|be in touch|contact you)` +
	`(?: within [0-9a-z -]+?)?)?[.!]?["”]$`)

// endedWell reads a remark that tells of trouble on the way which ended
// well ("took two tries because the captcha timed out, but it went
// through", 弾かれましたが、ブラウザを変えたら通りました): ok when the remark
// ends in it going through, and safe when the trouble before that holds
// nothing that takes the act back, doubts it or puts it on another
// account or person (overcomeStillWeighs), and what the writer adds after
// a dash is itself a safeRemark. The failure words in it are past.
func endedWell(low, ja string) (safe, ok bool) {
	if m := endsGoingThrough.FindStringSubmatch(low); m != nil {
		trouble, after := m[1], strings.TrimSpace(m[2])
		return !overcomeStillWeighs.MatchString(trouble) && !doubts.MatchString(trouble) &&
			(after == "" || safeRemark(after)), true
	}
	if cjkCount([]byte(ja)) > 0 && jaEndsGoingThrough.MatchString(ja) {
		return !jaOvercomeStillWeighs.MatchString(ja) && !jaDoubts.MatchString(ja) && !jaElsewhere.MatchString(ja), true
	}
	return false, false
}

// endsGoingThrough is a remark that ends with the act going through after
// trouble, joined by but, and then, after that: the trouble, then what is
// added after a dash.
var endsGoingThrough = regexp.MustCompile(`^(.+?)(?:,?\s+(?:but|and|so)\s+|,\s*)` +
	`(?:then,?\s+|now,?\s+|after that,?\s+|in the end,?\s+|eventually,?\s+|finally,?\s+)?` +
	`(?:it|the form|the request|everything)\s+(?:went|got)\s+through` +
	`(?:\s+(?:fine|ok|okay|first time|this time|in the end|eventually|without (?:a |any )?(?:problems?|issues?)))?` +
	`\s*(?:[-–—]\s+(.*?))?[.!]*$`)

// jaEndsGoingThrough is the same for Japanese: the trouble (が、, けど), then
// 通りました, 送れました, 大丈夫でした ending the remark, perhaps with a
// parenthesis after it.
var jaEndsGoingThrough = regexp.MustCompile(`(?:が|けど|けれど|ものの)、.*(?:無事に?)?` +
	`(?:通りました|通った|送れました|送信できました|提出できました|大丈夫でした|いけました)` +
	`(?:[（(][^）)]*[）)])?[。！!]*$`)

// overcomeStillWeighs are the words that keep trouble told as overcome
// weighing on the act: taking it back, a mistake, a joke, whether the
// mail is real, another account, person or a trial.
var overcomeStillWeighs = regexp.MustCompile(`\b(?:cancel[a-z]*|withdr[a-z]*|undo|undid|revert[a-z]*|` +
	`retract[a-z]*|take (?:it |this |that )?back|mistake[a-z]*|mistaken(?:ly)?|accident[a-z]*|wrong[a-z]*|` +
	`kidding|joke|joking|jk|lol|spam|phishing|scam|fake|suspicious|legit[a-z]*|genuine|hold (?:off|on)|stop|` +
	`halt|pause[a-z]*|not me|wasn't me|someone|somebody|hack[a-z]*|old|other|another|previous|personal|private|` +
	`different|colleague|manager|boss|wife|husband|behalf|help(?:ed)?|test|draft)\b`)

// jaOvercomeStillWeighs is the same for Japanese.
var jaOvercomeStillWeighs = regexp.MustCompile(`取り消|取消|取り下|取下|撤回|キャンセル|中止|間違|誤って|誤り|` +
	`冗談|迷惑|詐欺|不審|怪し|止め|やめ|保留|忘れ|漏れ|ミス|下書き|仮の|仮で|テスト|試しに|お試し|ダミー|` +
	`代わり|かわりに|代理|代行|任せ|にお願いし|に頼|[てで]くれ|[てで]もらっ|[てで]もらい|やっぱ|やはり|うそ|嘘|` +
	`同僚|上司|上長|部長|妻|夫[がにのは]|主人|家内|二重|二回|2回`)

// withoutSuggestion takes out of a remark the words that suggest
// something to us ("might be worth sending them this too", "could be
// worth a note in the wiki"): their might and may are of the suggestion,
// no doubt of the act. A suggestion to check the act or to wait keeps
// them ("might be worth double-checking that the link took").
func withoutSuggestion(low string) string {
	if suggestsCheck.MatchString(low) {
		return low
	}
	return suggesting.ReplaceAllString(low, " ")
}

var (
	suggesting    = regexp.MustCompile(`\b(?:(?:it )?(?:might|may|could) (?:also )?be|maybe|perhaps) worth\b`)
	suggestsCheck = regexp.MustCompile(`\b(?:check[a-z]*|double[- ]check[a-z]*|verif[a-z]*|confirm[a-z]*|` +
		`make sure|ensure|wait[a-z]*|hold[a-z]*)\b`)
)

// offering is what people write to offer what they add, or help, which
// weighs on nothing: "not sure if you need it, but here it is", "in case
// you need it", "let me know if AWS needs anything else", "if that's any
// use", "if that is useful for your records". It is taken out before the
// words of doubt and condition are looked for.
var offering = regexp.MustCompile(`\b(?:(?:i'?m |i am )?not sure (?:if|whether) (?:you|aws|they|anyone) ` +
	`(?:need|want|require)s? (?:it|this|that|them|these)(?:,? (?:but|so) (?:here|there) (?:it|they) (?:is|are))?|` +
	`(?:just )?in case (?:you|aws|they|anyone) (?:need|want)s? (?:it|this|that|them)|` +
	`(?:please )?let (?:me|us) know if (?:you|aws|they|anyone) (?:need|want|require)s? anything(?: else)?` +
	`(?: (?:from me|from us))?|if (?:you|aws|they|anyone) (?:need|want|require)s? anything(?: else)?` +
	`(?: (?:from me|from us))?|if (?:that'?s|that is|it'?s|it is|this is) ` +
	`(?:(?:any|of any) (?:use|help)|useful|helpful)(?: (?:to you|for you|for your records))?|` +
	`if (?:it|that|this) helps)\b`)

// jaOffering is the same for Japanese: 必要であれば, 何かあれば, ご不要でしたら,
// 不備があれば (the offer to mend, said without doubting).
var jaOffering = regexp.MustCompile(`(?:もし)?(?:ご?必要|ご?入用)(?:であれば|でしたら|なら|な場合は?)|` +
	`(?:もし|何か)?(?:問題|不備|不明点|ご不明な?点)(?:が|など)?(?:あれば|ありましたら|ございましたら)|` +
	`(?:もし)?何か(?:あれば|ありましたら|ございましたら)|(?:ご)?不要(?:であれば|でしたら|なら)`)

// topicShift opens a remark the writer marks as of something else: "FYI",
// "By the way", "Unrelated, …", "On another note", "P.S.". Only the words
// that always weigh, and doubt, are looked for in it.
var topicShift = regexp.MustCompile(`^(?:p\.?s\.?|fyi|btw|by the way|unrelated(?: to this| note)?|` +
	`on (?:an?other|a separate|a different|an unrelated) (?:note|topic|matter|subject)|side ?note|` +
	`separately|off[- ]topic|different topic|totally unrelated)\b`)

// jaTopicShift is the same for Japanese: ちなみに, ついでに, 余談ですが, 別件ですが, ところで.
var jaTopicShift = regexp.MustCompile(`^(?:また、)?(?:ちなみに|ついでに|余談|別件|ところで|話は変わりますが|それとは別に)`)

// tellsAway is the writer telling of being away: travelling, on leave,
// out of office ("I'm out from the 3rd to the 9th", "I will be travelling
// next week"). What follows for mail ("so replies may be slow", "if AWS
// writes it will have to wait until I'm back") is of the absence.
var tellsAway = regexp.MustCompile(`\b(?:i'?m|i am|i'?ll be|i will be|i'?m going to be)\s+` +
	`(?:out(?: of (?:the )?office)?|ooo|away|off|abroad|offline|travel(?:l)?ing|` +
	`on (?:annual |parental |sick )?(?:leave|holidays?|vacation|pto)|on (?:a )?business trip)\b`)

// jaTellsAway is the same for Japanese: 出張, 休暇, 不在, 外出.
var jaTellsAway = regexp.MustCompile(`出張|休暇|不在|外出|留守|帰省|有給|育休|産休|移動中`)

// awayLeavesActUndone are the words that make away news weigh on the act
// after all: part of it still to do or not done, another account, a check
// still to come ("so I'll do the second form when I'm back").
var awayLeavesActUndone = regexp.MustCompile(`\b(?:not|never|nor|[a-z]+n't|cannot|yet|still|pending|rest|` +
	`remaining|second|other|another|part|partly|partial[a-z]*|only|half|except|instead|rather|` +
	`do it|redo|finish[a-z]*|complet[a-z]*|submit[a-z]*|link[a-z]*|merg[a-z]*|form|forms|` +
	`check[a-z]*|verif[a-z]*|confirm[a-z]*|missing)\b`)

// jaAwayLeavesActUndone is the same for Japanese: ない, まだ, 残り, 戻り次第対応します.
var jaAwayLeavesActUndone = regexp.MustCompile(`ない|なかった|ません|まだ|残り|一部|半分|[^た]だけ|のみ|しか|` +
	`提出|申請|送信|送れ|連携|リンク|統合|完了|手続|フォーム|もう一度|再|後で|あとで|次第|戻っ|帰っ|` +
	`対応し|作業|やります|します|いたします|致します|続き`)

// doubts are the English words of doubt: said of the act, they weigh on
// the answer even in a remark marked as of something else.
var doubts = regexp.MustCompile(`\b(?:think|thought|guess|maybe|perhaps|probably|possibly|hopefully|` +
	`believe|unsure|not (?:sure|certain|100%)|assume[a-z]*|suppose[a-z]*|apparently|seem[a-z]*|might)\b`)

// jaDoubts is the same for Japanese, with not knowing or remembering
// whether it went right (できているか分かりません, 覚えていません).
var jaDoubts = regexp.MustCompile(`思[いうっわえ]|かも|たぶん|多分|おそらく|恐らく|はず|気がし|ようです|みたい|自信|` +
	`微妙|不安|心配|(?:分|わ)から|(?:分|わ)かりません|(?:分|わ)かって(?:い)?(?:ない|ません)|` +
	`覚えて(?:い|お)?(?:ない|ません|りません)|記憶|不明|かどうか|合って(?:い)?る(?:の)?か|でき(?:て(?:い)?)?る(?:の)?か`)

// jaDoubtWeighs reports whether a Japanese remark's doubt weighs on the
// answer: Japanese leaves the subject out (おそらく問題ないとは思うのですが),
// so a doubt is read as said of the answer unless it names nothing of the
// act and the writer marks the remark as of something else or says it of
// other people (jaOfOthers).
func jaDoubtWeighs(t, ja string, ofAct bool) bool {
	if !jaDoubts.MatchString(ja) {
		return false
	}
	return ofAct || !jaTopicShift.MatchString(t) && !jaOfOthers(ja)
}

// jaOfOthers reports whether a Japanese remark is said of other people,
// not the writer: 他の人も, 他のメンバーにも, ほかの方々も ("others too": 他の人も
// 同じところで詰まるかもしれない), with no word of the writer's own (私, 自分).
func jaOfOthers(ja string) bool {
	return jaOthersToo.MatchString(ja) && !jaFirstPerson.MatchString(ja)
}

var (
	jaOthersToo = regexp.MustCompile(`(?:他|ほか)の(?:人|方|方々|メンバー|皆さん|みなさん|皆様|社員|同僚|チーム)` +
		`(?:たち|達)?(?:に|で|から)?も`)
	jaFirstPerson = regexp.MustCompile(`私|わたし|自分|僕|ぼく|俺|当方|弊方`)
)

// jaElsewhere are the Japanese words that put the act on another account,
// person or thing than the case's (個人のアドレスで, 古いほうの, 別の人の, 逆に):
// said of the act, they weigh even in a remark marked as of something else.
var jaElsewhere = regexp.MustCompile(`別の|別人|他の|ほかの|違う|違い|異なる|個人|私用|プライベート|旧|古い|以前の|前の|` +
	`もう(?:一|ひと)つの|逆`)

// jaTurnsOnAnswer opens a remark that turns against the answer before it
// (ただ、…, でも…, と思ったら…) or carries it as another's word (と聞いています):
// whatever follows, it is said of the answer.
var jaTurnsOnAnswer = regexp.MustCompile(`^(?:あ|あっ|えっと|あと)?[、,]?\s*(?:ただ[^い今]|でも|しかし|ですが|だけど|` +
	`けど|けれど|ところが|とはいえ|とは言え|といっても|と言っても|と思っ|って|とのこと|と(?:聞|伺))`)

// saidOfAnswer reports whether a remark is short enough to be said of the
// answer before it rather than of something else: a few words, or a short
// Japanese clause.
func saidOfAnswer(t string) bool {
	if cjkCount([]byte(t)) > 0 {
		return utf8.RuneCountInString(t) <= 16
	}
	return len(strings.Fields(t)) <= 8
}

// alwaysWeighs are the English words that weigh on the act whatever they
// are said of: taking it back, a mistake or failure, a repeat, a joke,
// whether the mail is real.
var alwaysWeighs = regexp.MustCompile(`\b(?:cancel[a-z]*|withdr[a-z]*|undo|undid|revert[a-z]*|retract[a-z]*|` +
	`take (?:it |this |that )?back|pull(?:ed)? (?:it )?back|mistake[a-z]*|mistaken(?:ly)?|accident[a-z]*|wrong[a-z]*|` +
	`error[a-z]*|fail[a-z]*|went wrong|crash[a-z]*|froze|frozen|freez[a-z]*|hung|timed? ?out|timeout|` +
	`broke|broken|bug|bugs|glitch[a-z]*|blank|(?:it|that|this|everything|all) (?:seems to |should )?work(?:s|ed)?|` +
	`accepted|succe[a-z]*|` +
	`go through|went through|gone through|bounc[a-z]*|reject[a-z]*|` +
	`again|twice|retr(?:y|ied|ies|ying)|resubmit[a-z]*|redo|redid|kidding|joke|joking|jk|lol|` +
	`spam|phishing|scam|fake|suspicious|legit[a-z]*|genuine|who (?:are|is|sent)|hold (?:off|on)|` +
	`stop|halt|pause[a-z]*|not me|wasn't me|by someone|hack[a-z]*)\b`)

// jaAlwaysWeighs is the same for Japanese.
var jaAlwaysWeighs = regexp.MustCompile(`取り消|取消|取り下|取下|撤回|キャンセル|中止|間違|誤って|誤り|` +
	`エラー|失敗|不具合|うまく|成功|反映|固ま|落ち|タイムアウト|上手く|再度|もう一度|もう1度|やり直|再提出|再送|冗談|迷惑|詐欺|不審|怪し|` +
	`止め|やめ|待って|保留|` +
	// the page went blank, the session ended, it stopped halfway
	`真っ白|真っ暗|消え|切れ|戻され|ログアウト|フリーズ|動かな|進まな|進めな|途中|` +
	// something forgotten, done by mistake (てしまった, ちゃった)
	`忘れ|漏れ|抜け|ミス|てしまっ|でしまっ|てしまい|でしまい|ちゃっ|ちゃいまし|じゃっ|` +
	// a draft, a trial, not the real one
	`下書き|仮の|仮で|暫定|正式|本番|テスト用|テストで|テスト環境|試しに|試して|試しで|お試し|ダミー|` +
	// someone else did it or will (代わりに, 部下にお願いしました, 設定してくれました)
	`代わり|かわりに|代理|代行|任せ|にお願いし|に頼|[てで]くれ|[てで]もらっ|[てで]もらい|[てで](?:いただ|頂)(?:い|きまし)|` +
	// taken back, or a joke after all
	`やっぱ|やはり|なんちゃって|うそ|嘘|ウソ|なしで`)

// mayWeigh are the English words that weigh on the act when said of it:
// negation, doubt, plan, time still to come, condition, contrast, part.
var mayWeigh = regexp.MustCompile(`\b(?:not|no|nor|never|none|nothing|nobody|[a-z]+n't|cannot|without|` +
	`may|hope[a-z]*|sure|will|[a-z]+'ll|shall|going to|gonna|plan[a-z]*|later|tomorrow|` +
	`tonight|next|soon|yet|still|until|till|pending|wait[a-z]*|if|unless|once|when|whether|provided|or|` +
	`but|however|though|although|except|only|partly|partial[a-z]*|almost|nearly|half|some|most|rest|back|` +
	`should|must|need[a-z]*|supposed|instead|rather|other|another|second|remaining)\b`)

// jaMayWeigh is the same for Japanese.
var jaMayWeigh = regexp.MustCompile(`ない|なかった|ません|ず[、。]|ぬ|予定|後で|あとで|後ほど|のちほど|明日|来週|これから|今度|まだ|たら|れば|なら|場合|` +
	`もし|けど|けれど|しかし|ただ|一部|ものの|半分|残り|一応|必要|` +
	// contrast, only part, once something else is done
	`でも|ですが|が、|ところが|のに|だけ|のみ|しか|片方|一方|次第|改めて`)

// speaksOfAct are the English words of the act a Done or Submitted
// answers, and of what it is about: the form, the link, the accounts, the
// profile, AWS, and the words that point back at them (it, that, this).
var speaksOfAct = regexp.MustCompile(`\b(?:submit[a-z]*|form|forms|request[a-z]*|application|appl(?:y|ied)|` +
	`merg[a-z]*|link[a-z]*|connect[a-z]*|account[a-z]*|profile|partner central|apn|certif[a-z]*|cert|certs|` +
	`done|do|did|doing|click[a-z]*|press[a-z]*|button|page|screen|site|complet[a-z]*|finish[a-z]*|sent|send|confirm[a-z]*|consent[a-z]*|case|ticket|aws|amazon|` +
	`it|its|it's|that|this|them|they|so)\b`)

// jaSpeaksOfAct is the same for Japanese.
var jaSpeaksOfAct = regexp.MustCompile(`提出|フォーム|申請|統合|マージ|連携|紐付|紐づ|リンク|アカウント|プロフィール|` +
	`認定|資格|完了|済み|対応|手続|送信|確認|反映|表示|押し|押せ|クリック|ボタン|画面|ページ|サイト|AWS|ＡＷＳ|パートナー|それ|これ|そちら|こちら|あれ|` +
	// the steps of the act, and what it was entered with
	`設定|手順|やり方|操作|入力|共有|同意|チェック|ログイン|保存|登録|送[っりれら]|作業|でき|アドレス|メール欄|` +
	`問題|大丈夫|承認|添付|ファイル`)
