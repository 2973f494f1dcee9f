package reply

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// A Yes that the certifications show, said in words ("Yes, they're listed
// now", はい、表示されています), is often followed by a paragraph on another
// matter that asks something ("By the way, is there a deadline for the
// tier review?", 別件ですが、受験費用の精算方法を教えていただけますか。). Such a
// Yes is no consent, so the paragraph may stand beside it as a Done's
// questions do (ReadAsking), for the case to bring to a person: only when
// the paragraph opens as another matter and holds no word of the showing,
// of any answer or act, of doubt or condition. A bare "Yes" beside it stays
// Unclear: it may be a consent, and a consent cannot be taken back.

// readShownAside returns Yes and the side paragraphs of text when every
// paragraph after the answer is either read with it or is another matter
// (sideMatter), and the words before the first of them already say, in
// words, that the certifications show; otherwise Unclear.
func readShownAside(text string) (Answer, []string) {
	var kept, asides []string
	before, answered := "", false
	for _, p := range paragraphs(normalize(OwnWords(text))) {
		joined := strings.Join(strings.Fields(p), " ")
		if !answered || !sideMatter(joined) {
			kept = append(kept, p)
			answered = answered || joined != ""
			continue
		}
		if len(asides) == 0 {
			before = strings.Join(kept, "\n\n")
		}
		asides = append(asides, joined)
	}
	if len(asides) == 0 || len(asides) > maxAsks || !shownInWords(before) {
		return Unclear, nil
	}
	if a, rd := read(strings.Join(kept, "\n\n")); a != Yes || rd == nil || !rd.shown {
		return Unclear, nil
	}
	return Yes, asides
}

// shownInWords reports text read as a Yes that the certifications show.
func shownInWords(text string) bool {
	a, rd := read(text)
	return a == Yes && rd != nil && rd.shown
}

// paragraphs cuts text at its blank lines.
func paragraphs(text string) []string {
	var out []string
	for _, p := range strings.Split(text, "\n\n") {
		if strings.TrimSpace(p) != "" {
			out = append(out, strings.Trim(p, "\n"))
		}
	}
	return out
}

// sideMatter reports a paragraph that opens as another matter (sideOpener),
// asks something, is short, and holds no answer nor any word that may
// weigh on one (sideSpoiler).
func sideMatter(p string) bool {
	low := asciiLower(p)
	if !sideOpener.MatchString(low) || utf8.RuneCountInString(p) > maxAskRunes ||
		sideSpoiler.MatchString(low) || jaSideSpoiler.MatchString(p) {
		return false
	}
	asks := false
	for _, piece := range askPieces(p) {
		asks = asks || isQuestion(piece)
	}
	if !asks || Read(p) != Unclear {
		return false
	}
	for _, c := range sentencesOf(p) {
		c.question = false
		if len(readSentence(c).answers) > 0 {
			return false
		}
	}
	return true
}

var (
	// sideOpener opens a paragraph on another matter: "By the way", "btw",
	// "Also,", "Unrelated, but", 別件ですが, 話は変わりますが, ところで, ちなみに.
	sideOpener = regexp.MustCompile(`^(?:(?:oh|and|ok|okay),?\s+)?(?:also|btw|by the way|unrelated(?: question)?|` +
		`on an? (?:unrelated|different|separate|other) note|on another note|separately|one more thing|` +
		`one other thing|another (?:quick )?question|(?:a )?quick (?:unrelated |side )?question|side question|` +
		`off[- ]topic|ps|p\.s\.?)(?:[,:;.!\s-]|$)|` +
		`^(?:別件(?:で|です|ですが|になりますが|になるのですが|の(?:質問|ご相談|お願い)(?:です)?)?|話は変わりますが|` +
		`それとは別に|ところで|ちなみに)`)
	// sideSpoiler are the words that keep a paragraph from standing beside
	// the answer: an answer, the showing and the certifications, the act,
	// a negation, doubt, a condition, rightness, the things shown ("they").
	sideSpoiler = regexp.MustCompile(`\b(?:yes|yeah|yep|no|nope|not|never|none|nothing|[a-z]+n't|cannot|` +
		`show[a-z]*|see|seen|saw|appear[a-z]*|visible|listed|display[a-z]*|missing|expir[a-z]*|lapsed|only|some|` +
		`all|both|either|one of|right|correct|wrong|ok|okay|fine|problems?|issues?|errors?|sure|really|` +
		`certif[a-z]*|certs?|badges?|they|them|their|it|its|mine|done|submit[a-z]*|link[a-z]*|relink[a-z]*|` +
		`redo|again|undo|merg[a-z]*|consent[a-z]*|agree[a-z]*|go ahead|proceed|cancel[a-z]*|stop|wait|hold|` +
		`if|unless|whether|or|should|supposed|meant|mistake|doubt[a-z]*|worr[a-z]*|concern[a-z]*|matter|` +
		// Another account than the one asked about, or taking one away.
		`old|older|previous|former|personal|remov[a-z]*|delet[a-z]*|unlink[a-z]*|disconnect[a-z]*|` +
		// What the mail is or who sent it: the Yes may be to a stranger's mail.
		`who are you|who is this|what is this|who sent|spam|phishing|scam|legit[a-z]*|genuine|real)\b`)
	jaSideSpoiler = regexp.MustCompile(`表示|出て|出ま|出な|反映|見え|見当|載っ|確認|問題|大丈夫|正し|間違|違い|期限|失効|` +
		`一部|(?:^|[^た])だけ|のみ|ない|ません|まだ|はい|いいえ|同意|統合|連携|紐付|紐づ|リンク|共有|完了|提出|取り消|取消|` +
		`キャンセル|待|保留|やり直|再度|もう一度|もし|たら|なら|場合|認定|資格|バッジ|何の|なんの|どなた|誰|迷惑|詐欺|本物|` +
		`旧|古い|以前の|前の|個人|削除|消し|外し|解除`)
)
