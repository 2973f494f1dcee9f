// Package reply reads what a person answered to one of certflow's mails:
// yes, no, done or submitted, in Japanese or English.
//
// Only the reply's own words count (OwnWords): the quoted original often
// asks the very question ("表示されていますか？ はい/いいえでご返信ください")
// and must not answer it. Read never guesses. It gives an answer only when
// every sentence of the own words is an answer, a courtesy (greeting,
// thanks, sign-off), or a name or signature line, and the answers agree;
// anything else is Unclear, for a person to read.
package reply

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Answer is what a person's reply says.
type Answer string

const (
	// Yes: "yes", "I can see them", "はい", "表示されています".
	Yes Answer = "yes"
	// No: "no", "not yet", "it does not show", "まだです", and any of the
	// other answers negated ("not done", "提出していません").
	No Answer = "no"
	// Done: "I have done it" (linked the accounts, etc.), "完了しました".
	Done Answer = "done"
	// Submitted: "I have submitted the form", "提出しました".
	Submitted Answer = "submitted"
	// Unclear: nothing recognisable, or contradictory: a person must look.
	Unclear Answer = ""
)

// maxOwnBytes bounds the own words Read looks at. A real answer is a few
// lines; anything this long is prose for a person to read.
const maxOwnBytes = 16 << 10

// maxPlainAfterAnswer is how many sentences of plain detail may follow an
// answer ("Done. I used my personal address."); more is a letter for a
// person to read. A sentence is counted once, however many commas cut it,
// and a line that ends without a sentence's end goes on with the next.
const maxPlainAfterAnswer = 3

// Read returns the answer in text (a reply's plain-text body; HTML has
// already been turned into text by the caller), looking only at
// OwnWords(text).
//
// The own words are split into sentences (at line ends and at . ! ? 。 、
// and the like). Each sentence must be an answer, possibly with a few other
// words around it ("Yes, I can see both certifications now"), a courtesy,
// or a name or signature line; one sentence of anything else (a question, a
// "but", doubt, a plan, prose) makes the reply Unclear. A negated answer is
// No ("not done", "未完了", "提出していません", "I can't see them"). All
// sentences must give the same answer, except that a bare "yes"/"はい" only
// affirms a Done or Submitted next to it ("Yes, done" is Done). A signature
// after a rule line ("-----", "━━━━") is not read.
func Read(text string) Answer {
	a, _ := read(text)
	return a
}

// read is Read, with the reading that gave its answer (nil when the own
// words are too long to read).
func read(text string) (Answer, *reading) {
	lines, end, ok := answerLines(text)
	if !ok {
		return Unclear, nil
	}
	rd := &reading{}
	wrapped := false // the line before ended without a sentence's end
	for i, line := range lines[:end] {
		line = addressRE.ReplaceAllString(line, " ")
		goesOn := isWrapped(line) && i+1 < end && strings.TrimSpace(lines[i+1]) != ""
		ps, asked := dropRemarks(sentencesOf(line), wrapped, goesOn, rd.answered)
		rd.askedWhen = rd.askedWhen || asked
		for k, c := range ps {
			if !c.continued && !(k == 0 && wrapped) {
				rd.sentenceNo++
			}
			c.lastOfSentence = k+1 < len(ps) && !ps[k+1].continued || k+1 == len(ps) && !isWrapped(line)
			if !rd.take(c) {
				return Unclear, rd
			}
		}
		wrapped = isWrapped(line)
		rd.signed = rd.signed || rd.answered && startsSignature(lines, i)
	}
	// "Submitted. I swapped the source and target.", "Yes, I saw them in the screenshot my manager sent."
	return unlessUndercut(rd.answer(), lines[:end]), rd
}

// answerLines returns the own words of text as Read and Lean read them
// (normalized, a clause that ends in a comma joined to the next line) and
// end, the first line not read: a rule over a signature, or a legal notice.
// ok is false when the own words are too long to be an answer.
func answerLines(text string) (lines []string, end int, ok bool) {
	own := OwnWords(text)
	if len(own) > maxOwnBytes || signedPostscript(text) {
		return nil, 0, false // too long, or a postscript below the signature for a person to weigh
	}
	lines = joinClauses(strings.Split(normalize(own), "\n"))
	spellLetterAnswer(lines)
	for end = range lines {
		if isRule(lines[end]) || isDisclaimer(lines, end) {
			return lines, end, true
		}
	}
	return lines, len(lines), true
}

// spellLetterAnswer writes out a one-letter answer on the first line of
// the own words ("Y", "n."), as people type on a phone: Yes or No. Only
// there: lower down, alone on its line, a letter is an initial signing the
// mail ("Thanks!" over "Y"). A letter that opens the first line as a
// sentence of its own ("N. Go ahead.") is the answer too: read as an
// initial it would be dropped, and the words after it taken alone.
func spellLetterAnswer(lines []string) {
	for i, l := range lines {
		switch t := strings.TrimRight(strings.TrimSpace(l), ".!"); {
		case t == "":
			continue
		case t == "Y" || t == "y":
			lines[i] = "Yes"
		case t == "N" || t == "n":
			lines[i] = "No"
		default:
			if m := letterOpening.FindStringSubmatch(t); m != nil && !initialOfName(m[2]) && !letterWord.MatchString(m[2]) {
				lines[i] = map[bool]string{true: "Yes", false: "No"}[m[1] == "Y" || m[1] == "y"] + m[2]
			}
		}
		return
	}
}

// letterOpening is one letter Y or N ending its own sentence at the start
// of a line, and the rest of the line; letterWord is another such letter
// in the rest ("n. Actually y."), which leaves the line for a person.
var (
	letterOpening = regexp.MustCompile(`^\s*([YyNn])((?:[.!,]|\s+-)\s+\S.*)$`)
	letterWord    = regexp.MustCompile(`(?:^|[^\p{L}'])[YyNn](?:$|[^\p{L}'])`)
)

// initialOfName is the rest of a line after a letter that makes the letter
// an initial: capitalised words only ("Y. Tanaka", "N. Sato Hanako"), none
// of them an answer ("Y. No" is two answers).
func initialOfName(rest string) bool {
	words := strings.Fields(strings.TrimLeft(rest, ".!,"))
	for _, w := range words {
		w = strings.TrimRight(w, ".")
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || nameNotAnswer.MatchString(w) {
			return false
		}
	}
	return len(words) > 0
}

var nameNotAnswer = regexp.MustCompile(`^(?i:yes|no|ok|okay|done|submitted|sure|yep|nope|nah|not|linked|sent)$`)

// reading is what the sentences of a reply have said so far.
type reading struct {
	tally tally
	// plain counts the sentences of plain detail; sentenceNo is the
	// sentence being read, lastPlain the last one counted.
	plain, sentenceNo, lastPlain int
	answered                     bool
	planned, partial, expected   bool // doubts that agree with some answers only
	awaiting                     bool // waiting for approval: agrees with Submitted only
	worded                       bool // an answer in words, not only "Yes"/"No"
	wordedNo                     bool // a No in words ("please don't", "not yet"), not only "No"
	// doubted: a doubt of another kind after the answer, which agrees
	// with a No in words only; spoilt: a plain detail that may tell what a
	// bare "Yes" answers (the mail, the writer's own doing, later).
	doubted, spoilt bool
	present         bool // a plain detail tells that what was asked about is there
	quiet           int  // sentences of words read as nothing after the answer
	signed          bool // a closing line ("Regards,", 以上) has been read
	// pending is the sentence whose first pieces were detail before any
	// answer, read with it if a later piece of it answers; 0: none.
	// pendingCJK counts their Japanese characters: with the answer's own
	// they are bound as one sentence's are (maxJapaneseDetail).
	pending, pendingCJK int
	// courteous is the last sentence that opened with a courtesy; 0: none.
	courteous int
	negated   bool // a negation has been read (see takesBackNo)
	succeeded bool // a story told that what was tried went through (see sentence.succeeded)
	shown     bool // a Yes that the certifications show ("they show", 表示されています)
	// openQuestion is a question after the answer that only a "no need
	// to answer" right after it leaves standing (see aside); 0: none.
	openQuestion int
	// story is the sentence that tells of an earlier failed attempt after
	// a Done or Submitted; troubled: one was told, resolved: and that it
	// was overcome (see tellsTrouble).
	story              int
	troubled, resolved bool
	// fine: a sentence says nothing is wrong or missing ("I don't mind",
	// 問題ありません), which a bare "No" before it may answer (no trouble),
	// not the question asked.
	fine bool
	// askedWhen: a question of when the merge is done was set aside (see
	// dropRemarks), which stands beside a Yes to the merge only.
	askedWhen bool
	// putOff: a piece of detail only sets a time or a condition ("Go
	// ahead, after the 15th", "Next week, please consent"): a consent
	// beside it is for later, and a consent is sent at once.
	putOff bool
	// yesPlease is the sentence a "Yes please" opened; 0: none.
	yesPlease int
	// reasons are the pieces before any answer that only a conclusion
	// after them may take as its reason ("That address is not one I know.
	// So no, …"); concluding is the sentence that opened with one (see
	// concludes), 0: none yet.
	reasons    []reason
	concluding int
	display    display // a part of the certifications told as showing (see display)
}

// reason is a piece kept for the conclusion it may be the reason of, with
// the sentence it was in.
type reason struct {
	c  sentence
	no int
}

// maxReasons bounds the pieces kept for a conclusion: a longer story
// before the answer is a letter for a person.
const maxReasons = 4

// ackAfter, after a bare "yes", tells that what it says yes to may be the
// mail itself, received or understood, or who the writer is: "Yes, I
// see", "Yes, thanks for the email", "Yes, it's me", はい、承知しました,
// はい、確認しました, はい、拝見しました. Before the answer the same words open
// the reply ("Thanks for your email. Yes.").
var ackAfter = regexp.MustCompile(`^(?:ok |okay |oh |ah )?i see[\s.!]*$|` +
	`^(?:it's|it is|this is|that's|that is|that'd be|that would be)? ?(?:me|mine|both mine|all mine)[\s.!]*$|` +
	`^(?:many )?(?:thanks|thank you|thx)(?: so much| a lot)? ` +
	`for (?:the|your) (?:e-?mails?|mail|message|note|explanation|reply|response|letter)[\s.!]*$|` +
	`^(?:[^。]{0,12}?(?:の件|について|につきまして))?(?:一応|念のため|念の為)?、?(?:承知|了解|かしこまり|確認|拝見|拝読|受け取|受領)` +
	`(?:しました|いたしました|致しました|です|済み|済みです)?[\s。!]*$|` +
	// Thanks for the mail or the news (ご連絡ありがとうございます): it came.
	`^(?:ご連絡|ご案内|ご返信|お知らせ|ご報告|メール|お電話)(?:を)?(?:いただき|頂き|下さり|くださり)?(?:まして)?` +
	`(?:誠に|本当に)?` +
	`ありがとう(?:ございます|ございました)?[\s。!]*$`)

// turnsToReader, after a bare "yes", points elsewhere for what it means or
// asks the reader to look: "Yes (see below)", "Yes, please check", "Yes -
// see attached". What the Yes is to is not in it.
var turnsToReader = regexp.MustCompile(`^(?:please )?(?:see|refer to) (?:below|above|attached|the attachment|` +
	`inline|my (?:notes|comments|reply|answer)(?: below| above)?)[\s.!]*$|` +
	`^(?:please|pls|kindly) (?:check|confirm|verify|double-check)(?: (?:again|it|that|this|once more))?[\s.!]*$`)

// bareYesOpening is a bare "yes" that opens a piece ("Yes (see below)").
var bareYesOpening = regexp.MustCompile(`^(?:yes|yeah|yep|yup)\b[\s,(]*`)

// yesPleaseOnly is a piece that is only "Yes please": its sentence may go
// on to say what the "please" asks for.
var yesPleaseOnly = regexp.MustCompile(`^(?:yes|yeah|yep|yup)\s+(?:please|pls|plz)(?:\s+do)?[\s.!]*$`)

// take reads one sentence piece; false: the reply is unclear.
func (rd *reading) take(c sentence) bool {
	if len(rd.reasons) == 0 || rd.concluding != 0 && rd.concluding != rd.sentenceNo {
		return rd.takePiece(c)
	}
	if rd.concluding == 0 && rd.reasons[len(rd.reasons)-1].no != rd.sentenceNo && concludes.MatchString(c.text) {
		rd.concluding = rd.sentenceNo // "So no, …", "Therefore …", なので、…
	}
	if rd.concluding == 0 {
		// An answer after reasons without concluding from them is for a person.
		return rd.takePiece(c) && rd.tally == (tally{})
	}
	if !rd.takePiece(c) {
		return false
	}
	if rd.tally == (tally{}) {
		return true // "So," before its answer
	}
	return rd.takeReasons()
}

// takeReasons reads the pieces kept before the answer now concluded from
// them, each as it would be read after the answer (in its own sentence:
// a doubt agrees with a No in words only, plain detail counts once).
func (rd *reading) takeReasons() bool {
	now := rd.sentenceNo
	defer func() { rd.sentenceNo = now }()
	for _, r := range rd.reasons {
		rd.sentenceNo = r.no
		if !rd.takePiece(r.c) {
			return false
		}
	}
	rd.reasons = nil
	return true
}

// keepReason keeps a piece before any answer that cannot lead it in its
// own sentence, for a conclusion after it; false: it cannot be kept (a
// question, or too many kept), and the reply is unclear.
func (rd *reading) keepReason(c sentence) bool {
	if c.question || rd.signed || len(rd.reasons) >= maxReasons || rd.concluding != 0 {
		return false
	}
	rd.reasons = append(rd.reasons, reason{c: c, no: rd.sentenceNo})
	return true
}

// concludes opens a sentence with what concludes from the ones before it:
// "So no", "Therefore", "That's why", なので, そのため.
var concludes = regexp.MustCompile(`(?i)^(?:and\s+)?(?:so|therefore|hence|thus|that's why|that is why|` +
	`which is why|for that reason|for this reason|as a result|because of that|given that|in short|long story short|` +
	`to sum up|bottom line)\b|^(?:なので|ですので|だから|ですから|そのため|よって|したがって|従って|ということで|というわけで|` +
	`そういうわけで|以上の理由(?:で|から))`)

// takePiece reads one sentence piece as take does, reasons aside.
func (rd *reading) takePiece(c sentence) bool {
	if takesBackNo(c.text, &rd.negated) {
		return false // "…not listed, but now they are": the No before it taken back
	}
	if c.label && !labelIsNothing(c.text) {
		return false // "Yes (old one)", "Done (sandbox)": which one, or how far, for a person
	}
	rd.succeeded = rd.succeeded || c.succeeded
	if c.reason { // the reason for the answer after it, in the same sentence
		rd.countPlain()
		return true
	}
	if rd.pending != 0 && rd.pending != rd.sentenceNo {
		return false // the sentence ended without the answer its start waited for
	}
	if rd.tellsTrouble(c) {
		return true
	}
	if handled, ok := rd.aside(c); handled {
		return ok
	}
	low := asciiLower(c.text)
	rd.noteTone(low)
	if t := strings.TrimSpace(low); rd.answered && (ackAfter.MatchString(t) || turnsToReader.MatchString(t)) ||
		turnsToReader.MatchString(strings.Trim(bareYesOpening.ReplaceAllString(t, ""), " ()")) {
		rd.spoilt = true // "Yes, I see", "Yes (see below)": what the bare Yes is to is not told
	}
	r := readSentence(c)
	rd.display.note(c, r)
	if yesPleaseOnly.MatchString(strings.TrimSpace(low)) {
		rd.yesPlease = rd.sentenceNo
	} else if r.prose && c.continued && rd.yesPlease == rd.sentenceNo && !rd.signed {
		return false // "Yes please, resend", "Yes please, the old one": what the "please" asks for
	}
	if len(r.answers) == 0 && !rd.signed {
		rd.putOff = rd.putOff || putsOff.MatchString(strings.TrimSpace(low)) // "Consent, next week please."
	}
	markLinkStep(c, r)
	rd.noteOvercome(c, r)
	if onlyOther(r) {
		r = result{prose: true} // a page showing something else: plain detail
		rd.spoilt = true        // and no detail that a bare "Yes" was about what was asked
	}
	if !rd.answered && len(r.answers) == 0 && strayWords.MatchString(low) {
		rd.spoilt = true // "同僚のPCで確認しました。はい。": a bare Yes after another's or a wrong thing
	}
	if rd.answered && len(r.answers) == 0 && strayAfterAnswer(low) {
		rd.doubted = true // "Done. That was for my colleague's account": another or a wrong thing after the answer
	}
	if rd.tally.shownYes && r.prose && len(r.answers) == 0 && shownPlace.MatchString(low) {
		rd.doubted = true // "Yes. It showed up late, in my personal account": shown elsewhere, not asked about
	}
	if !r.prose && !r.doubt && len(r.answers) == 0 {
		rd.courteous = rd.sentenceNo // a courtesy, a greeting, a name
		if rd.pending == rd.sentenceNo && isThanksFor(c.text) {
			rd.pending, rd.pendingCJK = 0, 0 // ご案内いただき、ありがとうございました: what the thanks are for
		}
	}
	if !rd.closePending(r) {
		return false
	}
	if r.doubt {
		return rd.takeDoubt(c, r)
	}
	if r.prose {
		if done, ok := rd.takeProse(c, low); done {
			return ok
		}
	} else if len(r.answers) == 0 {
		rd.noteQuiet(c) // "Everything is on the page": read as nothing, still a detail
	}
	rd.noteAnswers(r)
	return true
}

// takeDoubt takes a sentence of doubt: one that agrees with the answers,
// a part shown, or a doubt beside an answer for it to weigh; any other
// doubt ends the reading.
func (rd *reading) takeDoubt(c sentence, r result) bool {
	switch {
	case rd.answered && rd.noteAgreeingDoubt(r):
		return true
	case r.partial:
		// "Only part of them shows. The DVA is not there.": agrees with a
		// No after it as after one before it; no No, no answer.
		rd.partial, rd.answered = true, true
		return true
	case rd.answered && !c.question && !holdsOtherThanNo(c):
		rd.doubted = true // "Please don't. I might need the old one": for answer to weigh
		return true
	case !rd.answered:
		return rd.keepReason(c) // "That address is not one I know. So no.": the reason of what concludes
	}
	return false
}

// takeProse takes a sentence of plain prose; done says it was taken (ok)
// or refused, not done that it is detail after the answer, noted here.
func (rd *reading) takeProse(c sentence, low string) (done, ok bool) {
	switch {
	case rd.signed:
		return true, true // a signature's lines after the closing ("Regards,") are no detail
	case !rd.answered && rd.courteous == rd.sentenceNo && c.continued && mayLeadAnswer(c.text) && !tellsOfOthers(low):
		return true, true // "Sorry for the slow reply, I was off sick": why the courtesy, before any answer
	case !rd.answered && (c.lastOfSentence || !mayLeadAnswer(c.text) && !leadsAsTopic(c.text)):
		// The answer must come first: "I tried, it asked for a code" is
		// no answer, unless one concludes from it after it.
		return true, rd.keepReason(c)
	case !rd.answered:
		// "APN のプロフィールに私の認定（SAA、DVA）が / 両方とも表示されています":
		// what comes before the answer in its own sentence (a Japanese
		// predicate comes last) is read with it, if the sentence answers.
		rd.pending = rd.sentenceNo
		if !leadsAsTopic(c.text) { // ご依頼の統合申請につきまして: what the report is of, no circumstance
			rd.pendingCJK += cjkCount([]byte(jaLabelFrom.ReplaceAllString(c.text, "$1"))) // a label is a name, as an address is
		}
		return true, true
	}
	rd.countPlain()
	rd.spoilt = rd.spoilt || !describesOnly(c)
	rd.present = rd.present || presence.MatchString(low)
	return false, false
}

// leadsAsTopic reports a piece that only names, as its topic, the
// request certflow made (jaTopicLead), with no undoing or other matter in
// it: the answer after it is of that request.
func leadsAsTopic(text string) bool {
	return jaTopicLead.MatchString(text) && !reversals.MatchString(text) && !otherTopic.MatchString(text)
}

// jaTopicLead is a piece that only names what a formal report is of, the
// request certflow made (ご依頼いただいた統合申請の件につきまして, 先日ご案内の
// アカウント連携について): the answer after it carries it as its topic.
var jaTopicLead = regexp.MustCompile(`^(?:先日|先般|以前)?(?:ご依頼|ご案内|ご連絡|ご指示|お知らせ)(?:いただ|頂)(?:き(?:まし)?た|いた)` +
	`[^、。]{0,24}(?:統合|連携|共有|申請|フォーム|手続き|件)(?:の件)?(?:につきまして|について|に関しまして|に関して|の件(?:ですが|で))$`)

// tellsOfOthers reports a piece that speaks of another person, whose the
// account is, or what someone answered ("Sorry, the old account belongs
// to my brother", "Sorry, I missed this and my manager already
// answered"): no mere reason for a courtesy, and the answer after it may
// not be the writer's own to give.
func tellsOfOthers(low string) bool {
	return otherDoer.MatchString(low) || othersHold.MatchString(strings.TrimSpace(low)) || strayWords.MatchString(low) ||
		othersAnswer.MatchString(low)
}

// othersAnswer speaks of whose a thing is or of an answer given: "belongs
// to", "owned by", "already answered", "said yes".
var othersAnswer = regexp.MustCompile(`\b(?:belongs?|belonged|owned by|owner|answered|replied|responded|said|says|` +
	`told|approved|decided)\b`)

// noteTone notes the words beside an answer that change what a bare one
// may mean: "fine" words, an acknowledgement ("Yes, understood"), regret
// ("Yes, unfortunately": a yes to which question?), a time limit ("For
// now, yes", はい、一旦お願いします: not for good), and a thing to be left as
// it is (leftAsIs).
func (rd *reading) noteTone(low string) {
	rd.fine = rd.fine || saysFine.MatchString(low)
	rd.doubted = rd.doubted || leftAsIs.MatchString(low) || // "the old account is fine where it is": a No's reason
		oldStillNeeded.MatchString(low) || reasonAgainst.MatchString(low) || // "I still need the old one": a No's reason
		jaReasonAgainst.MatchString(low)
	rd.spoilt = rd.spoilt || noted.MatchString(low) || regret.MatchString(low) || forAWhile.MatchString(low)
}

// strayAfterAnswer reports a sentence with no answer of its own that puts
// what was answered on another or a wrong thing, or takes it back.
func strayAfterAnswer(low string) bool {
	trimmed := strings.TrimSpace(low)
	return strayWords.MatchString(otherFolder.ReplaceAllString(noMistake.ReplaceAllString(low, ""), "$1")) || toOther.MatchString(trimmed) ||
		undoneAfter.MatchString(trimmed) || othersHold.MatchString(trimmed)
}

// otherFolder is where a mail program sorted the mail it speaks of
// (Outlook's "Focused" and "Other"): "it had gone to my Other folder", "the
// mail landed in the other tab". Its "other" names a folder, no other
// account; the words before it ($1) are kept.
var otherFolder = regexp.MustCompile(`\b((?:mail|e-?mail|message|it)\s+(?:had\s+|has\s+)?(?:gone|went|landed|` +
	`ended up|got sorted|was sorted|was filtered)\s+(?:in|into|to)\s+(?:my|the))\s+["']?other["']?\s+` +
	`(?:folder|tab)\b`)

// shownPlace is a piece after a Yes of showing that names where it shows
// as another account or site than the APN profile asked about ("…, in my
// personal account", "on the old account", "on Credly"): the showing
// tells nothing of the profile.
var shownPlace = regexp.MustCompile(`\b(?:in|on|under|from)\s+(?:my|the|our)\s+(?:personal|private|old|previous|` +
	`former|gmail|home|individual|certification|training)\s+(?:aws\s+)?(?:accounts?|profiles?|pages?|portal|site|ones?)\b|` +
	`\b(?:on|in)\s+(?:credly|linkedin|certmetrics)\b|(?:個人|旧|古い|以前の|前の)(?:の)?アカウント(?:で|に|の方)`)

// othersHold tells that another person has, runs or decides on the
// account, or is the one to ask: "My wife has the login", "our admin
// manages it", "Ask Ken", "check with her". Whose consent it is, is
// then for a person to weigh.
var othersHold = regexp.MustCompile(`^(?:(?:my|our|the)\s+(?:[a-z-]+\s+){0,2}?` + otherPeople + `|he|she)\s+` +
	`(?:has|have|holds|owns|uses|manages|controls|decides|knows|handles|runs|looks after|is the owner|` +
	`is in charge)\b|` +
	`^(?:please\s+|just\s+|you can\s+|you could\s+|better\s+)?(?:ask|check with|talk to|speak to|contact)\s+` +
	`(?:him|her|them|[a-z]{3,}(?:-san)?)[\s.!]*$`) // a name, not "contact me"

// closePending ends a sentence whose start waited for its answer: false
// when the answer comes with more than an answer's circumstances.
func (rd *reading) closePending(r result) bool {
	if rd.pending == 0 || len(r.answers) == 0 || r.doubt {
		return true
	}
	if rd.pendingCJK+r.detailCJK > maxJapaneseDetail {
		return false // the sentence carries more than an answer's circumstances
	}
	rd.pending, rd.pendingCJK = 0, 0
	rd.countPlain()
	return true
}

// noteAnswers adds a sentence's answers to the reading.
func (rd *reading) noteAnswers(r result) {
	rd.tally.add(r)
	rd.answered = rd.answered || len(r.answers) > 0
	for _, a := range r.answers {
		rd.worded = rd.worded || !a.interjection && !a.other
		rd.wordedNo = rd.wordedNo || a.answer == No && !a.interjection
		rd.shown = rd.shown || a.answer == Yes && a.seen && !a.other
	}
}

// noteAgreeingDoubt notes a doubt that agrees with some answers only (a
// plan, a part showing, an expectation, a wait for approval), for answer
// to weigh; false: the doubt is of another kind.
func (rd *reading) noteAgreeingDoubt(r result) bool {
	switch {
	case r.awaiting:
		rd.awaiting = true
	case r.plan:
		rd.planned = true
	case r.partial:
		rd.partial = true
	case r.expect:
		rd.expected = true
	default:
		return false
	}
	return true
}

// countPlain counts the sentence being read as one of plain detail, once.
func (rd *reading) countPlain() {
	if rd.lastPlain != rd.sentenceNo {
		rd.plain++
		rd.lastPlain = rd.sentenceNo
	}
}

// answer is the reply's answer once all its sentences are read.
func (rd *reading) answer() Answer {
	if rd.plain > maxPlainAfterAnswer || rd.pending != 0 || rd.openQuestion != 0 || len(rd.reasons) > 0 {
		return Unclear // a letter for a person to read
	}
	a := rd.tally.answer()
	if rd.display.undecided() {
		return Unclear // "Partly: the SAA is there, the DVA is missing": whether a part counts is not said
	}
	if !rd.storyEnded() || rd.troubled && a != Done && a != Submitted {
		return Unclear // "Submitted. The first attempt timed out.": did a later one go through?
	}
	if rd.askedWhen && (a != Yes || rd.shown) {
		return Unclear // "No. How long does the merge take?": which is it?
	}
	if rd.putOff && a == Yes && !rd.shown {
		return Unclear // "Consent, next week.": not now
	}
	if rd.doubted && (a != No || !rd.wordedNo) {
		return Unclear // a doubt only says why not or what next after a No in words
	}
	if (rd.plain > 0 || rd.spoilt || rd.present) && !rd.worded && !rd.bareDetailAgrees(a) {
		return Unclear // "Yes, I got your mail." may answer another question
	}
	if a == No && rd.succeeded {
		return Unclear // "No. It failed at first, but it worked in the end": which is it?
	}
	if a == No && rd.fine && !rd.wordedNo {
		return Unclear // "No, I don't mind", いいえ、問題ありません: no trouble, which was not asked
	}
	agrees := !((rd.planned || rd.partial) && a != No) && !(rd.expected && a != Done && a != Submitted)
	if !agrees || rd.awaiting && a != Submitted {
		return Unclear // "Done, I'll check tomorrow": not yet an answer; "Yes, only one shows"
	}
	return a
}

// oldStillNeeded says the old account is still used or needed, or that
// something on it is ("I still need the old one", "I still use that
// account for work", "I still need something from the old account"): the
// merge closes it, so this is a reason against it, which agrees with a No
// in words only. Not "no longer" or "don't" (oldAccountReasons).
var oldStillNeeded = regexp.MustCompile(`\bstill\s+(?:need|needs|use|uses|using|rely on|depend on|want)\s+` +
	`(?:(?:something|things|stuff|a few things|some \w+|it|that|this)\s+(?:from|on|in)\s+)?` +
	`(?:the\s+|my\s+|that\s+)?(?:old|older|previous|former|personal|private|gmail|other|university|first)?\s*` +
	`(?:one|account|address|email|login)\b`)

// reasonAgainst is another reason against the merge told beside it: what
// is still pending on the old account ("I have an exam booked on the old
// account", "my voucher is on the old one"), a worry ("I'm worried about
// losing my transcript"), or the old account as the main one ("the gmail
// one is my main account"). Like oldStillNeeded it agrees with a No in
// words only.
var reasonAgainst = regexp.MustCompile(`\b(?:(?:exams?|tests?)\s+(?:\w+\s+){0,2}?(?:booked|scheduled|reserved|pending|` +
	`coming up)|(?:bookings?|appointments?|vouchers?|reservations?|upcoming exams?))\b[^.;]{0,40}?` +
	`\b(?:on|in|under|with|through|from)\s+(?:the\s+|my\s+|that\s+)?` +
	`(?:old|older|previous|former|personal|private|gmail|other)\s+(?:one|account|address|email|login)\b|` +
	`\b(?:i'm|i am|i was|a bit|slightly|quite|really|rather)\s+(?:worried|concerned|nervous|anxious|scared)\b|` +
	`\b(?:old|older|previous|former|personal|private|gmail|other)\s+(?:one|account|address|email)\s+(?:is|'s)\s+` +
	`(?:my|the|actually my|actually the)\s+(?:main|primary)\b`)

// jaReasonAgainst is the same in Japanese: the old account still used
// (旧アカウントはまだ使っています), an exam booked on it, a worry (不安,
// 心配), the old one as the main one (旧アカウントの方がメインです).
var jaReasonAgainst = regexp.MustCompile(`(?:旧|古い|以前の|前の|個人)(?:方の)?アカウント[^。]{0,12}` +
	`(?:まだ使って|今も使って|現在も使って|予約|メイン|主に使って)|不安|心配`)

// leftAsIs says a thing is fine where or as it is: to be left alone,
// which agrees with a No in words only (see the neutral phrases).
var leftAsIs = regexp.MustCompile(`\bfine (?:where (?:it is|they are)|as (?:it is|they are|is)|the way (?:it is|` +
	`they are)|on its own)\b`)

// putsOff is a piece of detail that opens with a time to come or a
// condition of one: "after the 15th", "next week please", "once HR has
// signed off", "not before Friday".
var putsOff = regexp.MustCompile(`^(?:(?:but|and|only|just|please|ideally|preferably|maybe)\s+)*(?:once|after|until|` +
	`till|as soon as|when|whenever|from|starting|beginning|not before|no earlier than|not until|next|tomorrow|` +
	`tonight|later|(?:on|by|this|after) (?:mon|tues|wednes|thurs|fri|satur|sun)day|this (?:afternoon|evening|` +
	`weekend)|in (?:a|one|two|three|a few|a couple of|[0-9]+) (?:days?|weeks?|months?))\b|` +
	`^(?:来週|明日|明後日|来月|後日|月曜|火曜|水曜|木曜|金曜|[0-9]+日)(?:以降|から|に|になったら|まで待って)`)

// regret words beside a bare "yes" say it is bad news ("Yes,
// unfortunately"), which a Yes to "may we consent?" or "do they show?" is
// not: it may agree with a "still not there?".
var regret = regexp.MustCompile(`\b(?:unfortunately|sadly|regrettably|alas|i'm afraid|i am afraid|afraid so)\b|` +
	`残念ながら|あいにく|申し訳ない(?:の)?ですが|[😕😟👎😞😢]`)

// forAWhile gives something for a while only.
var forAWhile = regexp.MustCompile(`\b(?:for now|for the time being|for the moment)\b|一旦|いったん|ひとまず|とりあえず`)

// onlyOther reports a sentence whose only answers are showings of
// something else (see showingOther).
func onlyOther(r result) bool {
	for _, a := range r.answers {
		if !a.other {
			return false
		}
	}
	return len(r.answers) > 0
}

// noMistake says there is no mistake (私のアカウントで間違いありません): its
// 間違 names nothing wrong.
var noMistake = regexp.MustCompile(`間違い(?:は|も)?(?:ありません|ございません|ない)|違いありません`)

// saysFine says that nothing is wrong, missing or in the way, or that
// all is there (allThere).
var saysFine = regexp.MustCompile(`\b(?:don't|do not|doesn't|does not) mind\b|` +
	`\bno (?:problems?|issues?|objections?|worries)\b|\bnot a problem\b|\ball (?:good|fine)\b|` +
	`問題(?:は)?(?:ありません|ないです|ございません|なかったです)|大丈夫です|構いません|差し支えありません|` + allThere)

// allThere says all is there by negating what is missing or not shown
// ("nothing is missing", "none of them are missing", "I can't find
// anything missing", 表示されていないものはありません), or plainly (全部あります).
const allThere = `\b(?:nothing|none|not a single one|not one|no one)(?:'s)?(?:\s+[a-z']+){0,3}?\s+(?:missing|absent|` +
	`wrong)\b|\bnot missing\b|\b(?:don't|do not|can't|cannot) (?:see|find) (?:any|anything)(?:\s+[a-z']+){0,2}?\s+` +
	`missing\b|(?:全部|全て|すべて)(?:あります|揃って)|揃っています|(?:表示されていない|見当たらない|欠けている)(?:もの|資格)` +
	`(?:は|も)(?:ありません|ございません|ない)|` +
	// A trouble gone: "no longer missing", "the 'not linked' warning is gone", 未連携の表示が消えました.
	`\bno longer missing\b|\bnot missing any ?more\b|\b(?:warning|error|message|notice|banner)s?\b[^.]{0,20}?` +
	`\b(?:is|are|has|have)\s+(?:gone|disappeared|vanished)\b|(?:未連携|未反映|エラー|警告)の?(?:表示)?(?:が|は)(?:消え|なくな)`

var allThereRE = regexp.MustCompile(allThere)

// mayLeadAnswer reports whether a piece of detail may open the sentence of
// the answer after it: not when it names another or a wrong thing (別の
// アカウントのフォームを、…) or an act of the case's own (統合を取り消し、…),
// which change what the answer says.
//
// A topic (上記アカウントの統合について、…) only names what the answer is
// about, the case's own act included, unless it is one that undoes it.
func mayLeadAnswer(text string) bool {
	if strayWords.MatchString(asciiLower(text)) {
		return false
	}
	// The form or page the answer was given on (統合フォームに、) names the
	// action without doing it; a topic (連携につきまして、) is what the answer
	// is about, and changes it only when it reverses the case's action.
	t := jaNamedByAction.ReplaceAllString(jaFollowedSteps.ReplaceAllString(text, ""), "")
	t = jaLabelFrom.ReplaceAllStringFunc(t, func(l string) string {
		if reversals.MatchString(l) {
			return l // 「連携を解除」から: the label names an undoing
		}
		return jaLabelFrom.ReplaceAllString(l, "$1")
	})
	if topic.MatchString(strings.TrimSpace(t)) {
		return !reversals.MatchString(t) && ourTopic.MatchString(t) && !otherTopic.MatchString(t)
	}
	return !caseActions.MatchString(t)
}

var (
	topic = regexp.MustCompile(`(?:について|については|に関して|に関しては|に関しまして|につきまして|の件|の件は|の件で)$`)
	// ourTopic names the case's act or the case itself (統合について,
	// 本件につきまして); otherTopic another matter (別件, 解約, 利用規約,
	// ご指摘の点), which an answer after it answers instead.
	ourTopic = regexp.MustCompile(`統合|マージ|一本化|連携|紐付|紐づ|リンク|共有|提出|申請|フォーム|アカウント|認定|資格|` +
		`本件|この件|当件|ご依頼|ご案内|ご連絡|お問い合わせ|先日|先ほど|メール`)
	otherTopic = regexp.MustCompile(`別件|他の件|解約|退会|削除|規約|ポリシー|個人情報|アンケート|調査|意見|指摘|` +
		`提案|請求|料金|支払`)
	reversals = regexp.MustCompile(`取り消|取消|キャンセル|中止|やめ|止め|見送|延期|保留|解除|しない|しません`)
	// jaFollowedSteps is a lead that tells the steps were followed as given
	// (手順どおりに進めたところ, ご案内のとおりに進めて): its 進め is going
	// through the steps, no act of the case's to go ahead with; the answer
	// after it says what came of it.
	jaFollowedSteps = regexp.MustCompile(`^\s*(?:手順|ご案内|案内|説明|ご説明|メール|記載)(?:の)?(?:どおり|通り|とおり)に?` +
		`(?:進め|操作し|やっ)(?:て|てみて|たところ|てみたところ|てみたら)\s*$`)
	// jaLabelFrom is the label of a button, menu or link the answer was
	// given from (「AWS認定アカウントをリンク」から、…): it names the action
	// without doing it.
	jaLabelFrom = regexp.MustCompile(`「[^」]{1,30}」(?:ボタン|メニュー|リンク|画面|ページ|タブ)?(から|より|で)`)
	// jaNamedByAction are the forms, screens and pages named after the
	// case's action: 統合フォーム, 統合申請フォーム, 連携画面, 共有設定ページ.
	// A topic inside the phrase (連携の件で、ご案内いただき) names it too.
	jaNamedByAction = regexp.MustCompile(`(?:統合|マージ|連携|共有|申請|提出)(?:(?:申請|設定)?(?:用の|用|の)?` +
		`(?:フォーム|画面|ページ|ボタン|メニュー|手順|案内)|(?:の件|について|につきまして|に関して|に関しまして))`)
)

// minWrappedRunes is how long a line must be to be a wrapped sentence's
// first part: shorter lines without a sentence's end are greetings, names
// or list items, each its own.
const minWrappedRunes = 20

// isWrapped reports whether line is the first part of a sentence that goes
// on in the next line: long, and without a sentence's end.
func isWrapped(line string) bool {
	t := strings.TrimSpace(line)
	r, _ := utf8.DecodeLastRuneInString(t)
	if strings.ContainsRune(".!?。…", r) {
		return false
	}
	// A Japanese line that ends in a case particle (認定資格が, フォームを) goes
	// on in the next line whatever its length: no sentence ends in one.
	return utf8.RuneCountInString(t) >= minWrappedRunes ||
		strings.ContainsRune(jaParticles, r) && cjkCount([]byte(t)) > 2 || jaConnective.MatchString(t)
}

// jaConnective is a Japanese line that ends in a form that joins its
// clause to the next (念のため, 確認したので, ログインして, 見ましたが): no
// sentence ends in one, so the line goes on in the next however short the
// mail program left it (an address taken out of it, a narrow window).
var jaConnective = regexp.MustCompile(`[\p{Han}\p{Hiragana}\p{Katakana}]の?ため(?:に)?$|` +
	`[\p{Hiragana}\p{Han}](?:ので|のに|けど|けれど|けれども|ながら|ましたが|ですが|まして|ており)$`)

// jaParticles are the case particles that never end a Japanese sentence.
const jaParticles = "がをにでへと"

// joinClauses joins a line that ends in a comma (、 or ,) with the next:
// the clause goes on there ("ログインし、" over "連携を完了しました。"), and
// read apart its first half would stand before the answer alone.
func joinClauses(lines []string) []string {
	out := make([]string, 0, len(lines))
	for _, l := range lines {
		if n := len(out); n > 0 && goesOn(out[n-1], l) {
			out[n-1] = strings.TrimRight(out[n-1], " \t") + " " + strings.TrimSpace(l)
			continue
		}
		out = append(out, l)
	}
	return out
}

// goesOn reports whether next continues the clause of line, which ends
// in a comma or in a word that leans on the next (leansOnNext). (Joining
// every line the mail program wrapped with the next was tried too: it made
// long sentences of prose out of answers, and read fewer new replies right
// than it gained.)
func goesOn(line, next string) bool {
	joins := endsInComma(line) || leansOnNext(line, next) || cutsTheName(line, next) || endsInJaParticle(line)
	return joins && !isClosing(line) && strings.TrimSpace(next) != "" && !isRule(next)
}

// endsInJaParticle reports a Japanese line that ends in a case particle
// (「AWS Certifications」に over "3 件が表示されていました。"): no sentence
// ends in one, so the clause goes on in the next line, and what it opens
// (本日確認したところ、…に) is read with the answer it leads to.
func endsInJaParticle(line string) bool {
	t := strings.TrimSpace(line)
	r, _ := utf8.DecodeLastRuneInString(t)
	return strings.ContainsRune(jaParticles, r) && cjkCount([]byte(t)) > 2
}

// cutsTheName reports a long line the mail program cut inside the name
// "AWS Certifications", the next line holding only the name's last word
// ("… it shows nothing under AWS" over "Certifications."): read apart, the
// first half names no place and the second is no sentence.
func cutsTheName(line, next string) bool {
	return isWrapped(line) && nameCutAtEnd.MatchString(line) && nameRestAlone.MatchString(strings.TrimSpace(next))
}

var (
	nameCutAtEnd  = regexp.MustCompile(`\sAWS\s*$`)
	nameRestAlone = regexp.MustCompile(`^(?i:certifications?)[.!)]*$`)
)

// leansOnNext reports a long line cut after a word that leans on the next
// one (an auxiliary or its negation, an article, a preposition: "Don't"
// over "consent yet", "so I can't" over "tell you") where the next line
// goes on in lower case: read apart, the halves may say opposite things.
func leansOnNext(line, next string) bool {
	next = strings.TrimSpace(next)
	if !isWrapped(line) || next == "" {
		return false
	}
	if endsWithWord(line, clauseOpeners) {
		// "… by mistake when" over "I registered …", "… instead of" over
		// "\"Certifications\", but …": no clause ends in one, whatever opens the next line.
		return true
	}
	if strings.HasPrefix(next, "I ") || strings.HasPrefix(next, "I'") {
		return false
	}
	if next[0] < 'a' || next[0] > 'z' {
		return false
	}
	if len(tokens([]byte(next))) <= maxTailWords && len(sentences(next)) == 1 {
		return true // "Should be visible" over "on your side soon.": the sentence's tail
	}
	if questionTailFirst(line, next) {
		return true
	}
	return endsWithWord(line, leaningWords)
}

// questionTailFirst reports a question begun at the end of line whose last
// few words and question mark open next, more following them ("Could it be
// that my account is under my old" over "name? Just wondering."): read
// apart, the question's start is read as a statement and its tail asks
// nothing one can weigh.
func questionTailFirst(line, next string) bool {
	q := strings.IndexAny(next, "?？")
	if q < 0 || strings.ContainsAny(next[:q], ".!。！") || len(tokens([]byte(next[:q]))) > maxTailWords {
		return false
	}
	begun := line[strings.LastIndexAny(line, ".!?。！？")+1:]
	return questionStart.MatchString(strings.TrimSpace(begun))
}

var questionStart = regexp.MustCompile(`^(?i:could|would|can|will|should|might|may|is|are|was|were|do|does|did|` +
	`has|have|why|how|what|where|when|who|which)\b`)

// endsWithWord reports whether line ends in one of ws, with no mark after it.
func endsWithWord(line string, ws map[string]bool) bool {
	trimmed := strings.TrimRight(line, " \t")
	ts := tokens([]byte(trimmed))
	if len(ts) == 0 {
		return false
	}
	last := ts[len(ts)-1]
	return last[1] == len(trimmed) && ws[asciiLower(trimmed[last[0]:last[1]])]
}

// clauseOpeners cannot end a clause: a line that ends in one goes on in
// the next even when that opens with "I".
var clauseOpeners = words("the", "a", "an", "my", "your", "our", "their", "to", "of", "in", "for", "with", "from",
	"on", "at", "by", "into", "and", "or", "but", "so", "if", "whether", "because", "when", "while", "that")

// maxTailWords is how many words a line in lower case may hold and still
// be only the tail of the sentence the line before began.
const maxTailWords = 4

// leaningWords are the English words that do not end a sentence of their own.
var leaningWords = words("don't", "dont", "doesn't", "didn't", "can't", "cannot", "won't", "isn't", "aren't", "wasn't",
	"haven't", "hasn't", "couldn't", "wouldn't", "shouldn't", "not", "the", "a", "an", "my", "your", "our", "their",
	"to", "of", "in", "for", "with", "from", "on", "at", "by", "into", "and", "or", "but", "so", "if", "whether",
	"because", "when", "while", "i", "we", "is", "are", "was", "were", "have", "has", "had", "will", "would",
	"should", "could", "can", "do", "does", "did", "please", "be", "been",
	// A relative pronoun or a determiner waits for its clause or its noun
	// ("…, which" over "is why I want them merged"; "shows zero" over
	// "certifications"): read apart, the first half would be a doubt or a
	// Yes without what it says.
	"which", "whose", "zero", "every", "its", "than", "very")

func endsInComma(line string) bool {
	return strings.HasSuffix(strings.TrimSpace(line), "、") || strings.HasSuffix(strings.TrimSpace(line), ",")
}

// noRunOn is an opening "no" that runs into its sentence without a comma,
// as people type on a phone ("no they don't show yet", "nope it isn't
// there"): the comma is put back, so the "no" is the answer and not a
// second negation of the sentence after it.
var noRunOn = regexp.MustCompile(`(?i)(^\s*|[.!?]\s+)(no|nope|nah)\s+(they|it|mine|those|these)\b`)

// notEasyToFind says in a negation that the place was hard to find ("it
// was not easy to find the menu", "wasn't obvious to locate"): the effort
// it took, read as "hard to find" is, no negation of the answer.
var notEasyToFind = regexp.MustCompile(`(?i)(?:\bnot|n't)\s+(?:very\s+|so\s+|that\s+)?(?:easy|simple|obvious)\s+` +
	`to\s+(find|spot|locate)\b`)

// sentencesOf is the sentences of a line, a "but" that only leads to the
// answer cut (splitBut), and two answers joined by "and" cut (splitAnd).
//
// A provider's domain left after the addresses are taken out ("the
// outlook.com one") is read as its name ("the outlook one").
func sentencesOf(line string) []sentence {
	line = bareDomain.ReplaceAllString(line, "$1")
	line = vagueKind.ReplaceAllString(line, "a $1")
	line = forgotToSay.ReplaceAllString(line, ", I forgot to $1")
	line = numberNo.ReplaceAllString(line, "$1 number $2")
	line = noDeviceWord.ReplaceAllStringFunc(line, withoutDevice)
	line = noRunOn.ReplaceAllString(line, "$1$2, $3")
	line = notEasyToFind.ReplaceAllString(line, "hard to $1")
	var out []sentence
	for _, s := range sentences(line) {
		for _, b := range splitBut(s) {
			for _, a := range splitAnd(b) {
				out = append(out, splitSo(a)...)
			}
		}
	}
	out = dropPlaceNotFound(out)
	nameTheOld(out)
	listBothAccounts(out)
	markRelatives(out)
	markStoryOpeners(out)
	markReasons(out)
	resolveButs(out)
	return splitBecauses(out)
}

// forgotToSay is a "but" that leads from the deed to an apology for the
// late word on it: "I submitted it yesterday but forgot to reply". Cut
// off as its own piece, it is read as the apology it is. Not a step of
// the deed forgotten ("forgot to press send", "forgot to confirm").
var forgotToSay = regexp.MustCompile(`(?i),?\s+but\s+(?:i\s+)?(?:forgot|forgotten)\s+to\s+(reply|answer|respond|` +
	`tell you|let you know|write back|get back to you|mail you|email you|say so)\b`)

// vagueKind is the writer vague about the kind of thing that came back
// ("some kind of automatic mail", "a sort of confirmation page"): read as
// "a" before it, as the vagueness is of the thing and no hedge on the act
// ("sort of submitted" and "it kind of worked" stay hedged).
var vagueKind = regexp.MustCompile(`(?i)\b(?:some|a|an|any|this|that)\s+(?:kind|sort|type)\s+of\s+(?:an?\s+)?` +
	`((?:[a-z"',!-]+\s+){0,6}?(?:e-?mail|mail|message|notification|confirmation|receipt|acknowledge?ment|` +
	`reply|auto-?reply|response|pop-?up|banner|page|screen|reference|ticket)s?)\b`)

// numberNo is "no." for "number" after what the number is of ("ref no.
// 5512", "Case No: 88", "confirmation no 4410"): no answer No, which
// beside the Submitted it evidences would make the reply a contradiction.
var numberNo = regexp.MustCompile(`(?i)\b(ref|reference|case|ticket|confirmation|request|order|receipt|` +
	`submission|tracking|support|form|application|incident)\.?\s*no\b\.?:?\s*(#?\d)`)

// withoutDevice writes a noDeviceWord match as "without" the device.
func withoutDevice(m string) string {
	sub := noDeviceWord.FindStringSubmatch(m)
	if strings.EqualFold(strings.TrimSpace(sub[1]), "with") {
		return "without " + sub[2]
	}
	return sub[1] + "without " + sub[2]
}

// noDeviceWord is "no" before a device or a connection the writer was
// without ("(hiking, no laptop)", "no wifi at the hotel"): no answer No.
// Only after "with", or where a phrase opens: "had no signal" is read
// as it was.
var noDeviceWord = regexp.MustCompile(`(?i)(^|[(,;:]\s*|\bwith )no (laptops?|computers?|pcs?|wifi|wi-fi|internet|` +
	`signal|reception|network)\b`)

var bareDomain = regexp.MustCompile(`(?i)\b([a-z0-9-]+)\.(?:com|net|org|co\.jp|ne\.jp|jp)\b`)

// tally collects the answers of a reply's sentences.
type tally struct {
	yes, interjectedYes, seenYes, no, done, affirmedDone, submitted bool
	noneShown                                                       bool // a No that no certifications show
	linkStepSent                                                    bool // a Submitted of the link's own step
	// shownYes: a Yes that tells what shows (表示されています, "they are
	// listed"); checkedDone: a Done that is only a check made (確認済みです).
	shownYes, checkedDone bool
	passedYes             bool // a Yes that only passes on another (found.passesOn)
	handedOver            bool // a bare go-ahead (found.handsOver): a Yes only alone
}

func (t *tally) add(r result) {
	for _, a := range r.answers {
		switch {
		case r.noneShown && a.answer == No:
			t.noneShown = true
		case a.other: // a showing of something else: no answer
		case a.answer == Done && a.checked:
			t.checkedDone = true
		case a.answer == Yes && a.passesOn:
			t.passedYes = true
		case a.answer == Yes && a.handsOver:
			t.handedOver = true
		case a.answer == Yes && a.interjection:
			t.interjectedYes = true
		case a.answer == Yes && a.seen && (t.done || t.affirmedDone) && !t.interjectedYes:
			// "I've linked it. It shows 3 certifications": after a Done,
			// and with no bare "yes" (which answers a yes/no question:
			// "Yes, it shows. Done." is for a person), the evidence for it.
			t.seenYes = true
		case a.answer == Yes:
			t.yes = true
			t.shownYes = t.shownYes || a.seen
		case a.answer == No:
			t.no = true
		case a.answer == Done && a.affirms:
			t.affirmedDone = true
		case a.answer == Done:
			t.done = true
		case a.answer == Submitted && a.ofLinkStep:
			t.linkStepSent = true
		case a.answer == Submitted:
			t.submitted = true
		}
	}
}

// answer is the one answer all sentences agree on, or Unclear.
func (t tally) answer() Answer {
	// "表示されています。3つとも確認済みです": the check made is how the
	// writer knows what shows, no Done of its own; without such a Yes,
	// a Done as any other.
	t.done = t.done || t.checkedDone && !t.shownYes
	done := t.done || t.affirmedDone && !t.submitted
	// "I entered the APN ID and submitted it" beside a Done is how it was
	// done; alone, a Submitted as any other.
	submitted := t.submitted || t.linkStepSent && !done
	// "It shows" after a Done is the evidence for it, not another answer.
	yes := t.yes || (t.interjectedYes || t.seenYes || t.handedOver) && !done && !submitted
	var got []Answer
	for _, c := range []struct {
		on bool
		a  Answer
	}{{yes, Yes}, {t.no, No}, {done, Done}, {submitted, Submitted}} {
		if c.on {
			got = append(got, c.a)
		}
	}
	// "Please confirm it with AWS" passes on a Yes beside it; alone, or
	// beside a No, it may ask to check with them.
	if len(got) != 1 || t.noneShown && !t.no || t.passedYes && !yes {
		return Unclear // "It shows zero certifications" alone may answer the link; "Yes. It shows zero …"
	}
	return got[0]
}

// normalize makes full-width and half-width forms ordinary (ＹＥＳ, ﾊｲ,
// ？), and typographic apostrophes straight, so the phrase lists need one
// spelling only. Letters keep their case: a capital marks a name.
func normalize(s string) string {
	s = norm.NFKC.String(s)
	s = emoticons.ReplaceAllString(apostrophes.Replace(s), " ")
	s = yesCommaPlease.ReplaceAllString(s, "${1} ${2}${3}")
	s = answerDot.ReplaceAllString(s, "${1}、${2}")
	for _, m := range mixedVerbs {
		s = m.re.ReplaceAllString(s, m.ja)
	}
	return s
}

// mixedVerbs are an English answer word with a Japanese verb ending, as
// bilingual writers put them ("submit しました", "link 済みです", "done
// です"): read as the Japanese word they stand for.
var mixedVerbs = []struct {
	re *regexp.Regexp
	ja string
}{
	{regexp.MustCompile(`(?i)\b(?:submit(?:ted)?|sent|send)\s*(しました|済みです|済み|完了しました|完了です|完了)`), "提出$1"},
	{regexp.MustCompile(`(?i)\b(?:link(?:ed)?|connect(?:ed)?)\s*(しました|済みです|済み|完了しました|完了です|完了)`), "連携$1"},
	{regexp.MustCompile(`(?i)\b(?:done|finished|completed?)\s*(です|しました|でした)`), "完了$1"},
}

// yesCommaPlease is "Yes, please" ending its sentence, written as the
// "Yes please" it is: cut at its comma, its "please" alone would be only
// a courtesy.
var yesCommaPlease = regexp.MustCompile(`(?im)\b(yes|yeah),\s*(please)(\s*[.!]|\s*$)`)

// answerDot is a middle dot between two answer words (はい・いいえ), which
// lists them as choices: cut there as at a comma, so both are read.
var answerDot = regexp.MustCompile(`(?i)(はい|いいえ|yes|no)\s*・\s*(はい|いいえ|yes|no)`)

// emoticons are smileys made of punctuation (":)", ";-)", ":D", "(^^)",
// "(^_^;)"), which would otherwise cut a sentence at their colon or bracket.
var emoticons = regexp.MustCompile(`(?:^|\s)[:;=]-?[()DPp]+(?:\s|$)|\([\^_*;'o.\-~]{2,6}\)|\^\^`)

var apostrophes = strings.NewReplacer("\u2019", "'", "\u2018", "'", "\u02bc", "'", "`", "'", "\u00b4", "'")

// isDisclaimer reports whether lines[i] starts a legal notice, which ends
// what the person wrote: it opens with a notice's title, or it speaks of
// the mail itself ("This message …", 本メールは…) and, within three lines,
// of confidentiality, or twice of mail received in error ("… in error,
// delete it"), as every such notice does whatever its first words.
func isDisclaimer(lines []string, i int) bool {
	l := strings.ToLower(strings.TrimSpace(lines[i]))
	if hasPrefix(l, disclaimers) {
		return true
	}
	if !hasPrefix(l, aboutThisMail) {
		return false
	}
	notice := strings.ToLower(strings.Join(lines[i:min(i+3, len(lines))], " "))
	return containsCount(notice, legalWords) > 0 || containsCount(notice, noticeWords) > 1
}

// containsCount is how many of words s contains.
func containsCount(s string, words []string) int {
	n := 0
	for _, w := range words {
		if strings.Contains(s, w) {
			n++
		}
	}
	return n
}

// isRule reports whether line is a decorative rule ("-----", "＿＿＿＿",
// "━━━━━"), which in a reply starts a signature block.
func isRule(line string) bool {
	line = strings.TrimSpace(line)
	n := 0
	for _, r := range line {
		if !strings.ContainsRune("-_=*~#+━─═―ー・〜/", r) {
			return false
		}
		n++
	}
	return n >= 4
}
