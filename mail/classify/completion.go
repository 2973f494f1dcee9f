package classify

import (
	"regexp"
	"strings"
)

// The grammar of a completion, beyond the fixed phrases of [completed]. A
// clause that matches here is still checked for a question, negation,
// condition and contrast (readClauses): the grammar only says the clause
// *states* the merge done.
// shownNouns are what the merge moves, as a sentence's subject.
const shownNouns = `\b(?:certifications?|certificates?|certs?|credentials?|exam history|exam records?|badges|` +
	`transcripts?|records)`

// mergedOnes are what a merge is of when named after "of": the accounts
// (with a determiner), their addresses or their candidate IDs ("the merge
// of AWS00112233 into AWS00445566").
const mergedOnes = `(?:your|the|both|` + namedOne + `)(?:\s+[a-z0-9'.@-]+){0,4}`

// namedOne is an account named by its address or candidate ID.
const namedOne = `(?:\S+@\S+|aws[0-9]{6,})`

// oneAccount is the one address or account the certifications show under.
const oneAccount = `(?:\S+@\S+|your\s+(?:work|new|company|primary|remaining|target|corporate|business)\s+` +
	`(?:address|account|profile|email)|(?:one|a single)\s+(?:account|profile))`

var (
	// The merge is the subject of "is/was/has been … complete(d)": "your
	// merge request has been completed", "the merge of your two accounts is
	// done", "the merge you asked for has now been finalised".
	mergeIsDone = regexp.MustCompile(`\b(?:merge|merger|merging|consolidation)` +
		// Whose the request was may follow it ("the merge request for Ana Silva").
		`(?:\s+(?P<noun>request|process|activity|operation|task|work|procedure)(?P<whose>\s+for\s+(?:[a-z'.-]+\s+){0,2}` +
		`[a-z'.-]+)?|` +
		`\s+of\s+` + mergedOnes + `|` +
		// What the reader did about it before names it too: "the merge you
		// authorised", "the merge that you agreed to".
		`\s+(?:that\s+|which\s+)?(?:you|we)\s+(?:requested|asked for|discussed|approved|confirmed|` +
		`authori[sz]ed|agreed to|consented to))?\s+` +
		`(?:is|are|was|were|has been|have been|has now been|have now been|is now|are now|now)\s+` +
		`(?:now\s+|fully\s+|successfully\s+|all\s+)?` +
		`(?P<done>complete|completed|done|finished|processed|actioned|finali[sz]ed|successful|through|` +
		`carried out|executed|performed)\b`)
	// The merge is the object of a verb of doing: "we processed the merge".
	// "We have done the merging of both accounts", as non-native agents write.
	didTheMerge = regexp.MustCompile(`\b(completed|finished|processed|finali[sz]ed|carried out|performed|executed|` +
		`(?:have|has|had)\s+done)\s+` +
		`(the\s+|your\s+)?(account\s+|accounts\s+)?(merge|merger|merging|consolidation)\b`)
	// The request to merge is the object of "completed/fulfilled": "we have
	// completed your request to merge the accounts" (the clause must name
	// the merge; "processed your request" may only have been handled).
	completedTheRequest = regexp.MustCompile(
		`\b(?:completed|fulfilled|finished)\s+(?:your|the)\s+(?:merge\s+|merger\s+)?request\b`)
	// The request to merge as the subject of "fulfilled": "your request to
	// merge the accounts has been fulfilled".
	requestFulfilled = regexp.MustCompile(`\b(?:your|the)\s+request\s+to\s+(?:merge|combine|consolidate)\b` +
		`[^,;]{0,60}?\s+(?:has been|have been|was|is now)\s+(?:now\s+)?(?:fulfilled|completed)\b`)
	// The accounts are the object of "merged/combined": "we have combined
	// your two accounts", or, with the subject left out after "and" (the
	// clause then starts with the verb, as in a list item), "…gone ahead and
	// merged both profiles", "2. Merged a@… into b@…".
	mergedTheAccounts = regexp.MustCompile(
		`(?:^(?:[0-9]{1,2}[.)]\s*|[-*•]\s*)?|` +
			`\b(?:we|i|have|has|had)\s+(?:now\s+|successfully\s+|already\s+|just\s+)?)` +
			`(?:merged|combined|consolidated)\s+(?:(?:your|the|both|all|these|those)\s+` +
			`(?:of\s+your\s+)?(?:(?:two|2|duplicate)\s+)?` +
			`(?:certification\s+|aws\s+)?(?:accounts|profiles|records)\b|them\s+(?:into|under)\s+\S+@|` +
			// The accounts named by their addresses: "merged a@… into b@…".
			`\S+@\S+\s+(?:into|with|under)\s+\S+@)`)
	// Past ability is the deed: "we were able to merge your accounts", "I
	// managed to combine both profiles" ("we were not able to" is negated,
	// "we will be able to" a future, both read elsewhere).
	ableToMerge = regexp.MustCompile(`\b(?:we|i)\s+(?:were|was|have been|had been)\s+(?:successfully\s+|finally\s+)?` +
		`able\s+to\s+(?:merge|combine|consolidate)\s+(?:your|the|both|all|these|those)\b|` +
		`\b(?:we|i)\s+managed\s+to\s+(?:merge|combine|consolidate)\s+(?:your|the|both|all|these|those)\b`)
	// The desk has finished the act of merging the accounts: "I just finished
	// combining your two profiles", "we have completed merging your accounts".
	finishedMerging = regexp.MustCompile(`\b(?:we|i)\s+(?:have\s+)?(?:just\s+|now\s+|already\s+)?` +
		`(?:finished|completed)\s+(?:merging|combining|consolidating)\s+(?:your|the|both|these|those)\s+` +
		`(?:of\s+your\s+)?(?:two\s+|2\s+)?(?:certification\s+|aws\s+)?(?:accounts|profiles|records)\b`)
	// In Japanese, 統合 … 完了 in a past or stative form, with a word of
	// time or manner between (統合処理は、本日完了しております: read on the
	// sentence with its 、 removed, see jaSentenceDone), the merge as the
	// topic (統合につきまして、処理が完了したことをご連絡いたします), the work
	// named after a verb (統合する処理が完了) or as 対応 (統合の件、本日対応を完了),
	// 実施 in the past (統合作業を実施いたしました), and 済み as the predicate.
	jaMergeDone = regexp.MustCompile(`(統合|マージ|一本化|名寄せ)(する|を行う|させていただく)?(の件|のご依頼|のお申し込み)?` +
		`(につきまして|について|に関しまして)?(の)?` +
		`(本日付けで|本日付で|本日|先ほど|さきほど|昨日|すでに|既に)?(処理|作業|手続き|お手続き|対応)?(は|が|を)?` +
		// 統合処理を実行し、完了しました, 統合する作業を行い、完了しました: a verb of
		// doing chained to the end.
		`((?:実施|実行)し(?:て)?|行い|行って)?` +
		`(本日付けで|本日付で|本日|先ほど|さきほど|昨日|すでに|既に)?(すべて|全て|無事に|無事|正常に|問題なく)?` +
		`(?:(完了|終了)(しました|いたしました|致しました|となりました|しております|済み|済|させていただきました|` +
		// …完了した旨ご連絡いたします, …完了したことを確認いたしました, and
		// 完了です alone at the end (not 来週完了です: no time word of later fits).
		// The present forms only as the sentence's end: …お知らせいたしますので、
		// お待ちください is a notice still to come. The mail naming itself that
		// notice too: …完了したことをお知らせするものです, …ご報告します, …ご連絡
		// させていただきます (not 確認します: a check to come).
		`(?:した|いたしました)(?:ことを|旨)、?(?:(?:ご連絡|ご報告|お知らせ|確認)(?:いたしました|しました)|` +
		`(?:(?:ご連絡|ご報告|お知らせ|確認)(?:いたします|致します|申し上げます)|(?:ご連絡|ご報告|お知らせ)` +
		`(?:する(?:もの)?(?:です|でございます)|します|させていただきます))(?:[。!]|$))|(?:です|でございます)(?:[。!]|$))|` +
		// 実施 (carried out) only in the past: 実施しております is "we are doing it";
		// likewise 行いました, 終えました; 反映されました (the merge took effect).
		`(実施|実行)(しました|いたしました|致しました|させていただきました)|` +
		`(行いました|行わせていただきました|終えました)|反映(されました|されております|されています|されておりました|されていました|済みです)|` +
		// 済む (be finished): 統合が済みました, 統合済みです, a list item's
		// 両アカウント分を統合済み (not 統合済みのアカウント).
		`(済みました|済んでおります|済んでいます)|済み?(?:です|でございます|となりました|となっております)?(?:。|$))|` +
		// The notice named as what the sentence is: 統合完了のお知らせです.
		`(統合|マージ)完了の(?:ご連絡|ご報告|お知らせ)(?:です|でございます)?(?:。|$)`)
	// In Japanese, the two accounts become one (2つのアカウントは1つになりました,
	// 両アカウントはひとつにまとまっております).
	jaNowOne = regexp.MustCompile(`(?:2つ|二つ|ふたつ|２つ|両方|両)の?アカウント(?:は|が)(?:1つ|一つ|ひとつ|１つ)` +
		`(?:になりました|になっております|になっています|にまとまりました|にまとまっております)|` +
		// …を一つのアカウントにまとめました: the desk made them one.
		`(?:1つ|一つ|ひとつ|１つ|単一)の?アカウントに(?:まとめ|集約し)(?:ました|いたしました|させていただきました)`)
	// The two accounts said to be one now ("the two profiles are now
	// one"), a completion without a word for merging; "one" ends its clause
	// (not "… now one of our priorities").
	nowOne = regexp.MustCompile(`\b(?:two|both|the|your)\s+(?:(?:two|2)\s+)?(?:(?:aws\s+)?certification\s+|aws\s+)?` +
		`(?:accounts|profiles)\s+` +
		`(?:are|have)\s+(?:now\s+)?(?:been\s+|become\s+)?` +
		`(?:one(?:\s+(?:account|profile))?|a single (?:account|profile)|combined into one)(?:\s+now)?(?:\s+(?:under|on|in|with)\s+\S+)?(?:\s*[(（][^)）]*[)）])?\s*[.!]*$`)
	// A headline-style report with the verb alone, the whole sentence:
	// "accounts merged into a@…", "both profiles now merged" (not
	// "accounts merged by mistake are …").
	// Also as a case tool's resolution names them ("Duplicate candidate
	// accounts merged into primary account (b@…)").
	mergedHeadline = regexp.MustCompile(`^(?:the\s+|your\s+|both\s+)?(?:two\s+|2\s+)?(?:duplicate\s+)?` +
		`(?:certification\s+|aws\s+|candidate\s+)?(?:accounts?|profiles?)\s+(?:now\s+|successfully\s+)?` +
		`(?:merged|combined|consolidated)(?:\s+(?:into|to|under)\s+(?:(?:the|your)\s+)?(?:primary|main|retained|` +
		`kept|surviving|target)\s+account(?:\s*\(\s*[^()\s]+@[^()\s]+\s*\))?|\s+(?:into|to|under)\s+\S+?)?` +
		asAsked + `\.?$|` +
		// The merge named with its end alone: "Merge complete.", "Merge done - …",
		// "Merge completed successfully.".
		`^(?:the\s+|your\s+)?(?:account\s+)?(?:merge|merger|consolidation)\s+(?:now\s+)?` +
		`(?:complete|completed|done|finished|successful)(?:\s+successfully)?\.?$`)
	// The merge's result: the certifications now shown under the one
	// account ("your certifications from a@… now appear under b@…", "your
	// exam history now shows under your work address"). Only with "now",
	// and under one address or account, not "both".
	shownUnderOne = regexp.MustCompile(shownNouns + `(?:\s+(?:from|of|on)\s+(\S+))?\s+` +
		`(?:now\s+(?:appears?|shows?|show up|shows up|are listed|is listed|are visible|is visible)|` +
		`(?:are|is)\s+now\s+(?:listed|visible|showing|shown))\s+(?:under|in|on)\s+` + oneAccount)
	// The certifications from one address now on another ("your
	// certifications from a@… are now on b@…"): the move told from where
	// to where; without the "from", "are now on a@…" may tell where they
	// are before a merge.
	movedOnto = regexp.MustCompile(shownNouns + `\s+from\s+(\S+@\S+)\s+(?:are|is)\s+now\s+(?:under|in|on)\s+` +
		oneAccount)
	// The merge, with a determiner, as the subject of an intransitive
	// "completed" ("the merge completed this morning", "the merge actually
	// went through").
	mergeCompleted = regexp.MustCompile(`\b(?:the|your|this)\s+(?:account\s+)?(?:merge|merger|consolidation)` +
		`(?:\s+of\s+(?:` + namedOne + `(?:\s+(?:into|and|with|to)\s+` + namedOne + `)?|` +
		`your\s+(?:two\s+|2\s+)?(?:accounts|profiles)))?\s+` +
		`(?:has\s+)?(?:now\s+|actually\s+|already\s+|finally\s+|successfully\s+|indeed\s+)?` +
		`(?:completed|finished|succeeded|went through|gone through|went ahead|gone ahead)\b`)
	// throughCheck: what the merge "went through" when that is a check it
	// passed ("the merge went through our checks / security review"), not
	// the merge done.
	// Or where it went on to ("went through to the next stage / to our
	// engineering team / to review"); not "to completion".
	throughCheck = regexp.MustCompile(`^\s+(?:to\s+)?(?:our|the|a|an|your|its|all|some|each|every|security|review|` +
		`verification|validation|checks?|approval|screening|qa|audit|processing|compliance|step|stage)\b`)
	// timeAgo: how long ago something was ("a few minutes ago", "an hour
	// ago", "a little while back"), whose article opens no check.
	timeAgo = regexp.MustCompile(`^\s+(?:a|an)\s+(?:few\s+|couple\s+of\s+|little\s+|good\s+)?(?:seconds?|` +
		`minutes?|hours?|days?|moments?|while)\s+(?:ago|back)\b`)
	// checkWhether: "please check that the merge completed" asks whether
	// it did.
	checkWhether = regexp.MustCompile(`\b(?:check|verify|confirm|see|make sure|tell us|let us know)\s+(?:that\s+)?$`)
	// ofTheMerge: "the review of your merge request is complete" is about
	// the review, not the merge.
	ofTheMerge = regexp.MustCompile(`\b(of|for|on|about|regarding)\s+(your\s+|the\s+|this\s+)?$`)
)

func completionGrammar(clause string) bool {
	if m := mergeIsDone.FindStringSubmatchIndex(clause); m != nil {
		// A merge *request* that was "processed" or "actioned" may only
		// have been handled; processed *successfully*, it went through.
		d, n := 2*mergeIsDone.SubexpIndex("done"), 2*mergeIsDone.SubexpIndex("noun")
		word, noun := clause[m[d]:m[d+1]], ""
		if m[n] >= 0 {
			noun = clause[m[n]:m[n+1]]
		}
		done := word != "processed" && word != "actioned" || noun != "request" ||
			strings.HasSuffix(clause[:m[d]], "successfully ") || strings.HasPrefix(clause[m[1]:], " successfully")
		// Whose the request is, not when it is for ("the merge request for next week").
		if w := 2 * mergeIsDone.SubexpIndex("whose"); m[w] >= 0 && timeNamed.MatchString(clause[m[w]:m[w+1]]) {
			done = false
		}
		if !ofTheMerge.MatchString(clause[:m[0]]) && done && !describesWhoMerges(clause[m[0]:m[1]], clause[m[1]:]) {
			return true
		}
	}
	if m := mergeCompleted.FindStringIndex(clause); m != nil && !checkWhether.MatchString(clause[:m[0]]) &&
		!ofTheMerge.MatchString(clause[:m[0]]) && !onlyPart.MatchString(clause[m[1]:]) &&
		!(strings.HasSuffix(clause[:m[1]], "through") && throughACheck(clause[m[1]:])) {
		// Not "the first step of the merge completed", nor "the merge
		// completed only for the Associate certifications".
		return true
	}
	if m := didTheMerge.FindStringIndex(clause); m != nil && !mergeAsModifier.MatchString(clause[m[1]:]) {
		return true
	}
	if m := completedTheRequest.FindStringIndex(clause); m != nil && !requestAsModifier.MatchString(clause[m[1]:]) {
		return true // not "we have completed the merge request form / review"
	}
	return ableToMerge.MatchString(clause) || finishedMerging.MatchString(clause) ||
		requestFulfilled.MatchString(clause) || mergedTheAccounts.MatchString(clause) || jaMergeDone.MatchString(clause)
}

// describesWhoMerges reports a bare present passive that tells how merges
// are done, not that this one was: "the merge is performed by our back-end
// team", "merges are carried out overnight". matched is the [mergeIsDone]
// match, after the clause after it. "Your merge is complete" and "… has
// been performed" still report.
// timeNamed: a time or a slot ("for next week", "for tomorrow's slot", "for
// the 12th"), not whose the request is.
var timeNamed = regexp.MustCompile(`\b(?:next|tomorrow|today|tonight|yesterday|week|month|weekend|morning|` +
	`afternoon|evening|slot|date|time|window|batch|monday|tuesday|wednesday|thursday|friday|saturday|sunday|` +
	`january|february|march|april|may|june|july|august|september|october|november|december)\b|[0-9]`)

// throughACheck reports what follows "went through" as a check the merge
// passed ("… our security review"), not how long ago it went through.
func throughACheck(after string) bool {
	return throughCheck.MatchString(after) && !timeAgo.MatchString(after)
}

func describesWhoMerges(matched, after string) bool {
	bare := presentPassive.MatchString(matched)
	return bare && (processVerb.MatchString(matched) || byAgent.MatchString(after))
}

var (
	presentPassive = regexp.MustCompile(`\s(?:is|are)\s+(?:fully\s+|successfully\s+|all\s+)?[a-z ]+$`)
	processVerb    = regexp.MustCompile(`\b(?:performed|carried out|executed)$`)
	byAgent        = regexp.MustCompile(`^\s+by\s+(?:our|the|a|an|another|their|its|one of)\b`)
)

// A time still to come that opens a sentence ("once you reply, …", "when
// you confirm, …", "after you agree, …") makes a report after it in the
// present a promise: "once you reply, the merge is complete" tells of no
// merge done. A time told in the past ("when we tried, …", "after you
// confirmed on Monday, …"), or a report in the past after it ("after
// reviewing your request, we merged the accounts"), tells what happened.
var (
	enTimeOpener = regexp.MustCompile(`^\s*(?:once|when|whenever|after|as soon as|until|before)\b` +
		`(?:\s+(?:again|more|all)\b)?`)
	toldInPast = regexp.MustCompile(`\b(?:was|were|did|had|yesterday|ago|last)\b|` +
		`\b(?:you|we|i|they|it|he|she)\s+[a-z]+ed\b`)
)

func opensTimeToCome(clause string) bool {
	m := enTimeOpener.FindStringSubmatch(clause)
	// "Once again, …" and "once more, …" alone are adverbs; "once more
	// information arrives", "once all the checks are done" are a time.
	adverb := m != nil && (strings.HasSuffix(m[0], "again") ||
		strings.HasSuffix(m[0], "more") && strings.Trim(clause[len(m[0]):], " .!") == "")
	return m != nil && !adverb && !toldInPast.MatchString(clause) && !statesPast.MatchString(clause)
}

// showsUnderOne: a sentence that says the certifications now show under
// one account ([shownUnderOne]), with no negation or condition, and no
// other account beside it: "… now appear under a@… and b@…", "under both",
// "still", "currently" describe two accounts as they are.
// The old account told closed or gone beside it ("…, and a@… has been
// closed", "a@… no longer exists") is the merge's end, not another account
// that shows them, and its "no" no negation; nor is one named as where they
// were earned ("including the ones earned with a@…").
func (p *Phrases) showsUnderOne(s string) bool {
	s = oldAccountGone.ReplaceAllString(s, " ")
	m := shownUnderOne.FindStringSubmatchIndex(s)
	if m == nil {
		m = movedOnto.FindStringSubmatchIndex(s)
	}
	if m == nil && (holdsAll.MatchString(s) || onlyAccountNow.MatchString(s) || everythingOn.MatchString(s)) {
		m = []int{0, 0, -1, -1} // no account named as where they came from
	}
	if m == nil || p.has(s, p.Negation) || p.has(s, p.Conditional) || hasAnyWord(s, twoAccounts) {
		return false
	}
	addresses := strings.Count(s, "@") - len(earnedWith.FindAllString(s, -1))
	if m[2] >= 0 && strings.Contains(s[m[2]:m[3]], "@") {
		addresses-- // the account the certifications came from
	}
	return addresses <= 1
}

var (
	oldAccountGone = regexp.MustCompile(`\S+@\S+\s+(?:has been|has now been|was|is|is now)\s+` +
		`(?:closed|deactivated|retired|removed|deleted)\b|\S+@\S+\s+no longer exists\b`)
	earnedWith = regexp.MustCompile(`\b(?:earned|held|obtained|gained|passed)\s+(?:with|on|under|in|using)\s+\S+@`)
	// everythingOn: all the old account held said to be on the one account
	// now ("everything it held lives on b@… now").
	everythingOn = regexp.MustCompile(`\beverything\b(?:\s+(?:it|that|which|you)\s+(?:held|had))?` +
		`(?:\s*\([^()]*\))?\s+(?:now\s+(?:lives|is|sits)\s+(?:on|under|in)\s+` + oneAccount + `|` +
		`(?:lives|is|sits)\s+(?:on|under|in)\s+` + oneAccount + `\s+now\b)`)
)

// onlyAccountNow: the one account said to be the reader's only one now
// ("b@… is now your single account").
var onlyAccountNow = regexp.MustCompile(`\S+@\S+\s+is\s+now\s+your\s+(?:only|single|one)\s+` +
	`(?:remaining\s+)?(?:certification\s+|aws\s+)?(?:account|profile)\b`)

// holdsAll: the one account said to hold all of what the merge moves now
// ("b@… now has all of your certifications", "… now holds all 4 certs"); not
// some of them ("now has two of your certifications").
var holdsAll = regexp.MustCompile(oneAccount + `\s+now\s+(?:has|holds|contains|shows|lists|includes)\s+all\s+` +
	`(?:of\s+)?(?:your\s+|the\s+)?(?:\d+\s+|two\s+|three\s+|four\s+|five\s+)?(?:of\s+your\s+)?` +
	strings.TrimPrefix(shownNouns, `\b`))

// twoAccounts are words that speak of more than one account as it is.
var twoAccounts = []string{"both", "each", "two", "separate", "still", "currently", "right now", "either", "両方"}

// statesCompleted reports a [completed] phrase in clause. A Japanese one
// that ends in the bare noun 完了/終了 (統合処理が完了) counts only when a
// past or stative ending follows it, or nothing: 統合処理が完了するまで
// ("until the merge completes"), 完了します, 完了次第 tell of later.
func (p *Phrases) statesCompleted(clause string) bool {
	for _, ph := range p.Completed {
		if !strings.HasSuffix(ph, "完了") && !strings.HasSuffix(ph, "終了") {
			if reportsMerged(clause, ph) {
				return true
			}
			continue
		}
		for rest := clause; ; {
			i := strings.Index(rest, ph)
			if i < 0 {
				break
			}
			rest = rest[i+len(ph):]
			if after := strings.TrimLeft(rest, " "); after == "" || strings.HasPrefix(after, "。") ||
				hasPrefixAny(after, doneEndings) {
				return true
			}
		}
	}
	return false
}

// reportsMerged reports an English [completed] phrase in clause used to
// report, not to describe a kind of account: not as the verb of a relative
// clause ("accounts that are merged cannot be unmerged"), and a bare
// present "are/is merged" only with a subject that names these accounts
// ("your accounts are merged") or alone ("All set - accounts are merged"),
// not with a practice after it ("accounts are merged in the order
// received").
func reportsMerged(clause, ph string) bool {
	for from := 0; from < len(clause); {
		i := find(clause[from:], ph)
		if i < 0 {
			return false
		}
		before := strings.Fields(clause[:from+i])
		head := clause[:from+i]
		from += i + len(ph)
		if n := len(before); n > 0 && relativeWords[before[n-1]] || notTheMerge(ph, head, clause[from:]) ||
			strings.HasSuffix(ph, "through") && throughACheck(clause[from:]) {
			continue // not "the merge went through our checks"
		}
		after := strings.Trim(clause[from:], " .!")
		if (ph == "are merged" || ph == "is merged") && !namesTheseAccounts(before) && after != "" && after != "now" {
			continue // "accounts are merged in the order received"; not "All set - accounts are merged."
		}
		if (ph == "are merged" || ph == "is merged") && howMergesGo.MatchString(after) {
			continue // "your accounts are merged within 5 days of your confirmation": how it goes, not done
		}
		return true
	}
	return false
}

// howMergesGo is what after a bare present "are/is merged" tells how a
// merge goes rather than that it went: a time still to take ("within 5
// days", "in 3 to 5 business days"), who does it ("by our team"), or what
// it waits for ("after you confirm", "upon confirmation").
var howMergesGo = regexp.MustCompile(`\b(?:within|after|upon|once|when|as soon as|following|by our|by the|` +
	`in (?:\d+|a|an|one|two|three|a few|a couple of|several)(?: to \d+)? (?:business |working )?` +
	`(?:days?|hours?|weeks?|minutes?))\b`)

// notTheMerge reports a phrase whose "merge" is not the merge itself: the
// object of a preposition before it ("the review of the merge is
// complete", "verification for the merge is complete"), or a word that
// names a noun after it ("processed the merge request form"). before and
// after are the clause around the phrase.
func notTheMerge(ph, before, after string) bool {
	return strings.HasPrefix(ph, "merge") && ofTheMerge.MatchString(before) ||
		strings.HasSuffix(ph, "merge") && mergeAsModifier.MatchString(after)
}

// mergeAsModifier is a noun after "merge" that it only names: the merge
// request, form or ticket was handled, not the merge done.
var requestAsModifier = regexp.MustCompile(`^\s+(?:form|review|check|paperwork|application|questionnaire|` +
	`submission|verification|ticket)s?\b`)

var mergeAsModifier = regexp.MustCompile(`^\s+(?:request|form|application|ticket|paperwork|questionnaire|case|` +
	`planning|plan|preparation|review|check|assessment|analysis|setup|set-up|verification|eligibility|` +
	`prerequisite|requirement|step)s?\b`)

var relativeWords = map[string]bool{"that": true, "which": true, "who": true, "when": true, "once": true, "if": true}

// namesTheseAccounts reports a determiner or pronoun among the last words
// before the verb: the subject is these accounts, not accounts in general.
func namesTheseAccounts(before []string) bool {
	for k := len(before) - 1; k >= 0 && k >= len(before)-4; k-- {
		switch before[k] {
		case "your", "the", "both", "these", "those", "my", "our", "his", "her", "their", "they", "it", "all", "two":
			return true
		}
		if strings.Contains(before[k], "@") {
			return true // an account named by its address: "a@example.com is merged into b@example.com"
		}
	}
	return false
}

// doneEndings are the past and stative endings after 完了/終了.
var doneEndings = []string{"しました", "いたしました", "致しました", "しております", "しています", "いたしております",
	"済み", "済", "となりました", "となっております", "でございます", "です", "した"}

func hasPrefixAny(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// sentenceDone: a whole sentence that reports the merge done in a form
// that needs the whole sentence to be sure: headline-style ("Accounts
// merged into b@…", not "Requested change: accounts merged into b@…"),
// also as the first of a list of headlines after "Done -" ("Done -
// accounts merged, old login closed"), or the accounts now one with no condition anywhere in the
// sentence ("once merged, the two accounts are one" only explains) and
// nothing after it but where they are ("…, under b@…").
func (p *Phrases) sentenceDone(s string) bool {
	if p.has(s, p.Negation) || p.has(s, p.Conditional) || isQuestion(s) {
		return false
	}
	s = strings.TrimSpace(s)
	if m := intoOne.FindStringSubmatch(s); m != nil && hasAnyWord(m[1], certNouns) {
		return true
	}
	opened := doneOpener.MatchString(s)
	s = doneOpener.ReplaceAllString(s, "")
	cs := clauses(s)
	first := strings.TrimSpace(cs[0])
	if mergedHeadline.MatchString(s) || (opened || mergeNamedDone(first)) && mergedHeadline.MatchString(first) ||
		opened && bareMerged.MatchString(first) && strings.Contains(first, "@") {
		return true
	}
	// "We're pleased to let you know that your request has been fulfilled:
	// your two accounts are now one": the news announced, then told.
	if len(cs) > 1 && announcer.MatchString(first) {
		cs = cs[1:]
	}
	if !nowOne.MatchString(cs[0]) {
		return false
	}
	for _, c := range cs[1:] {
		if !placeAdjunct.MatchString(strings.TrimSpace(c)) {
			return false
		}
	}
	return true
}

// bareVerbDone reports the verb alone beside a word that all is done
// ("Done - merged.", "Merged - all set.", "All set - merged as requested"),
// naming nothing merged: it reports the merge only in a mail that names no
// other thing a desk merges ([otherMergeables]), which the caller weighs.
func (p *Phrases) bareVerbDone(s string) bool {
	if p.has(s, p.Negation) || p.has(s, p.Conditional) || isQuestion(s) {
		return false
	}
	s = strings.TrimSpace(s)
	opened := doneOpener.MatchString(s)
	cs := clauses(doneOpener.ReplaceAllString(s, ""))
	first := strings.TrimSpace(cs[0])
	closed := len(cs) == 2 && doneCloser.MatchString(strings.TrimSpace(cs[1]))
	return (opened && len(cs) == 1 || closed) && bareMerged.MatchString(first) && !strings.Contains(first, "@")
}

// otherMergeables names other things a desk merges ("two duplicate
// tickets", "your support cases", 重複したお問い合わせ): after them a bare
// "Merged." may be theirs.
var otherMergeables = regexp.MustCompile(`\b(?:duplicate|two|both|these|those|your|the|multiple|several|all)\s+` +
	`(?:[a-z]+\s+)?(?:tickets|cases|requests|bookings|appointments|orders|vouchers|threads|conversations|emails)\b|` +
	`\bduplicate\s+(?:ticket|case|request|thread)\b|` +
	// "The other ticket stays open": tickets the desk may have merged.
	`\b(?:other|another|second|older|original)\s+(?:ticket|request|thread)\b|(?:チケット|ケース|お問い合わせ|ご予約|予約)[^。]{0,6}(?:2件|二件|複数|重複)|` +
	`重複(?:した|する)?(?:チケット|ケース|お問い合わせ)`)

// statusItem is a line of a terse status list that names a move of what
// the merge moves and, after a colon, its status: "- Certifications
// transferred to b@…: SAA-C03, DVA-C02", "- Exam history transferred: yes",
// or no status at all.
var statusItem = regexp.MustCompile(`^(?:[-*•・]\s*)?(?:all\s+)?(?:your\s+|the\s+)?` +
	`(?:certifications?|certificates?|credentials?|exam history|exam records?|transcripts?|records)\s+` +
	`(?:now\s+|successfully\s+)?(?:transferred|moved|migrated|carried over)(?:\s+(?:to|into|under)\s+[^\s:]+)?` +
	`(?:\s*:\s*(.*?))?\.?$`)

// mergeStatusItem is a status line of the merge itself in such a list:
// "- Accounts merged: not yet", "- Merge status: pending", 統合：未完了.
var mergeStatusItem = regexp.MustCompile(`^(?:[-*•・]\s*)(?:(?:your\s+|the\s+)?(?:accounts?|profiles?)\s+` +
	`(?:merged|combined|consolidated)|(?:the\s+)?merge(?:\s+(?:status|completed|complete|done))?|` +
	`(?:アカウント)?統合(?:状況|ステータス)?)\s*:\s*(.*?)\s*[.。]?$`)

// jaStatusItem is the Japanese status line: ・認定資格の移行：完了.
var jaStatusItem = regexp.MustCompile(`^(?:[-*•・]\s*)?(?:認定資格|資格|受験履歴|履歴|認定履歴)(?:の)?` +
	`(?:移行|移管|引き継ぎ|引継ぎ|付け替え)\s*:\s*(.*?)\s*。?$`)

// doneStatus is a status that tells the move done: yes, done, complete, how
// many were moved ("3", "4 exam appointments"), or the list of what was moved
// (exam codes such as SAA-C03, or the certifications' names).
var doneStatus = regexp.MustCompile(`^(?:yes|done|ok|complete|completed|successful|` +
	`[1-9]\d?(?:\s+(?:past\s+)?(?:exam\s+)?(?:appointments?|records?|exams?|certifications?|entries|attempts|` +
	`results?|sessions?))?|完了|完了済み|済み|済|` +
	`(?:[a-z]{2,4}-[a-z]\d{2}(?:\s*,\s*|\s+and\s+|$))+|(?:aws\s+)?certified\s.*)$`)

// statusOfMove reports a [statusItem] (told) and whether its status says
// the move done; any other status ("pending", "no", "not yet", "2 of 3",
// "awaiting approval") does not.
func (p *Phrases) statusOfMove(s string) (done, told bool) {
	m := statusItem.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		m = jaStatusItem.FindStringSubmatch(strings.TrimSpace(s))
	}
	if m == nil {
		m = mergeStatusItem.FindStringSubmatch(strings.TrimSpace(s))
	}
	if m == nil {
		return false, false
	}
	status := strings.TrimSpace(m[1])
	if p.has(status, p.Negation) || p.has(status, p.Pending) || partMarkers.MatchString(status) ||
		mishap.MatchString(status) {
		return false, true
	}
	return status == "" || doneStatus.MatchString(status), true
}

// statusNotDone reports a line of a status list, of any item, whose status
// says it is not done yet ("- Badges transferred: pending", "- Exam
// history: not yet moved", ・旧アカウントの削除：未了, ・バッジの再発行：12月10日
// 予定): a merge with an item still open is not reported done. Not a note
// ("Note: this cannot be undone").
func (p *Phrases) statusNotDone(s string) bool {
	m := statusLine.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil || noteLabel.MatchString(m[1]) || len(strings.Fields(m[2])) > 6 {
		return false
	}
	status := strings.TrimSpace(m[2])
	// A status under a condition or a time to come ("once you confirm",
	// ご同意いただき次第実施) is not done either.
	later := p.has(status, p.Conditional) || enTimeOpener.MatchString(status) || strings.Contains(status, "次第")
	return notDoneStatus.MatchString(status) || later || p.has(status, p.Pending) && !p.has(status, p.Negation)
}

var (
	statusLine = regexp.MustCompile(`^(?:[-*•・]\s*|[0-9]{1,2}[.)]\s*)?([^:]{2,60}?)\s*:\s*(.+?)\s*[.。]?$`)
	noteLabel  = regexp.MustCompile(`(?i)^(?:please\s+)?(?:note|nb|n\.b|ps|p\.s|important|reminder|tip|hint)$|^※|注意|備考`)
	// notDoneStatus is a status that tells the item still open.
	notDoneStatus = regexp.MustCompile(`^(?:not\s+yet\b.*|not\s+(?:started|done|completed?|moved|transferred|` +
		`migrated|closed|merged|issued|reissued)|pending\b.*|awaiting\b.*|waiting\b.*|scheduled\b.*|queued|tbd|` +
		`to be done|to do|todo|open|on hold|in progress|未了|未完了|未対応|未実施|未処理|対応中|確認中|処理中|` +
		`保留中?|[^。]{0,12}予定(?:です)?)$`)
)

// intoOne: what the merge moves, combined into one account ("we have
// combined your certifications and exam history into one profile"), read
// on the whole sentence, as its "and" would cut the clause.
var intoOne = regexp.MustCompile(`\b(?:we|i)\s+(?:have\s+|had\s+)?(?:now\s+|successfully\s+|also\s+)?` +
	`(?:merged|combined|consolidated)\s+((?:all\s+(?:of\s+)?)?(?:your|the)\s+[^.;:]{0,80}?)\s+` +
	`into\s+(?:one|a single)\s+(?:account|profile)\b`)

// mergeNamedDone: the merge named with its end ("merge done"), which
// heads a sentence as "Done -" does ("Merge done - sign in with b@…").
func mergeNamedDone(clause string) bool {
	return strings.HasPrefix(clause, "merge") || strings.HasPrefix(clause, "the merge") ||
		strings.HasPrefix(clause, "your merge")
}

// placeAdjunct is a clause that only says where something is ("under
// b@…", "kept under your work address").
var placeAdjunct = regexp.MustCompile(`^(?:(?:now|all|kept|held|listed|registered)\s+)?(?:under|on|in|at|with)\s+` +
	`[^,;]*$`)

// doneOpener is a "Done - " before the report ("Done - the two profiles
// are now one"), or a label of the outcome ("Resolution: accounts
// consolidated", "Good news: …"); not one of what was asked or is expected
// ("Requested resolution: …": the label must open the sentence).
var doneOpener = regexp.MustCompile(`^(?:(?:all\s+)?done|resolution|outcome|result|good news|great news|` +
	`(?:you(?:'re|\s+are)\s+)?all\s+set)\s*(?:-|–|—|,|:)\s*`)

// doneCloser is the word that all is done after the bare verb ("Merged -
// all set.", "Merged - you're good to go.").
var doneCloser = regexp.MustCompile(`^(?:(?:you(?:'re|\s+are)\s+)?(?:all\s+set|all\s+done|good to go)|` +
	`(?:all\s+)?done|complete)\s*[.!]*$`)

// announcer is a clause that only announces the news that follows it ("We're
// pleased to let you know that your request has been fulfilled", "Good
// news").
var announcer = regexp.MustCompile(`^(?:good news|great news|(?:(?:we|i)(?:'re|'m|\s+are|\s+am)\s+` +
	`(?:happy|pleased|glad|delighted)\s+to\s+(?:let you know|inform you|tell you|report)(?:\s+that)?\s*)?` +
	`(?:your\s+request\s+(?:has\s+been|was|is\s+now)\s+(?:fulfilled|completed|done)))\s*[.!]?$`)

// bareMerged is the verb alone after a [doneOpener] ("Done - merged.",
// "Resolution: merged into b@…").
var bareMerged = regexp.MustCompile(`^(?:all\s+|now\s+|successfully\s+)?(?:merged|combined|consolidated)` +
	`(?:\s+(?:into|to|under)\s+\S+?)?` + asAsked + `\.?$`)

// asAsked is the request a headline's deed answers ("accounts merged as
// requested", "Done - merged as you asked").
// Or the reader's word it was done on ("per customer's written confirmation").
const asAsked = `(?:\s+as\s+(?:you\s+)?(?:requested|asked|agreed|discussed|confirmed)|\s+per\s+(?:the\s+)?` +
	`(?:customer's|candidate's|your)\s+(?:written\s+)?(?:confirmation|request|consent|approval))?`

// Moving the certifications from one account to the other is the merge,
// even in a mail that never says "merge": "we have moved the credentials
// to b@…", 認定資格と受験履歴を…へ移行いたしました.
var (
	transferNouns = []string{"credential", "certification", "certificate", "exam history", "exam record", "record",
		"badge", "transcript", "everything", "資格", "履歴", "バッジ", "アカウント"}
	transferVerbs = []string{"moved", "transferred", "migrated", "carried over", "move", "transfer", "migrate",
		"carry over", "come across", "came across", "come over", "came over", "carried across", "brought over",
		"移行", "移管", "引き継", "引継", "集約", "移され", "移し", "付け替え", "付替え", "移動", "反映"}
	transferDone = regexp.MustCompile(`\b(?:we|i|have|has|had)\s+(?:now\s+|successfully\s+|also\s+|already\s+)?` +
		`(?:moved|transferred|migrated|carried over)\s+(?:all\s+)?(?:of\s+)?(?:the\s+|your\s+)?(?:[a-z0-9-]+\s+){0,3}?` +
		`(?:credentials?|certifications?|certificates?|exam history|exam records?|records|badges|transcripts?)\b|` +
		`\b(?:credentials|certifications|certificates|(?:exam|certification|certificate) history|records|badges)` +
		`(?:\s+(?:from|on|under)\s+\S+)?(?:\s+(?:and|&)\s+[a-z ]{1,30}?)?\s+` +
		`(?:have|has|were|was)\s+(?:now\s+|all\s+|successfully\s+)?(?:been\s+)?(?:now\s+|successfully\s+)?` +
		`(?:moved|transferred|migrated|carried over)\b|` +
		// Everything of the old account moved to the one it goes into
		// ("everything that was under a@… has been moved to b@…").
		`\beverything\b(?:\s+(?:that\s+)?(?:was|is|it held|you had)\s+(?:under|on|in)\s+\S+@\S+)?\s+` +
		`(?:has|have)\s+(?:now\s+|successfully\s+)?been\s+(?:moved|transferred|migrated|carried over)\s+` +
		`(?:over\s+)?(?:to|into|under|onto)\s+` + oneAccount)
	// 付け替え: the certifications re-attached to the other account.
	jaTransferDone = regexp.MustCompile(`(資格|履歴|バッジ|アカウント)[^。]{0,40}?(移行|移管|引き継ぎ|引継ぎ|集約|付け替え|付替え|移動)` +
		`(いたしました|致しました|しました|されました|されております|されています|させていただきました)|` +
		`(移行|移管|引き継ぎ|引継ぎ|集約)(する|を行う)?(の)?(処理|作業)?(は|が)?(すべて|全て|無事に|無事|正常に)?(完了|終了)(しました|いたしました|致しました|となりました)|` +
		`(移行|移管)済み(?:です|でございます|となりました|となっております)(?:。|$)|` +
		`(資格|履歴|バッジ)[^。]{0,40}?(?:移しました|移しいたしました|移させていただきました)|` +
		// The passive of the move: 認定履歴は…に引き継がれました.
		`(資格|履歴|バッジ)[^。]{0,40}?(引き継がれ|引継がれ|移され)(ました|ております|ています)|` +
		// 資格は新アカウントに反映されました: the certifications now show on the
		// account they were moved to.
		`(資格|履歴)[^。]{0,30}?(?:新|新しい|統合先の?|移行先の?)アカウント(?:に|へ|上に)[^。]{0,6}?` +
		`反映(?:されました|済み|いたしました|されております|されています)|` +
		// 付け替え is done at once: 付け替えております tells it done, not under way.
		`(資格|履歴|バッジ)[^。]{0,40}?(付け替え|付替え)(ております|ました|いたしました|致しました)`)
)

// transfer reports whether a clause speaks of moving the certifications
// (said), and whether it states them moved (done).
func transfer(clause string) (said, done bool) {
	said = hasAnyWord(clause, transferNouns) && hasAnyWord(clause, transferVerbs)
	return said, said && (transferDone.MatchString(clause) || jaTransferDone.MatchString(clause))
}

// hasAnyWord reports whether s holds one of words as a word start (English:
// "certification" finds "certifications") or anywhere (Japanese).
func hasAnyWord(s string, words []string) bool {
	for _, w := range words {
		if isASCII(w) {
			w += "*"
		}
		if find(s, w) >= 0 {
			return true
		}
	}
	return false
}

// contractions are written out before reading, so "we've merged" is "we
// have merged" and one spelling serves in the phrase lists and grammar.
var contractions = strings.NewReplacer("'ve ", " have ", "'re ", " are ", "'ll ", " will ", "'s been ", " has been ")

// jaSentenceDone: a Japanese sentence that, read whole with its 、 removed,
// states the merge done (統合処理は、本日完了しております), the
// certifications moved (資格を、…へ移行する作業が完了しました) or the two
// accounts one (2つのアカウントは1つになりました), and has no
// negation or condition anywhere in it.
func (p *Phrases) jaSentenceDone(s string) bool {
	if !strings.Contains(s, "、") && !jaNowOne.MatchString(s) {
		return false
	}
	j := strings.ReplaceAll(s, "、", "")
	_, moved := transfer(j)
	return (jaMergeDone.MatchString(j) || moved || jaNowOne.MatchString(j) || jaMovedThen(s)) &&
		!p.has(j, p.Negation) && !p.has(j, p.Conditional)
}

// jaMovedThen reports the move in the continuative form, chained to a past
// end (資格を…へ移行し、旧アカウントは閉鎖いたしました): in the past as the end
// is; not a plan or a future at the end (…閉鎖する予定です, …閉鎖いたします),
// nor a past end that only asked, checked or arranged what the chain names
// (…閉鎖するよう依頼いたしました, …閉鎖できるか確認いたしました), nor one whose
// chain is a clause in the plain form that names a procedure begun, a
// proposal, a decision or a booking (…閉鎖する手続きを開始いたしました,
// …閉鎖することにいたしました): what was done is that, the move is to come.
func jaMovedThen(s string) bool {
	m := jaChained.FindStringSubmatch(s)
	return m != nil && !jaChainAsked.MatchString(m[1])
}

var (
	jaChained = regexp.MustCompile(`(?:資格|履歴|バッジ)[^。]{0,60}?(?:移行|移管|引き継ぎ|引継ぎ|集約|付け替え|付替え|移動)` +
		`(?:し|いたし|致し|させていただき)、([^。]*?)(?:いたしました|致しました|しました|させていただきました)。?$`)
	jaChainAsked = regexp.MustCompile(`か|よう|ため|予定|依頼|手配|準備|お願い|確認|検討|連絡|案内|申請|相談|` +
		`する|できる|させる|こと|開始|着手|提案|決定|予約|計画|方針|試み|手続`)
)

// asToldNow removes from a sentence what sets its report against an earlier
// time rather than against itself: a good-news lead-in with its "though" or
// "but" ("Good news though: …", "But the good news is that …": the news
// against a delay told before), and the state the merge was in before,
// told in a relative clause ahead of its report done now ("the merge I said
// was scheduled has now been completed", "the merge that was on hold is now
// complete"). The report itself is weighed as before.
func asToldNow(s string) string {
	s = goodNewsLead.ReplaceAllString(s, "")
	return earlierStateOfMerge.ReplaceAllString(s, "$1 $2")
}

var (
	goodNewsLead = regexp.MustCompile(`^(?:(?:but|however|though|still)\s*,?\s+)?(?:the\s+)?good\s+news` +
		`(?:\s*,?\s*(?:though|however))?(?:\s*[:!,\-–—]\s*|\s+is\s+(?:that\s+)?)`)
	earlierStateOfMerge = regexp.MustCompile(`\b(merge|merger|consolidation)\s+(?:(?:that|which)\s+)?` +
		`(?:(?:i|we)\s+(?:mentioned|said|told you|noted|wrote|explained|expected)\s+)?` +
		`(?:(?:was|were|had been)\s+|(?:i|we)\s+(?:had\s+)?)` +
		`(?:scheduled|queued|planned|pending|on hold|in progress|in the queue|delayed)` +
		`(?:\s+(?:for|on)\s+(?:today|tonight|this\s+[a-z]+|[a-z]+day))?\s+` +
		`((?:has|have)\s+(?:now\s+)?been\s+(?:completed|finished|done|finali[sz]ed|carried out)|` +
		`is\s+now\s+(?:complete|completed|done|finished))\b`)
)
