package reply

import (
	"bytes"
	"regexp"
	"strings"
)

// maxLeanSentences bounds the sentences Lean reads: a letter longer than
// this is for a person, however plain.
const maxLeanSentences = 24

// Lean returns the answer a reply leans to: Done, Submitted or No, never
// Yes. It is read for replies Read finds Unclear, and it is no answer: a
// case takes it only where it asked the question it answers and a wrong
// answer is cheap, because a later step catches it (see the workflows).
//
// Lean reads the same sentences as Read, with tolerance for what a person
// adds once they have answered: any number of plain sentences, and doubts
// after the answer ("it took two tries, but it shows as linked now",
// "let me know if you need more"). Parts showing are a No ("only two of
// the three are listed"), whatever part is seen. It stays Unclear on any
// question (a person must answer it), on a doubt before the answer, on
// answers that disagree, on a Yes next to a No, when a bare "yes"/"no" is
// all there is beside a Done or Submitted, and, as Read, on words that
// undercut the act (unlessUndercut).
func Lean(text string) Answer {
	lines, end, ok := answerLines(text)
	if !ok {
		return Unclear
	}
	l := leaning{summed: sumsUp(lines[:end])}
	for i, line := range lines[:end] {
		for _, c := range sentencesOf(addressRE.ReplaceAllString(line, " ")) {
			if noRemindersRE.MatchString(remarkText(c.text)) {
				continue // "pls stop reminding me": of certflow's mail, no No
			}
			if !l.take(c) {
				return Unclear
			}
		}
		if l.answered() && startsSignature(lines, i) {
			break // a signature, and below it often the thread, are not read
		}
	}
	return unlessUndercut(l.answer(), lines[:end]) // as Read: "no it isn't missing anything"
}

// leaning is what the sentences of a reply have said so far, for Lean.
type leaning struct {
	n                            int // sentences read
	done, submitted, no, partial bool
	yes, seenYes                 bool // a Yes in words or bare; a Yes that only tells what is seen
	interjectedNo, affirmedDone  bool
	phrasedNo                    bool // a No that names what is not (see namesItsNo)
	cannotLook                   bool // the writer cannot look (noAccess): nothing they see is a No
	story                        bool // the sentence being read tells how it was before (tellsStory)
	// planned, failed: a doubt after the answer is a plan ("I'll redo it
	// tomorrow") or tells of a failure ("but it says the request failed"):
	// what was done may not hold, which agrees with a No only.
	planned, failed bool
	contrary        bool // a detail that may take back a Done or Submitted (see contradicts)
	negated         bool // a negation has been read (see takesBackNo)
	succeeded       bool // a story told that what was tried went through (see sentence.succeeded)
	// pending: a status still pending was told ("Status says pending"),
	// which a Submitted awaits but a link is not yet done with.
	pending bool
	// troubleBefore: a story of what went wrong was told before any
	// answer (see troubleBefore); overcame: a Done or Submitted after it
	// told as now or in the end, which the story needs.
	troubleBefore, overcame bool
	// onScreen: after a Submitted, the page told it was received (see
	// confirmedOnScreen); a mail not come yet is then no doubt on it.
	onScreen bool
	// summed: the answer sums up what was told before it (see sumsUp).
	summed bool
	// noNeed: a No read only as "no need to …" (noNeedTo), which beside a
	// Done or Submitted tells what the reader need not do, not the answer.
	noNeed  bool
	display display // a part of the certifications told as showing (see display)
}

// take reads one sentence piece; false: the reply leans nowhere.
func (l *leaning) take(c sentence) bool {
	if l.n++; l.n > maxLeanSentences {
		return false
	}
	if takesBackNo(c.text, &l.negated) {
		return false // "It did not show, but then it did": the No taken back
	}
	if c.label && !labelIsNothing(c.text) {
		return false // "Done (sandbox)": a label on the answer, for a person
	}
	l.succeeded = l.succeeded || c.succeeded
	l.pending = l.pending || linkPending.MatchString(asciiLower(c.text))
	if c.reason || l.noMailAfterScreen(c) {
		return true
	}
	if allThereRE.MatchString(asciiLower(c.text)) {
		return false // "nothing is missing": all is there, said with a negation
	}
	if low := []byte(asciiLower(c.text)); l.answered() && (hearsay.Match(low) || jaHearsay.Match(bytes.TrimSpace(low))) {
		return false // "まだです、と言おうと思ったら…": the answer was only what someone said, or meant to
	}
	if c.question {
		return l.questionLeavesNo(c)
	}
	l.cannotLook = l.cannotLook || noAccess.MatchString(asciiLower(c.text))
	if l.completed() && othersOwn(c) {
		return true // "Done. My colleague hasn't linked his yet.": another's own, not the writer's answer
	}
	c = l.partAgainstShown(c)
	r := readSentence(c)
	if r.doubt && !l.answered() && linkedButStillNot(c) {
		l.no, l.phrasedNo = true, true // "I linked it as you said, but it still shows 0": the No, after what was done
		return true
	}
	if sr, ok := softenedNo(c); r.doubt && ok {
		r = sr // "まだ反映されていないようです", "it doesn't seem to show yet": a No said softly
	}
	l.display.note(c, r)
	switch {
	case r.doubt && r.partial && (speaksOfPart(c.text) || l.seenYes):
		l.partial = true
		return true
	case r.doubt && r.partial && saysOnly(c.text) && progressSoFar.MatchString(asciiLower(c.text)):
		l.planned = true // "only the first of my two accounts so far": the rest still to do
	case r.doubt && r.partial && saysOnly(c.text):
		r.doubt = false // "I only saw this today": "only" of when or how, plain detail
	}
	if l.tellsStory(c, r) {
		return true
	}
	switch {
	case r.doubt && !l.answered() && !l.interjectedNo && troubleBefore(c, r):
		l.troubleBefore = true // "I had to reset my password first, it kept failing": the answer must overcome it
		return true
	case r.doubt && !l.answered() && !l.interjectedNo && l.summed && storyDetail(c, r):
		return true // "I didn't keep the reference number. So: submitted.": a detail of what the answer sums up
	case r.doubt && !l.answered() && !l.interjectedNo:
		// "I tried, it asked for a code. Linked now?" is no answer. After a
		// bare "no" a doubt may come before the No in words that settles it
		// (いいえ。SAAだけは表示されていますが、DVAはまだ出ていません); without
		// one the bare "no" leans nowhere (see answer).
		return false
	case r.prose && !r.doubt && !l.answered() && !mayLeadAnswer(c.text):
		return false // "I used my other account. Done.": what was done may be the wrong thing
	case r.doubt:
		// A step still to take is a plan, whatever else doubts the piece:
		// "but I have yet to confirm", 送らなければなりません.
		l.planned = l.planned || r.plan || stillToTake([]byte(asciiLower(c.text))) || stepNotYet(asciiLower(c.text))
		l.failed = l.failed || failure.MatchString(asciiLower(c.text))
	}
	l.contrary = l.contrary || takesBackDeed(c, r)
	if r.doubt {
		return true
	}
	for _, a := range r.answers {
		l.add(a)
		l.phrasedNo = l.phrasedNo || a.answer == No && !a.interjection && namesItsNo(c.text)
		l.noNeed = l.noNeed || a.answer == No && noNeedTo.MatchString(asciiLower(c.text))
		l.overcame = l.overcame || (a.answer == Done || a.answer == Submitted) && after.MatchString(asciiLower(c.text))
	}
	return true
}

// summingWord opens the answer that sums up a story told before it: "So:
// submitted.", "Anyway - done", "Long story short, sent", というわけで.
var summingWord = regexp.MustCompile(`^(?:so|anyway|anyways|anyhow|in short|in summary|to sum up|summing up|` +
	`long story short|tl;?dr|bottom line|all in all|in any case|either way|so yeah|so yes|so basically|` +
	`というわけで|ということで|そんなわけで|要するに|結論として)$`)

// sumsUp reports whether the reply sums up with its answer: a piece that
// is only a summing word, right before one that is only a Done or
// Submitted ("So: submitted.").
func sumsUp(lines []string) bool {
	for _, line := range lines {
		ps := sentencesOf(addressRE.ReplaceAllString(line, " "))
		for i := 0; i+1 < len(ps); i++ {
			if !ps[i].question && summingWord.MatchString(remarkText(ps[i].text)) && bareDeed(ps[i+1]) {
				return true
			}
		}
	}
	return false
}

// bareDeed reports a piece that is only a Done or Submitted.
func bareDeed(c sentence) bool {
	r := readSentence(c)
	if c.question || r.doubt || r.prose || len(r.answers) == 0 {
		return false
	}
	for _, a := range r.answers {
		if a.answer != Done && a.answer != Submitted {
			return false
		}
	}
	return true
}

// storyDetail reports a doubt before the answer that tells nothing against
// the act the answer sums up ("I didn't keep the reference number", "so I
// think that's it"): no question, plan, step still to take, failure or
// trouble, doubt on the act, other or wrong thing, or another doer.
func storyDetail(c sentence, r result) bool {
	low := asciiLower(c.text)
	work := []byte(low)
	return !c.question && !r.plan && !isPlan(work) && !stillToTake(work) && !stepNotYet(low) &&
		!failure.MatchString(low) && !troubleWords.MatchString(low) && !undermines.MatchString(low) &&
		!contradicts(c.text) && !strayWords.MatchString(low) && !otherDoer.MatchString(low) &&
		!hearsay.MatchString(low) && !reversals.MatchString(c.text)
}

// noMailAfterScreen notes a page that confirmed the form after a
// Submitted ("got the on-screen confirmation", 画面に受付完了と表示されました)
// and reports a piece after it that only says no mail has come yet ("but
// no email yet", メールはまだ届いていません): the form's contact address is
// certflow's, so its mail comes here; the page is the writer's receipt.
func (l *leaning) noMailAfterScreen(c sentence) bool {
	low := strings.TrimSpace(asciiLower(c.text))
	if l.onScreen && !c.question && noMailYet.MatchString(low) {
		return true
	}
	l.onScreen = l.onScreen || l.submitted && !c.question && confirmedOnScreen.MatchString(low) &&
		!failure.MatchString(low) && !undermines.MatchString(low) && !contradicts(c.text)
	return false
}

var (
	// confirmedOnScreen is a page or message that confirmed the form.
	confirmedOnScreen = regexp.MustCompile(`\bon-?screen confirmation\b|\bconfirmation (?:page|screen|message|banner)\b|` +
		`\b(?:page|screen) (?:said|showed|confirmed) (?:a |the )?(?:confirmation|received|thank you|submitted)\b|` +
		`画面(?:に|には|で|上)?[^。]{0,12}(?:受付完了|送信完了)`)
	// noMailYet says only that no mail has come yet.
	// A receipt's number not given yet ("but no reference number") is as
	// the mail not come: the page confirmed the form.
	noMailYet = regexp.MustCompile(`^(?:but\s+|and\s+)?(?:(?:still\s+)?no\s+(?:confirmation\s+)?` +
		`(?:e-?mail|mail|message|` +
		`(?:reference|case|ticket|tracking|confirmation|request)\s+(?:number|no|id|code))` +
		`(?:\s+from\s+(?:aws|them|amazon))?(?:\s+yet)?(?:\s+though)?|i\s+(?:haven't|have not|didn't|did not)\s+` +
		`(?:received|got|gotten|had)\s+(?:an?\s+|the\s+|any\s+)?(?:confirmation\s+)?(?:e-?mail|mail|message)` +
		`(?:\s+from\s+(?:aws|them|amazon))?(?:\s+yet)?)$|` +
		`^(?:確認|受付|控えの)?メール(?:は|が)(?:まだ)?(?:届いていません|来ていません|届きません|来ません)$`)
)

// progressSoFar tells how far the writer has got: "so far", "for now",
// "up to now": beside an "only", part of the act is still to do.
var progressSoFar = regexp.MustCompile(`\b(?:so far|for now|up to now|until now|at the moment|for the moment)\b`)

// completed reports a Done or Submitted read so far.
func (l *leaning) completed() bool { return l.done || l.affirmedDone || l.submitted }

// ownedByOther is another person's own thing: "his", "hers", "theirs",
// "his own".
var ownedByOther = regexp.MustCompile(`\b(?:his|hers|theirs)\b|\b(?:her|their) own\b`)

// othersOwn reports a piece whose subject is another person ("he", "my
// colleague", a name) and which speaks of that person's own ("… hasn't
// linked his yet"), with no other or wrong thing: what it says is theirs.
func othersOwn(c sentence) bool {
	low := strings.TrimSpace(asciiLower(c.text))
	if !ownedByOther.MatchString(low) || strayWords.MatchString(low) || hearsay.MatchString(low) || c.question {
		return false
	}
	return otherDoer.MatchString(low) || adjDoer.MatchString(low) || namedSubject.MatchString(strings.TrimSpace(c.text))
}

// namedSubject opens with a person's first name as the subject: a
// capitalised word before a verb ("Tom hasn't …", "Priya still needs …").
var namedSubject = regexp.MustCompile(`^(?:(?:and|but|also)\s+)?[A-Z][a-z]+\s+(?:still\s+)?(?:hasn't|has not|hasnt|` +
	`hadn't|didn't|did not|isn't|is not|needs|has|is|was|will|won't)\b`)

// troubleBefore reports a doubt before any answer that only tells what
// went wrong at an earlier try or had to be done first ("the portal timed
// out twice", "I had to reset my password first, it kept failing"): told
// as past, not still so, of the writer's own try at the asked thing, with
// no plan, question, other doer, or other or wrong thing.
func troubleBefore(c sentence, r result) bool {
	low := asciiLower(c.text)
	work := []byte(low)
	told := earlierAttempt.MatchString(low) || pastTrouble.MatchString(low)
	return told && !c.question && !r.plan && !isPlan(work) && !stillToTake(work) && !stillSo.MatchString(low) &&
		(failure.MatchString(low) || troubleWords.MatchString(low) || earlierAttempt.MatchString(low)) &&
		!contradicts(c.text) && !otherDoer.MatchString(low) && !elsewhere.MatchString(low) && !hearsay.MatchString(low)
}

// pastTrouble tells a failure as past: "kept failing", "timed out",
// "errored", "crashed", "wouldn't load".
var pastTrouble = regexp.MustCompile(`\b(?:kept|timed out|errored|crashed|froze|bounced|rejected|redirected|failed|` +
	`(?:wouldn't|would not|didn't|did not|couldn't|could not) (?:load|work|open|save|go through|let me))\b`)

// stillSo says a trouble is so still: "still", "keeps", "is failing".
var stillSo = regexp.MustCompile(`\b(?:still|keeps|is failing|are failing|won't|doesn't|does not|can't|cannot)\b`)

// partAgainstShown returns c without the "but" that opens it when,
// before any answer, what follows the "but" says a part is missing or is a
// No ("The SAA is there, but the DVA is missing"; "I checked, but nothing
// shows"): the "but" sets it against what was told before, no doubt on
// it. Otherwise c as it is.
func (l *leaning) partAgainstShown(c sentence) sentence {
	if l.n < 2 || l.answered() {
		return c
	}
	rest, ok := strings.CutPrefix(asciiLower(strings.TrimSpace(c.text)), "but ")
	if !ok {
		return c
	}
	bare := sentence{text: strings.TrimSpace(c.text)[len("but "):], question: c.question, continued: c.continued}
	if contradicts(rest) || elsewhere.MatchString(rest) {
		return c // "but my manager says …", "but my old account is missing": another's word or thing
	}
	r := readSentence(bare)
	if r.doubt && r.partial && speaksOfPart(rest) || onlyNo(r) && namesItsNo(rest) {
		return bare
	}
	return c
}

// questionLeavesNo reports a question that leaves the lean standing. A
// question is for a person to answer; after a No in words (or a part
// missing) one about why or whether to wait ("should I wait longer?",
// asksWhyOrWait) leaves the No standing: the only wait that takes a No asks
// again. Not one that holds another answer ("or should I go ahead?") or
// asks of another or a wrong thing ("did I link the wrong account?"), nor
// one after a negation of nothing named ("so I can't" over "tell you"),
// which may not be the No it looks like.
//
// Whether the writer erred ("maybe I did something wrong?", "did I miss
// a step?") asks why nothing shows too: its "wrong" names no wrong thing.
func (l *leaning) questionLeavesNo(c sentence) bool {
	low := asciiLower(c.text)
	why := ownMistake.ReplaceAllString(low, " did ")
	missed := awsMailMissed.ReplaceAllString(low, " ")
	return (l.phrasedNo || l.partial) && (asksWhyOrWait.MatchString(low) || why != low || missed != low) &&
		!holdsOtherThanNo(c) && !strayWords.MatchString(why) && !doubtsTheLook.MatchString(missed)
}

// awsMailMissed asks whether a mail should have come that the writer did
// not see ("was there supposed to be an email from AWS?", "should I have
// received a notification?"): a cause of the No guessed at, which the next
// check answers, as "why is that?" is. Taken out before doubtsTheLook, as
// its "supposed to" is of the mail, not of where the writer looked.
var awsMailMissed = regexp.MustCompile(`\b(?:(?:was|were|is)\s+(?:there|i)\s+(?:supposed|meant)\s+to\s+` +
	`(?:be|get|receive)|should\s+(?:there\s+have\s+been|i\s+have\s+(?:got|gotten|received)))\s+` +
	`(?:an?\s+|any\s+)?(?:e-?mail|mail|message|notification|invitation|invite)\b`)

// ownMistake asks whether the writer erred, naming no thing: "did I do
// something wrong", "maybe I did something wrong", "have I missed a step".
var ownMistake = regexp.MustCompile(`\b(?:did i|have i|maybe i|perhaps i|i guess i)\s+(?:do|did|done|miss|missed|make|made)\s+` +
	`(?:something|anything|a step|a mistake)(?:\s+wrong)?\s*[?]?\s*$`)

// linkedButStillNot reports "X but Y" where X tells only that the writer
// did the act as asked (linked it, did as you said) and Y that what was
// asked about still does not show ("I linked the account as you said but
// the profile still shows 0 certifications"): the No, with what was done
// before it. For Lean only: in the wait for the link, the same words may
// mean it is done, and that wait takes no No.
func linkedButStillNot(c sentence) bool {
	i := strings.Index(asciiLower(c.text), " but ")
	if i < 0 || c.question {
		return false
	}
	x, y := sentence{text: c.text[:i]}, sentence{text: c.text[i+len(" but "):]}
	rx, ry := readSentence(x), readSentence(y)
	if rx.doubt || len(rx.answers) == 0 || !stillWord.MatchString(asciiLower(y.text)) || !onlyNo(ry) ||
		strayWords.MatchString(asciiLower(x.text)) || elsewhere.MatchString(asciiLower(x.text)) {
		return false
	}
	for _, a := range rx.answers {
		if a.answer != Done || a.other {
			return false
		}
	}
	return true
}

var stillWord = regexp.MustCompile(`\bstill\b`)

// takesBackDeed reports a sentence that holds back, withdraws or names a
// wrong or other thing, or another doer ("my manager submitted it for me",
// "To HR, that is."): it may take back what a Done or Submitted says
// ("Submitted. I do not want the merge anymore.", "Done. The other account
// is not mine."), and agrees with a No only.
func takesBackDeed(c sentence, r result) bool {
	low := asciiLower(c.text)
	return (r.prose || r.doubt || len(r.answers) == 0) && contradicts(c.text) || undermines.MatchString(low) ||
		otherDeed.MatchString(low) || otherDoer.MatchString(low) || toOther.MatchString(strings.TrimSpace(low))
}

// tellsStory reports a piece of a sentence before any answer that tells
// how it was at an earlier time (先週見たときは表示されていたのですが、今朝
// 見たら消えていました; "last week they were listed, but this morning they
// had vanished"): what showed then is no answer now, and the answer must
// come in the sentences after it. Not a piece that did or undid the act
// or names a wrong or other thing: that is read as any other.
func (l *leaning) tellsStory(c sentence, r result) bool {
	if !c.continued {
		low := asciiLower(c.text)
		l.story = !l.answered() && !l.interjectedNo && (before.MatchString(low) || jaEarlier.MatchString(low))
	}
	low := asciiLower(c.text)
	if !l.story || strayWords.MatchString(low) || reversals.MatchString(c.text) {
		return false
	}
	// What is now or next ("but now it shows an error", "I'll try again
	// later") and any answer but what showed then end the story.
	l.story = !(c.continued && after.MatchString(low)) && !r.plan && !isPlan([]byte(low))
	for _, a := range r.answers {
		l.story = l.story && a.answer == Yes && a.seen && !a.interjection
	}
	return l.story
}

// jaEarlier are the Japanese words of an earlier time that before lacks.
var jaEarlier = regexp.MustCompile(`先週|先日|昨日|前回|以前|この前`)

// contradicts reports a sentence, its courtesies aside, that holds back,
// withdraws, tells not to act, denies an account is the writer's, or names
// a wrong or another thing.
func contradicts(text string) bool {
	work := []byte(asciiLower(text))
	blankCourtesies(work)
	blankPlaceContrast(work)
	for _, loc := range correctionOffer.FindAllIndex(work, -1) {
		blank(work, loc[0], loc[1]) // "shout if that was wrong" names no wrong thing
	}
	return contrary.Match(work) || strayWords.Match(work) || undone.Match(work) || hearsay.Match(work) ||
		jaHearsay.Match(bytes.TrimSpace(work)) || undermines.Match(work)
}

// undermines are the words after a Done or Submitted that say it may not
// have taken: a doubt on it ("not sure it worked", "or so I thought", a
// bare たぶん; not a かも of what else may be, "a typo may be there"), a joke, what did not happen or does not match, a draft, a
// bounce, a status still not done (未連携), a manager still to approve
// before it goes to AWS (承認後に).
var undermines = regexp.MustCompile(`\b(?:not (?:100% |fully |completely |entirely |totally |quite )?sure ` +
	`(?:it|that|if|whether|i)|so i thought|sort of|kind of|` +
	`i think so|kidding|joking|timed out|expired|nothing (?:happened|changed)|(?:didn't|did not) do anything|` +
	`(?:don't|do not|doesn't|does not) match|mismatch\w*|drafts?|bounced?|undeliverable|oops|` +
	`still (?:says|shows|showing|say) pending|before it goes|has to approve|needs to approve|except|` +
	`(?:step|second|other|last|one)\b[^.]{0,20}\bpending|by mistake|by accident)\b|` +
	`未連携|未完了|未提出|下書き|承認後|冗談|` +
	`^[\s(（]*(?:たぶん|多分|おそらく|一応|maybe|probably|perhaps|i think|i hope|i guess|i believe|hopefully)` +
	`[\s)）!?.]*$|\bor at least\b|` +
	// A hope or a guess after the answer, or no word back since.
	`^\s*(?:(?:だ|の)?はず(?:です)?|(?:だ)?と思(?:います|う)|hopefully\b.*|i hope so|i believe so|i guess|i suppose)\s*$|` +
	`\bno confirmation\b|\b(?:didn't|did not|haven't|have not|never) (?:get|got|receive|received|heard)\b|` +
	`\bor not\b|受付メール(?:が|は)(?:届いていません|来ていません)|fingers crossed|touch wood|[🤔😬🤞🤷🙄🫤]|` +
	// The page went wrong after the send, or the writer does not know if it went.
	`\b(?:no idea|in red|red banner|spinner|spinning|still loading|never loaded|didn't load|captcha|` +
	`(?:field|fields) (?:was|were|is|are) required)\b|自信がありません|曖昧|真っ白|セッションが切れ|ログイン画面に戻|` +
	`戻されました|(?:受付番号|控え(?:のメール)?|確認メール|受付メール)(?:は|が)?(?:届いていません|来ません|来ていません|届きません)|` +
	`\b(?:logged me out|signed me out|log ?in again|sign in again|session expired|reloaded)\b|` +
	// Done only about or in part, or sent back or undone after.
	`\b(?:almost|nearly|mostly|more or less|ish|half|halfway|partly|partially|not quite|not entirely|not fully|` +
	`sent (?:it |them )?back|came back|returned|reverted|rolled back|unprocessed|disappeared|vanished|` +
	`went away|gone)\b|消え|` +
	`差し戻|拒否|却下|不備|受理でき|不承認|返却|弾かれ`)

// correctionOffer asks to be told if what was done was wrong: "shout if
// that was wrong", "let me know if I got anything wrong".
var correctionOffer = regexp.MustCompile(`\b(?:let (?:me|us) know|tell me|shout|ping me|give me a shout|correct me)\s+` +
	`if\s+(?:that|this|it|i|anything)\b[^,;]*$`)

// contrary are the words that hold back, withdraw, tell not to act, tell of
// something done instead of what was asked, correct what was said ("sorry,
// I mean I'll do it today"), or deny that an account is the writer's.
var contrary = regexp.MustCompile(`\b(?:wait|hold off|hold on|stop|cancel|cancell?ed|withdraw|withdrew|withdrawn|` +
	`retract|retracted|took (?:it|that|them|the form|the request) back|changed my mind|change my mind|` +
	`gave up|give up|instead|rather than|(?:don't|do not|no longer) (?:want|need)|i mean|i meant|` +
	`(?:don't|do not) (?:merge|confirm|consent|reply|proceed|go)|` +
	`(?:is|are|was)(?:n't| not) mine|not mine|not my (?:own )?(?:account|address))\b|` +
	`待って|やめ|止め|中止|取り消|取消|キャンセル|見送|したくありません|したくない|しないでください|しないで下さい|` +
	`私のではありません|私のものではありません`)

// namesItsNo reports a No sentence that says what is not: an answer phrase
// negated or a No phrase ("it doesn't show", "not yet"), or a negation of
// the thing itself ("none of them", "nothing"); not an auxiliary standing
// for a verb elsewhere ("so I can't" over "tell you").
func namesItsNo(text string) bool {
	low := asciiLower(text)
	if holdsAnswer(low) {
		return true
	}
	for _, t := range tokens([]byte(low)) {
		if thingNegators[low[t[0]:t[1]]] {
			return true
		}
	}
	return false
}

// noAccess tells that the writer cannot look at the profile: no access,
// not an admin, 閲覧権限がない.
var noAccess = regexp.MustCompile(`\b(?:no access|(?:don't|do not|doesn't|does not|not) have (?:any )?access|` +
	`(?:can't|cannot|unable to) (?:access|log ?in|sign in)|not an admin|no admin|no permission|` +
	`(?:don't|do not) have (?:the )?(?:permission|rights)|not allowed to (?:see|view|access))\b|` +
	`権限が(?:な|ありません|ございません)|アクセス(?:権が(?:な|ありません)|でき(?:ません|ない))|ログインでき(?:ません|ない)`)

// asksWhyOrWait is a question about why nothing shows or whether to wait
// ("should I wait a few more days?", "could the linking have failed?",
// "would it matter that …?", 取得から日が浅いからでしょうか), which the next check answers; one that
// asks what to do ("do I need to re-link?") is for a person.
var asksWhyOrWait = regexp.MustCompile(`\b(?:wait|waiting|longer|days?|hours?|weeks?|time|normal|usual|` +
	`expected|because|why|could it be|could the|(?:could|would|might|does|can) (?:it|that|this) matter|` +
	`did (?:the|it|something)|has (?:the|it|something)|` +
	`have (?:the|it)|is it (?:because|normal|just)|takes?|delay\w*|fail\w*|broke\w*|broken|changed?|lag)\b|` +
	`待|時間|日が|から(?:でしょうか|ですか)|変わ|遅|反映|なぜ|どうして|原因|普通|通常|様子を?見|様子見`)

// doubtsTheLook is a question whether the writer looked in the right place
// ("is that the right place?", 見る場所は合っていますか): it doubts the No.
var doubtsTheLook = regexp.MustCompile(`\b(?:right|correct|where|how (?:do|can|should) i|supposed to|` +
	`looking (?:at|in)|look (?:at|in)|the place)\b|どこ|場所|見方|合って|正しい`)

// thingNegators negate what is there, not what someone can or did do.
var thingNegators = words("none", "nothing", "neither", "not", "never")

// add notes one answer found.
func (l *leaning) add(a found) {
	switch {
	case a.other: // a showing of something else: no answer
	case a.answer == Yes && a.seen && !a.interjection:
		l.seenYes = true
	case a.answer == Yes:
		l.yes = true
	case a.answer == No && a.interjection:
		l.interjectedNo = true
	case a.answer == No:
		l.no = true
	case a.answer == Done && a.affirms:
		l.affirmedDone = true
	case a.answer == Done:
		l.done = true
	case a.answer == Submitted:
		l.submitted = true
	}
}

// answered reports whether an answer in words, or a part showing, was read.
func (l *leaning) answered() bool {
	return l.done || l.affirmedDone || l.submitted || l.no || l.partial
}

// answer is where the reply leans once all its sentences are read.
func (l *leaning) answer() Answer {
	negative := l.no || l.partial || l.interjectedNo
	done := l.done || l.affirmedDone && !l.submitted
	switch {
	case l.display.undecided():
		return Unclear // "Two of my three show": whether a part counts is for the operator
	case l.troubleBefore && (!l.overcame || negative):
		return Unclear // "It kept failing. I linked it.": did that try go through?
	case l.noNeed && (l.done || l.affirmedDone || l.submitted):
		return Unclear // "Submitted, no need to shorten it": what need not be done, no No to the deed
	case negative && l.yes, negative && l.seenYes && !l.partial:
		// They disagree; what shows beside a No that names no part may be
		// what shows now after nothing did ("not last week, all three now").
		return Unclear
	case negative && l.succeeded:
		return Unclear // "Not yet. It errored at first, but it went through eventually"
	case negative && l.cannotLook:
		return Unclear // "I can't see the profile, I have no access": no No to whether it shows
	case negative && (l.no || l.partial):
		// What is seen beside a part missing is the part, and what was done
		// beside a No is its story ("nothing shows; I linked it last week"):
		// only the question whether it shows takes a lean No.
		return No
	case negative:
		return Unclear // a bare "no" beside a Done or Submitted
	case done && l.submitted, done && l.pending, l.planned, l.failed, l.contrary:
		return Unclear
	case done:
		return Done
	case l.submitted:
		return Submitted
	}
	return Unclear
}

// noNeedTo is "no need to …", "no need for …": the "no need" phrase read as
// a No, with what need not be done after it.
var noNeedTo = regexp.MustCompile(`\bno (?:real |more )?need (?:to|for)\b`)

// linkPending is a status still pending or under review.
var linkPending = regexp.MustCompile(`\bpending\b|\bunder review\b|\bawaiting\b|保留|承認待ち|審査中|処理中|確認中`)

// notYet in a doubt after the answer tells of a step not yet taken ("but
// not yet accepted the terms", "haven't accepted the terms yet"): a plan,
// agreeing with a No only.
var notYet = regexp.MustCompile(`\b(?:not|haven't|hasn't|isn't|aren't|wasn't|weren't|didn't)\b[^.!?]{0,40}\byet\b|` +
	`まだ[^。]*(?:ません|ない|ず)`)

// stepNotYet reports a step not yet taken (notYet), not what does not
// show yet ("don't be surprised if they're not there yet"), which only
// waits for the answer's result.
func stepNotYet(low string) bool {
	return notYet.MatchString(low) && !presence.MatchString(low)
}

// failure is a doubt that tells of a failure or an error.
var failure = regexp.MustCompile(`\bfail(?:ed|s|ure|ing)?\b|\berror(?:s|ed|ing)?\b|\brejected\b|\bdenied\b|` +
	`\bdeclined\b|\bcrash(?:ed|es|ing)?\b|\bfro(?:ze|zen)\b|\bstuck\b|\bbroken\b|\btim(?:ed|ing|es) out\b|` +
	`\b(?:won't|wouldn't|will not|would not|doesn't|does not|didn't|did not) let me\b|` +
	`\b(?:can't|cannot|couldn't|unable to|not able to) (?:log|sign) (?:in|on)\b|フリーズ|固ま|クラッシュ|タイムアウト|` +
	`\b(?:did not|didn't|does not|doesn't|won't|will not|would not|wouldn't) (?:go through|work)\b|\bnot working\b|` +
	`\bbounced\b|\bundeliverable\b|エラー|失敗|うまくいか|うまく行か|できませんでした|できなかった|弾かれ|却下|差し戻`)

// speaksOfPart reports a sentence that says only part is there ("only",
// "missing", 一部, だけ), not merely a short negated fragment, which Read
// also lets agree with a No ("I don't use it for anything now"); such a
// fragment speaks of a part only after what shows ("the SAA one appears,
// the SAP one does not").
//
// "Only", "some" and their Japanese speak of a part only beside what shows
// (presence, shownWords): "I only saw this today" tells when.
func speaksOfPart(text string) bool {
	low := asciiLower(text)
	work := []byte(low)
	shows := presence.MatchString(low) || shownWords.MatchString(low)
	for _, w := range partialWords {
		if hasHedge(work, w) && (shows || absentWords[w]) {
			return true
		}
	}
	return false
}

// saysOnly reports a sentence with a word of a part ("only", 一部), not
// merely a short negated fragment ("not the company one"), which may say
// what was not done.
func saysOnly(text string) bool {
	work := []byte(asciiLower(text))
	for _, w := range partialWords {
		if hasHedge(work, w) {
			return true
		}
	}
	return false
}

// absentWords say that a part is not there without a word of showing.
var absentWords = words("missing", "incomplete", "partly", "partially")

// seeming are the words that soften what is told into how it seems:
// "it seems", "doesn't seem to show", まだ出ていないようです.
var seeming = regexp.MustCompile(`(?i)\b(?:it\s+)?(?:seems|seem|looks like|appears)(?:\s+(?:that|to))?\b|` +
	`(?:よう|みたい|らしい)(?:です|でした|だ)?$`)

// softenedNo reads a sentence without its words of seeming: a No and
// nothing else (no doubt) is a No said softly, which the next check of a
// case that leans to it catches if wrong; anything else stays a doubt.
func softenedNo(c sentence) (result, bool) {
	t := strings.TrimSpace(seeming.ReplaceAllString(c.text, " "))
	if t == strings.TrimSpace(c.text) || c.question {
		return result{}, false
	}
	r := readSentence(sentence{text: t, continued: c.continued})
	return r, onlyNo(r)
}
