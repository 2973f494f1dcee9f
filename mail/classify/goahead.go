package classify

import "regexp"

// goAheadOnTheMerge writes a bare go-ahead asked in s ("Please confirm that
// you want us to go ahead", "Shall we proceed?", 上記の内容で進めてもよろしい
// でしょうか), one with no object of its own, as a go-ahead with the merge
// when prev, the sentence just before it, names the merge still to come:
// the go-ahead can only be that merge's. Everything else s says is read as
// before (a negation, another who is to answer, a time to come), so only
// the object is filled in. prev as written; s as the reading has made it.
func (p *Phrases) goAheadOnTheMerge(prev, s string) string {
	if p.has(s, p.Merge) || !p.mergeToCome(prev) {
		return s
	}
	if m := bareGoAhead.FindStringSubmatchIndex(s); m != nil {
		return s[:m[2]] + "go ahead with the merge" + s[m[3]:]
	}
	// "We would need your consent for the same": the same as the merge just
	// told, when that is the accounts' merge (not "merge your support cases").
	if m := consentForSame.FindStringSubmatchIndex(s); m != nil && sameIsTheAccounts(normalize(prev)) {
		return s[:m[2]] + "the merge" + s[m[3]:]
	}
	if m := jaBareGoOn.FindStringSubmatchIndex(s); m != nil {
		return s[:m[2]] + "統合を" + s[m[2]:]
	}
	return s
}

// mergeToCome reports a sentence that names the merge as still to come
// ("We plan to merge a@… into b@…", "… cannot start until you agree",
// 統合する予定です, 統合後は元に戻せないため…): not one that tells it done (in
// any words: "…, which we completed last week"), held or under way ("on
// hold while we check your ID": a go-ahead after it may be with the
// check), asks a question or for details, or offers or asks another thing
// (a survey, a refund), which a go-ahead after it may be for.
func (p *Phrases) mergeToCome(prev string) bool {
	prev = p.strip(prev)
	if earlierLabel.MatchString(prev) || reportedAsk.MatchString(prev) { // "Our previous message said: …"
		return false
	}
	return p.has(prev, p.Merge) && (mergeAhead.MatchString(prev) || mergeDirected.MatchString(prev)) &&
		!p.has(prev, p.Completed) && !completionGrammar(prev) && !finishWord.MatchString(prev) &&
		!p.has(prev, p.Pending) && !isQuestion(prev) && !p.asksDetails(prev) &&
		!offersAnother.MatchString(prev) && !p.asksAnotherThing(prev) && !surveyAsked.MatchString(prev)
}

// sameIsTheAccounts reports prev, the merge still to come, as the merge of
// the certification accounts: it names them (an address, an account, a
// profile) and no other thing a desk merges (tickets, cases, bookings) nor
// another system's accounts.
func sameIsTheAccounts(prev string) bool {
	return accountsNamed.MatchString(prev) && !otherMergeables.MatchString(prev) &&
		!otherThingsNamed.MatchString(prev) && !otherSystems.MatchString(prev) && !mergesAnotherThing(prev) &&
		!otherDeed.MatchString(mergedAndGone.ReplaceAllString(prev, " "))
}

// otherDeed: another thing to be done with an account beside the merge ("after
// the merge we can also delete a@…"), which "the same" may be. Not "merged
// and closed" (mergedAndGone): what befalls the merged account is the merge's.
var (
	otherDeed = regexp.MustCompile(`\b(?:delet\w*|remov\w*|renam\w*|transferr?\w*|mov(?:e|ed|ing)|` +
		`(?:un)?link\w*|deactivat\w*|reset\w*|refund\w*|cancel\w*|clos(?:e|ed|ing)|split\w*|separat\w*)\b`)
	mergedAndGone = regexp.MustCompile(`\bmerged\b(?:\s+(?:into|with)\s+\S+)?\s+(?:and|&)\s+(?:then\s+)?` +
		`(?:closed|deactivated|retired|removed|deleted|disabled)\b`)
)

var (
	accountsNamed    = regexp.MustCompile(`\S@\S|\baccounts?\b|\bprofiles?\b`)
	otherThingsNamed = regexp.MustCompile(`\b(?:tickets?|cases?|bookings?|vouchers?|appointments?|orders?|threads?|` +
		`badges?|requests?|records?)\b`)
)

// consentForSame: agreement asked for "the same", what was just told (in
// Indian English above all: "we would need your consent for the same"). The
// reader's own ("your"): the account owner's or an employer's is another's.
var consentForSame = regexp.MustCompile(`\byour\s+(?:consent|approval|confirmation|permission|authori[sz]ation|` +
	`go-ahead)\s+` +
	`(?:for|to|on|of)\s+(the\s+same)\s*[.!]?$`)

var (
	// finishWord: a word of what is finished, whatever it is said of.
	finishWord = regexp.MustCompile(`\b(?:completed|finished|done|processed|carried out|went through|gone through)\b|` +
		`完了|終了|済み|済`)
	// mergeAhead: the merge as an act still to come ("we will merge …",
	// "would be moved by the merge", "we are unable to proceed with the merge
	// until …", "after merging, …", "the merge will keep b@…", 統合する予定です,
	// 統合後は); not accounts
	// that are merged described ("Accounts merged into one cannot …").
	mergeAhead = regexp.MustCompile(`\b(?:will|would|'ll|'d|can|could|going to|plan(?:ning)? to|intend to|` +
		`about to|ready to|need to|to|be)\s+(?:only\s+|now\s+|then\s+)?(?:be\s+)?(?:(?:start|begin|proceed with|` +
		`go ahead with|carry out|process)\s+(?:the\s+|this\s+|your\s+)?)?(?:merg|combin|consolidat|mov|transferr)\w*|` +
		`\b(?:after|once|before|by)\s+(?:the\s+)?(?:merge|merging)\b|\b(?:the|this|your)\s+merge\s+(?:will|would)\b|` +
		`(?:統合|マージ)(?:する|させていただく|いたす|を(?:行う|実施する|進める))(?:予定|前|際)|(?:統合|マージ)(?:後|前)|` +
		`(?:統合|マージ)(?:いたします|致します|します|させていただきます)`)
	// mergeDirected: the merge told with its direction (a@… into b@…, 統合先).
	mergeDirected = regexp.MustCompile(`\S@\S+\s+(?:into|to|->|→)\s+\S+@|統合先|統合元`)
	// bareGoAhead: going ahead or proceeding at the end of the sentence, or
	// "as described", as what is wished, asked leave for or agreed to ("…
	// that you want us to go ahead.", "Shall we proceed as described?", "… if
	// we may proceed"); not "go ahead and close the case", nor "… proceed
	// with it" (it may be what the sentence names: "Your exam is next week -
	// shall we proceed with it?"), nor a time the ask is set against ("… any
	// questions before we proceed").
	bareGoAhead = regexp.MustCompile(`\b(?:(?:want|wish|like)\s+(?:us|me)\s+to|(?:may|can|could|should|shall)\s+` +
		`(?:we|i)|(?:if|whether|that)\s+(?:we|i)\s+(?:may|can|could|should)|` +
		`(?:ok|okay|alright|all right|happy|fine|willing)\s+(?:for\s+(?:us|me)\s+)?to|(?:consent|` +
		`permission|approval|agreement|go-ahead|authori[sz]ation)\s+(?:for\s+(?:us|me)\s+)?to)\s+(?:now\s+)?` +
		`(go ahead|proceed)(?:\s+as\s+(?:described|planned|outlined|proposed|above|set out))?\s*[.!?]*$`)
	// jaBareGoOn: going on with the procedure or the work as told above, or
	// as it is, asked leave for (上記の内容でお手続きを進めてもよろしいでしょうか,
	// このまま進めて問題ないか), opening its sentence or clause: not 受験予約の
	// 変更を進めてよろしいでしょうか, which names what goes on.
	jaBareGoOn = regexp.MustCompile(`(?:^|、)\s*((?:(?:上記|以上|記載|ご案内|この|その)の?(?:内容|とおり|通り)で?、?|` +
		`このまま、?)?` +
		`(?:お?手続き|作業|処理)?(?:を)?進めて(?:も)?(?:よろしい|問題|差し?支え|構いません|かまいません))`)
)
