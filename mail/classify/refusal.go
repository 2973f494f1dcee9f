package classify

import "regexp"

// How the desk ends a case or declines a request, beyond the fixed
// phrases of [closing] and [refusal].
var (
	// caseClosed: the case closed now, with "now" anywhere in the verb
	// ("this case has now been closed", "the case is being closed"); a
	// "will be closed" stays under its condition (readRefusal), and "the
	// case was closed" tells of before (it may have been opened again).
	caseClosed = regexp.MustCompile(`\b(?:this|the|your)\s+case\s+(?:has\s+(?:now\s+)?been|is\s+(?:now\s+)?` +
		`(?:being\s+)?|will\s+(?:now\s+)?be)\s*(?:now\s+)?(?:closed|resolved)\b|` +
		// The desk closing the case named by its number ("we are closing
		// case 7654321") or by "it" ("…, so we have closed it"), as
		// "this case" is; "will close" stays under its condition.
		`\b(?:closing|closed|close|resolving|resolved|resolve)\s+(?:case|ticket)\s+(?:#\s*|no\.?\s*)?[0-9]{5,}\b|` +
		`\b(?:we|i)\s+(?:have|are|am)\s+(?:now\s+)?(?:closed|closing|resolved|resolving)\s+it\b`)
	// deskWillNot: the desk's negated "will" of acting on the request ("we
	// will not proceed", "we won't be taking any action", "we will not be
	// able to action this"): a decision, not a hypothesis, for its "will".
	// Only verbs of doing what was asked: "we will not charge you" refuses
	// nothing.
	deskWillNot = regexp.MustCompile(`\b(?:we|i)\s+(?:will\s+not|won't)\s+(?:be\s+)?(?:able\s+to\s+)?` +
		`(?:proceed|process|action|act|merg|combin|tak|mak|carry|carrying|go ahead|going ahead|mov|transfer|` +
		`honou?r|fulfil|handl|pursu|complet|start)\w*\b`)
	// endsAction: the desk taking no further action on the case ends it,
	// as closing it does ("we will take no action on this request").
	endsAction = regexp.MustCompile(`\b(?:we|i)\s+(?:will\s+not|won't)\s+(?:be\s+)?(?:taking|take)\s+(?:any\s+)?` +
		`(?:further|more)\s+action\b|\b(?:we|i)\s+(?:will|shall)\s+take\s+no\s+(?:further\s+)?action\b|` +
		`\bno\s+(?:further\s+)?action\s+will\s+be\s+taken\b`)
	// notAccepted: the desk does not take the request in the way it came
	// ("merge requests are not accepted by email", 「メールでは受け付けて
	// おりません」, 承っておりません); not a receipt.
	notAccepted = regexp.MustCompile(`\b(?:not|no longer)\s+(?:be\s+)?accepted\b|` +
		`\b(?:do|does|can|could|will)\s*(?:not|n't)\s+accept\b|\b(?:don't|doesn't|won't)\s+accept\b|` +
		// "we do not process such requests from third parties".
		`\b(?:we|i)\s+(?:do\s+not|don't|cannot|can't|will\s+not|won't)\s+(?:process|handle|action)\s+` +
		`(?:such|these|those|this\s+kind\s+of|merge)\s+requests?\b|` +
		`(?:受け付け|受付|承っ|お受けし|受理し)(?:ておりません|ていません|ておらず|ません)`)
	// withoutMerging: what the case ends without ("closing this case
	// without a merge", "closed without any change to your accounts"):
	// with the case closed, a refusal.
	withoutMerging = regexp.MustCompile(`\bwithout\s+(?:a\s+|the\s+|any\s+)?(?:merge|merging|changes?|action)\b`)
	// noAnswer: the answer the desk waited for never came, or has not yet
	// ("we have not received a reply", "did not hear back", "we have had no
	// response", "we haven't yet received your confirmation", ご返信を
	// いただけなかった): the merge waits for it, no trouble with the merge;
	// with the case closed, a refusal.
	noAnswer = regexp.MustCompile(`\b(?:not|never|haven't|hasn't|didn't|no)\s+(?:yet\s+)?(?:received|receive|got|` +
		`get|gotten|had|heard|hear)\b[^,;]{0,40}?\b(?:reply|replies|response|answer|back|from you|` +
		`your\s+(?:confirmation|consent|approval|authori[sz]ation|agreement|go-ahead))\b|` +
		`\b(?:had|received|got)\s+no\s+(?:reply|response|answer|word)\b|` +
		`(?:ご返信|ご回答|ご連絡|ご返答|お返事|ご同意|ご承認|ご承諾)(?:を|が|は)?(?:まだ)?` +
		`(?:いただけ|頂け|いただか|頂か|ござい|あり|確認でき|確認が取れ)?(?:なかった|ませんでした|ず)|` +
		`(?:ご返信|ご回答|ご連絡|ご返答|お返事|ご同意|ご承認|ご承諾)(?:を|が|は)?(?:まだ)?` +
		`(?:いただいて|頂いて|頂戴して|受け取って|確認できて)(?:おりません|いません)`)
	// notClosing: the closing itself negated ("I won't close this case
	// yet", クローズいたしません); not a negation elsewhere in the clause
	// (統合は行わずにクローズいたします closes).
	notClosing = regexp.MustCompile(`\b(?:won't|will not|not|never|don't|do not|isn't|is not)\s+(?:be\s+)?` +
		`(?:going to\s+)?(?:clos|resolv)\w*|クローズ(?:いたしません|致しません|しません|しない|せず)`)
	// jaCaseEnded: the case ended (本ケースを終了いたしました), as クローズ says.
	jaCaseEnded = regexp.MustCompile(`ケース(?:を|は)?終了(?:いたしました|致しました|しました|いたします|となりました)`)
	// jaTopicEnd: a clause that is the sentence's topic (ご依頼の統合は、…):
	// in Japanese the predicate at the end tells of it.
	jaTopicEnd = regexp.MustCompile(`(?:は|では|には|については|につきましては|に関しては|に関しましては)\s*$`)
	// requestTopic: the request named (今回のご依頼, ご要望, お申し込み).
	requestTopic = regexp.MustCompile(`ご依頼|ご要望|お申し込み|お申込み|ご申請`)
)

// A mishap told in a sentence about the merge, in whichever clause ("we ran
// the merge; an error occurred on the badges", 統合を実施しましたところ、
// エラーが発生しました): trouble with the merge. Not one under a condition
// ("if an error occurs", エラーが発生した場合); an error ruled out ("without
// any errors", エラーなく) is [benign], removed before.
var mishap = regexp.MustCompile(`\b(?:errors?|failure|failed)\b|エラー|失敗|不具合|障害`)

// The move of the certifications is the merge too ("the transfer job
// reported an error").
func (p *Phrases) toldMishap(s string) bool {
	return (p.has(s, p.Merge) || hasAnyWord(s, transferVerbs)) && mishap.MatchString(s) && !p.has(s, p.Conditional)
}

// Certifications told missing after all ("two certifications are missing
// from the new account", 資格が表示されておりません): trouble with the merge,
// whichever sentence says it. Not what none loses ("nothing is lost"), nor
// under a condition ("if any badge is missing, …").
var (
	missingWords = []string{"credential", "certification", "certificate", "cert", "exam history", "exam record",
		"badge", "transcript", "資格", "履歴", "バッジ"}
	missing = regexp.MustCompile(`\b(?:missing|absent|disappeared|lost|not\s+(?:showing|shown|visible|appearing|` +
		`there|listed))\b|\b(?:doesn't|don't|does not|do not|isn't|aren't)\s+(?:show|appear)|` +
		`(?:表示されて|反映されて|移行されて|移されて)(?:いません|おりません)|見当たりません|消えて`)
	noneLost = regexp.MustCompile(`\b(?:no|none|nothing|never|won't|will not)\b`)
)

func (p *Phrases) certsMissing(s string) bool {
	return hasAnyWord(s, missingWords) && missing.MatchString(s) && !noneLost.MatchString(s) &&
		!p.has(s, p.Conditional)
}

// retraction: the desk taking back a mail ("please disregard our previous
// message", "this was sent in error", 誤送信, ご放念ください): what the mail
// or its predecessor reported does not stand. Not under a condition
// ("if you have already replied, please ignore this reminder").
var retraction = regexp.MustCompile(`\b(?:ignore|disregard)\s+(?:this|that|the|our|my)\b|` +
	`\bsent\s+(?:to you\s+)?(?:in error|by mistake|by accident|mistakenly)\b|誤送信|誤って(?:送信|お送り)|ご放念|` +
	// A later correction: "sent this too early", "on the wrong pair of
	// accounts", "…, not yours", "Correction:", こちらは別のお客様宛のご案内でした, ※訂正.
	`\bsent\s+(?:this|it|that)\s+(?:too early|prematurely)\b|\b(?:wrong|incorrect)\s+(?:pair\s+of\s+)?accounts?\b|` +
	`\bnot\s+yours\b|^correction\b|\b(?:this|that|it)\s+was\s+(?:meant\s+|intended\s+)?for\s+(?:another|a different)\s+` +
	`(?:customer|person|candidate|case)\b|(?:こちら|本メール|このメール|上記)は[^。]*(?:別の|他の)お客様(?:宛|向け)|訂正`)

func (p *Phrases) retracts(s string) bool {
	return retraction.MatchString(s) && !p.has(s, p.Conditional)
}

// asThePresentCase drops from s an opening "in such a case" (このような場合、
// この場合は) when prev, the sentence before it, tells a fact in the past
// with no condition of its own (…確認できませんでした): the case is the
// reader's, not a hypothesis, as "In such cases, we are unable to …" is in
// English. After a hypothesis (…できない場合もございます) it stays one.
func (p *Phrases) asThePresentCase(prev, s string) string {
	m := jaSuchCase.FindStringIndex(s)
	if m == nil || p.has(prev, p.Conditional) || isQuestion(prev) || !jaToldInPast.MatchString(prev) {
		return s
	}
	// Only what the desk cannot do is so told: a report after it
	// (この場合、統合が完了しました) stays under its condition.
	if rest := s[:m[0]] + s[m[1]:]; p.has(rest, p.Refusal) && !p.has(rest, p.Completed) {
		return rest
	}
	return s
}

var (
	jaSuchCase = regexp.MustCompile(`(?:^|、)(?:この|このような|こうした|かかる|今回の|本件の)(?:場合|ケース)(?:は|には|、)`)
	// jaToldInPast: a sentence that ends told in the past (…ませんでした。,
	// …一致しませんでした, …判明いたしました).
	jaToldInPast = regexp.MustCompile(`(?:でした|ました)[。.]?\s*$`)
)
