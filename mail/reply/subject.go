package reply

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// SubjectAnswer returns what a person added at the end of a reply's subject
// ("Re: Please link your account - DONE", "Re: … -- yes, go ahead"), for a
// reply whose body holds no words of its own; "" when the subject adds
// nothing after a dash, or after the bracket or question mark that ends
// certflow's subject (afterClose). Only a dash set off by spaces counts:
// certflow's own subjects have none.
func SubjectAnswer(subject string) string {
	s := replyPrefix.ReplaceAllString(strings.TrimSpace(normalize(subject)), "")
	if h := headAnswer(s); h != "" {
		return h
	}
	loc := subjectDash.FindAllStringIndex(s, -1)
	if len(loc) == 0 {
		return afterClose(s)
	}
	last := loc[len(loc)-1]
	if last[0] == 0 {
		return ""
	}
	return strings.TrimSpace(s[last[1]:])
}

// headAnswer returns what a writer put before the subject they answer:
// before its reply marker ("submitted - Re: Action needed: …", "Done RE:
// …"), or as a new subject with the old one kept after it ("DONE - linked
// (was: Please link …)"); "" when there is none, or it is longer than a
// short answer. Read weighs it as any answer: "not yet - Re: …" is a No.
func headAnswer(s string) string {
	head := ""
	if m := wasSubject.FindStringSubmatch(s); m != nil {
		head = m[1]
	} else if loc := innerReplyMarker.FindStringIndex(s); loc != nil {
		head = s[:loc[0]]
	}
	head = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(head), "-–—:|"))
	if utf8.RuneCountInString(head) > maxHeadAnswer {
		return ""
	}
	return head
}

// maxHeadAnswer bounds, in characters, an answer put before the subject
// answered: an answer with a word of what was done ("DONE - shared in the
// profile"), no letter.
const maxHeadAnswer = 40

var (
	// innerReplyMarker is a reply marker inside a subject, after the
	// writer's own words, a dash between them perhaps.
	innerReplyMarker = regexp.MustCompile(`\s(?:(?:-{1,3}|–|—)\s+)?(?i:re|aw|sv|antw|wg)\s*:\s`)
	// wasSubject is a new subject with the one it replaces after "was:".
	wasSubject = regexp.MustCompile(`^(.+?)\s*[(\[]\s*(?i:was)\s*:\s.*[)\]]\s*$`)
)

// afterClose returns what follows the last closing bracket or question
// mark of s, when a space sets it off and it is short: certflow's subjects
// that ask for an answer end in one ("… merge form (Ken Ito)", "… show in
// the APN profile?"), and a phone's writer types the answer right after it
// ("… (Ken Ito) submitted"). "" when nothing short follows one.
func afterClose(s string) string {
	i := strings.LastIndexAny(s, ")]?）】？")
	if i <= 0 {
		return ""
	}
	_, n := utf8.DecodeRuneInString(s[i:])
	tail := s[i+n:]
	if t := strings.TrimSpace(tail); t != tail && t != "" && utf8.RuneCountInString(t) <= maxBareSubject {
		return t
	}
	return ""
}

var (
	// replyPrefix is the chain of reply and forward markers mail programs
	// put before a subject (Re:, RE:, AW:, SV:, 返信:, Fwd:).
	replyPrefix = regexp.MustCompile(
		`^(?:(?i:re|aw|sv|vs|antw|fw|fwd|wg|tr|r)\s*(?:\[\d+\])?\s*:\s*|返信\s*:\s*|転送\s*:\s*)+`)
	// subjectDash sets the writer's words off the subject they answer: a
	// dash, or a check mark that a phone's writer puts in its place
	// ("… APN account ✅ done"); a cross mark is none.
	subjectDash = regexp.MustCompile(`\s(?:-{1,3}|–|—|―|[\x{2705}\x{2714}\x{2611}\x{2713}]\x{FE0F}?)\s`)
)

// BareSubjectAnswer returns a reply's whole subject when its writer put the
// answer there in place of certflow's ("Done", "Yes", 完了です, as phones
// make easy), for a reply whose body holds no words of its own; "" when the
// subject keeps a reply marker (then it is the subject answered), is longer
// than a short answer, or names what certflow's own subjects name.
func BareSubjectAnswer(subject string) string {
	s := strings.TrimSpace(normalize(subject))
	if s == "" || replyPrefix.MatchString(s) || utf8.RuneCountInString(s) > maxBareSubject ||
		len(strings.Fields(s)) > 5 || ownSubjectWords.MatchString(asciiLower(s)) {
		return ""
	}
	return s
}

// maxBareSubject bounds, in characters, a subject that is only an answer.
const maxBareSubject = 30

// ownSubjectWords are what certflow's subjects speak of: a subject naming
// them may be certflow's own, kept by a client that drops "Re:".
var ownSubjectWords = regexp.MustCompile(`aws|certif|apn|partner|merge|account|認定|統合|アカウント|共有|連携`)

// HasOwnWords reports whether text holds words of its writer's own above
// the quoted thread, beyond the line a mail program adds ("Sent from my
// iPhone").
//
// Words that only point at the subject ("see subject", 件名の通りです) are
// none, and beside them courtesies and a name are none either: the answer
// is in the subject. Anything more is words to read.
func HasOwnWords(text string) bool {
	pointed, any, more := false, false, false
	for _, l := range strings.Split(OwnWords(text), "\n") {
		p := plain(l)
		if p == "" || isMailerLine(p) {
			continue
		}
		any = true
		for _, c := range sentencesOf(normalize(l)) {
			if subjectPointer.MatchString(strings.TrimSpace(asciiLower(c.text))) {
				pointed = true
				continue
			}
			r := readSentence(c)
			more = more || c.question || r.prose || r.doubt || len(r.answers) > 0
		}
	}
	return any && (!pointed || more)
}

// subjectPointer is a sentence that only sends the reader to the subject:
// "see subject", "as per subject", "subject says it all", 件名の通りです.
var subjectPointer = regexp.MustCompile(`^\(?(?:please\s+)?(?:see|read|check)\s+(?:the\s+)?subject(?:\s+line)?` +
	`[\s.!)]*$|^\(?(?:as\s+)?(?:per|in)\s+(?:the\s+)?subject(?:\s+line)?[\s.!)]*$|` +
	`^as\s+(?:the\s+)?subject(?:\s+line)?\s+says[\s.!]*$|^(?:the\s+)?subject\s+says\s+it\s+all[\s.!]*$|` +
	`^件名(?:に(?:記載の|書いた|書きました|ある))?(?:の)?(?:通り|とおり)(?:です|でございます)?[\s。.!！]*$`)
