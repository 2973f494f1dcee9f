package reply

import (
	"regexp"
	"slices"
	"strings"
)

// An attempt that failed before the one that went through is told after
// many a Done or Submitted: "Submitted. The first attempt timed out, but
// the second one went through", 提出しました。1回目はエラーになりましたが、
// 2回目で送信できました. Its failure words are the story of the answer, not
// a doubt on it, when the story is of an earlier attempt, holds no other
// doubt, and ends in success (told, or the answer given again). A failure
// that is not told as earlier, or not as overcome, stays a doubt.

// tellsTrouble reads c as a piece of the story of an earlier failed
// attempt after a Done or Submitted; false: c is to be read as any other.
func (rd *reading) tellsTrouble(c sentence) bool {
	if !rd.answered || !rd.tally.completion() || c.question {
		return false
	}
	low := asciiLower(c.text)
	if c.opensStory {
		// ただ、1回目は…: the "but" sets the story against the answer; the
		// story must end in success.
		rd.story, rd.troubled = rd.sentenceNo, true
		return true
	}
	if earlierAttempt.MatchString(low) {
		rd.story = rd.sentenceNo
	}
	if rd.story != rd.sentenceNo {
		return false
	}
	if rd.troubled && (overcome.MatchString(low) || strings.HasPrefix(low, "but ")) {
		// "…, but the second one went through", "…, but it's linked now":
		// its "but" sets it against the failure, and a "worked fine" is no
		// Yes of its own.
		told := jaRetryLead.ReplaceAllString(strings.TrimPrefix(low, "but "), "") // 再送信したら…: the try, no condition
		r := readSentence(sentence{text: told, continued: true})
		if r.doubt || strayWords.MatchString(told) || holdsAnswerOtherThan(r, rd.tally, Yes) ||
			len(r.answers) == 0 && !overcome.MatchString(told) {
			return false
		}
		rd.resolved = true
		return true
	}
	if !troubleWords.MatchString(low) && !(earlierAttempt.MatchString(low) && quotedText.MatchString(low)) {
		return false // no trouble in it to excuse: "had to reset my password first"
	}
	told := troubleWords.ReplaceAllString(quotedText.ReplaceAllString(low, ` "" `), " ")
	told = butOvercome(earlierAttempt.ReplaceAllString(told, " "))
	r := readSentence(sentence{text: told, continued: c.continued})
	if r.doubt || strayWords.MatchString(told) || holdsAnswerOtherThan(r, rd.tally, Unclear) {
		return false
	}
	rd.troubled = true
	// "then it failed again" undoes what went through before; "it took
	// three tries" tells that the last went through.
	rd.resolved = overcome.MatchString(told) || tookTriesTill(low)
	rd.countPlain()
	return true
}

// tookTriesTill reports a piece that tells that it took some tries, and
// at most why after it ("it took three tries because the page timed
// out"): the last went through. Not when more follows ("… and it still
// timed out").
func tookTriesTill(low string) bool {
	loc := tookTries.FindStringIndex(low)
	if loc == nil {
		return false
	}
	rest := low[loc[1]:]
	return triesReason.MatchString(rest) && !stillOrAgain.MatchString(rest)
}

var (
	triesReason  = regexp.MustCompile(`^\s*(?:(?:because|as|since|bc|b/c|cos|cause|due to)\b[^.;]*)?[\s.!]*$`)
	stillOrAgain = regexp.MustCompile(`\b(?:still|again|yet|not|never|no)\b|n't\b`)
)

// markStoryOpeners marks a piece that is only a "but" (ただ, でも,
// "however") when the piece after it in its sentence tells of an earlier
// attempt: it opens that story, no doubt of its own.
func markStoryOpeners(ps []sentence) {
	for i := 0; i+1 < len(ps); i++ {
		bare := strings.TrimSpace(asciiLower(ps[i].text))
		if (slices.Contains(jaOpeners, bare) || bareButs[bare]) && ps[i+1].continued &&
			earlierAttempt.MatchString(asciiLower(ps[i+1].text)) {
			ps[i].opensStory = true
		}
	}
}

var bareButs = words("but", "however", "though", "although")

// noteOvercome notes, after the story of a failure, a piece that tells of
// success or gives the answer again ("it went through on the third try",
// "linked now"): the failure was overcome.
func (rd *reading) noteOvercome(c sentence, r result) {
	if !rd.troubled || c.question || r.doubt {
		return
	}
	again := len(r.answers) > 0 && !holdsAnswerOtherThan(r, rd.tally, Unclear)
	rd.resolved = rd.resolved || again || overcome.MatchString(asciiLower(c.text))
}

// butOvercome takes out the "but" that sets success against the failure
// before it in one piece ("it errored out the first time but went
// through"): no doubt on the answer.
func butOvercome(told string) string {
	loc := overcome.FindStringIndex(told)
	if loc == nil {
		return told
	}
	if i := strings.LastIndex(told[:loc[0]], " but "); i >= 0 {
		return told[:i] + " " + told[i+len(" but "):]
	}
	return told
}

// holdsAnswerOtherThan reports an answer in r that is not the Done or
// Submitted of t, nor also (unless Unclear) answer.
func holdsAnswerOtherThan(r result, t tally, also Answer) bool {
	for _, a := range r.answers {
		switch {
		case a.answer == also && !a.other:
		case a.answer == Done && (t.done || t.affirmedDone):
		case a.answer == Submitted && t.submitted:
		default:
			return true
		}
	}
	return false
}

// completion reports whether the answers so far are a Done or Submitted
// only.
func (t tally) completion() bool {
	return (t.done || t.affirmedDone || t.submitted) && !t.yes && !t.interjectedYes && !t.no
}

var (
	// earlierAttempt marks an attempt before the one that went through.
	earlierAttempt = regexp.MustCompile(`\b(?:had|needed) to\s[^,;()"]*?\bfirst\b|` +
		`\b(?:the |my |on the |at the )?(?:first|1st|previous|earlier) ` +
		`(?:time|try|attempt|go)\b|\bat first\b|\binitially\b|\b(?:took|needed|had to make) (?:two|three|a few|a couple of|` +
		`several|2|3) (?:tries|attempts|goes)\b|\bhad to (?:do|try|send|submit)(?: it)? (?:twice|again)\b|` +
		`\bkept (?:failing|timing out|crashing|erroring(?: out)?|freezing|hanging|logging me out|throwing errors)\b|` +
		`\byesterday\b|\blast (?:night|week)\b|\bearlier\b|\bon (?:monday|tuesday|wednesday|thursday|friday)\b|` +
		`(?:1|一|初)回目|最初(?:は|に)|初回(?:は|に)|(?:初め|はじめ)は|一度|昨日|先週|先日`)
	// troubleWords are the failure words of such a story (and the retry
	// after it); trying twice or again alone tells no failure.
	troubleWords = regexp.MustCompile(`\b(?:timed out|timing out|times out|time-?out|fail(?:ed|s|ing|ure)?|` +
		`errors?|an error occurred|errored(?: out)?|erroring|bounced|re-?submitted|re-?sent|crash(?:ed|es|ing)?|` +
		`fro(?:ze|zen)|freez(?:es|ing)|stuck|hung|hangs|broke(?:n)?|rejected|denied|` +
		`(?:didn't|did not|wouldn't|would not|won't|doesn't) ` +
		`(?:work|go through|load|open|save)(?: any ?more)?|wasn't working|not working|stopped working|retr(?:y|ied)|` +
		`captchas?)\b|` +
		`\bredirected(?: me)?(?: to (?:a |an |another |the )?(?:different |other |wrong )?(?:page|site|screen))?|` +
		`タイムアウト|時間切れ|エラー(?:画面|メッセージ)?(?:が|に|で|と)?(?:出|表示され|発生し|なり)?|失敗|うまくいか(?:ず|なかった)|再度|もう一度|改めて|` +
		`(?:開か|開け|表示され|進め)(?:ず|なかった)|(?:(?:別の|違う)(?:ページ|画面|サイト)(?:へ|に))?(?:飛ばされ|リダイレクトされ)`)
	// overcome tells that an attempt went through in the end. A later
	// attempt named alone ("the second time too", 2回目も, 今度は別の…) is
	// no success.
	overcome = regexp.MustCompile(`\b(?:went through|got through|worked|succeeded|accepted|` +
		`(?:fixed|solved|sorted) (?:it|that|the problem)|did the trick|` +
		`got (?:the |a )?confirmation(?: page| screen| email| mail)?)\b|` +
		`無事|問題なく|できました|成功しました|(?:うまく|上手く)(?:いき|行き)ました|受付完了|送信完了|完了の画面|受付(?:完了)?の(?:画面|ページ|メール)`)
	// tookTries tells that an attempt after the first went through: "it
	// took three tries", "needed a couple of attempts".
	tookTries = regexp.MustCompile(`\b(?:took|needed) (?:me )?(?:two|three|four|a few|a couple of|several|[2-5]) ` +
		`(?:tries|attempts|goes)\b`)
	// jaRetryLead is the retry that leads to the success after it:
	// 再送信したら, もう一度やってみたところ, やり直すと.
	jaRetryLead = regexp.MustCompile(`^[^。、]{0,16}?(?:したら|してみたら|したところ|してみたところ|すると|やったら|直したら)`)
	// quotedText is what a page or message said, in quotes: a failure's words.
	quotedText = regexp.MustCompile(`"[^"]*"|「[^」]*」`)
)

// storyEnded reports whether a story of a failed attempt, if one was
// told, ended in success.
func (rd *reading) storyEnded() bool {
	return !rd.troubled || rd.resolved
}

// markLinkStep marks the Submitted answers of a sentence that names the
// link's own step, the partner's ID entered or the consent to share sent
// (APN ID を入力して提出, 同意画面で…送信しました, "submitted the consent
// screen"): what was sent is part of the link, not a form of its own.
func markLinkStep(c sentence, r result) {
	if !linkStep.MatchString(asciiLower(c.text)) {
		return
	}
	for i := range r.answers {
		if r.answers[i].answer == Submitted {
			r.answers[i].ofLinkStep = true
		}
	}
}

// linkStep names the step of a link: the partner's ID, the consent to
// share (not a form, which a merge has too).
var linkStep = regexp.MustCompile(`\b(?:apn|partner)\s*id\b|\b(?:consent|sharing|data-sharing)\s+(?:screen|page|` +
	`dialog|box|checkbox|prompt)\b|(?:apn|パートナー)\s*id|同意(?:画面|ページ|ダイアログ)|共有(?:の)?(?:同意|チェック)`)

// doneByOther reports a Done or Submitted that another person did for the
// writer ("my colleague linked it for me", "submitted by our admin",
// 上司が代わりに連携しました, 提出してもらいました): the case asks the
// account's owner to do it, and what another did may be another account.
func doneByOther(text, low string, ms []match) bool {
	other := otherDoer.MatchString(low) || adjDoer.MatchString(low) || capsDoer.MatchString(text)
	for _, m := range ms {
		if (m.answer == Done || m.answer == Submitted) && !m.negated && other {
			return true
		}
	}
	return false
}

// otherDoer names another person as the one who did it.
var otherDoer = regexp.MustCompile(`\b(?:(?:my|our|the|a|by)\s+)+` + doers + `(?:[^'a-z]|$)|` +
	`\bon (?:my|our) behalf\b|\b(?:did|done|linked|submitted|sent|filled (?:it )?in|completed|handled)\s+` +
	`(?:it |this |that |the form |the request |everything )?for (?:me|us)\b|\b[a-z]+-san\b|^(?:he|she)\b|` +
	`\bby (?:him|her|them)\b|` +
	`(?:同僚|上司|部下|担当者|管理者|総務|人事|情シス|情報システム|アシスタント|秘書|家族|夫|妻|主人|友人|先輩|後輩|` +
	`[一-龯]{1,4}さん)(?:が|に|から)|代わりに|代行|` +
	// The answer's own verb done for the writer (提出してもらいました); not a
	// step before it (権限を付けてもらってから連携しました).
	`(?:提出|送信|連携|リンク|申請|統合|登録|手続き)(?:を)?(?:して|し)?(?:もらい|もらっ|くれ|いただき|いただい)`)

// doers are the others who may do it for the writer.
const doers = `(?:colleague|coworker|co-worker|manager|boss|admin|administrator|assistant|secretary|teammate|` +
	`supervisor|it team|it department|it dept|it guy|it person|it|hr|husband|wife|friend|son|daughter|` +
	`team lead|lead)s?`
