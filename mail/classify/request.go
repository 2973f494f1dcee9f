package classify

import (
	"regexp"
	"strings"
)

// What a sentence of the desk's asks for, beyond the phrase lists.
var (
	// handedOn: the desk handing the request on to a team that will act
	// on it ("I have passed your request over to our back-office team",
	// "your case has been referred to our specialists", 担当部署へ転送
	// いたしました): an acknowledgement.
	handedOn = regexp.MustCompile(`\b(?:passed|handed|forwarded|referred|escalated|routed|assigned|transferred)\s+` +
		`(?:(?:your|the|this)\s+)?` + requestNamed +
		`(?:request|case|message|email|enquiry|inquiry|query|ticket|it)\s+` +
		`(?:over\s+|on\s+|along\s+)?to\s+` + deskTeam + `|` +
		`\b(?:request|case|message|enquiry|inquiry|query|ticket)\s+(?:has|have|was|were)\s+(?:now\s+)?been\s+` +
		`(?:passed|handed|forwarded|referred|escalated|routed|assigned|transferred)\s+` +
		`(?:over\s+|on\s+|along\s+)?to\s+` + deskTeam + `|(?:担当|専任|専門|関係|別の)[^。]{0,10}(?:部署|チーム|部門|窓口|者)[^。]{0,6}(?:へ|に)[^。]{0,10}` +
		`(?:転送|引き継ぎ|引継ぎ|エスカレーション|共有)(?:いたしました|致しました|しました|ました|させていただきました)`)
	// gotYourMail: the desk has the reader's mail ("we have got your
	// message", "we have logged this"), as "received your …" says, or has
	// it with a team ("your request is with our team now").
	gotYourMail = regexp.MustCompile(`\b(?:we|i)\s+(?:have\s+)?(?:got|gotten|logged|registered)\s+` +
		`(?:your\s+` + requestNamed + `(?:message|email|e-mail|mail|request|enquiry|inquiry|note)|this|it)\b|` +
		`\b(?:request|case|enquiry|inquiry|ticket)\s+is\s+(?:now\s+|still\s+|currently\s+)?(?:open\s+and\s+)?` +
		`(?:still\s+|now\s+)?with\s+` + deskTeam)
	// offers: what the reader may do if they like ("you can reply to add
	// more details", 本メールへのご返信でお送りいただけます): no request.
	enOffer = regexp.MustCompile(`^(?:you\s+(?:can|may|are welcome to)|feel free to)\b`)
	// The reader's potential only (…いただけます): "…いただければ、統合を進める
	// ことができます" is the desk's, and asks for what it names.
	jaOffer = regexp.MustCompile(`(?:いただけます|頂けます|いただくことができます|いただくことも可能です|` +
		`いただくことが可能です)[。.!]*$`)
	// prohibitions: "please do not change the subject", 削除しないでください:
	// a request to refrain, which asks for nothing to be sent ("please do
	// not forget to attach …" still asks).
	enProhibition = regexp.MustCompile(`\bplease\s+(?:do\s+not|don't|never)\s+([a-z]+)`)
	// 件名を変更せずにお送りください: sent without a change, as 変更しないでください.
	jaProhibition = regexp.MustCompile(`(?:ない(?:で|よう(?:に)?)|ずに(?:お送り|ご返信|ご連絡)?)(?:ください|下さい|お願い)`)
)

// deskTeam is the team a request is handed on to ("our back-end team",
// "the accounts department", "the folks who handle merges").
const deskTeam = `(?:our\s+|the\s+|a\s+)?(?:[a-z-]+\s+){0,3}(?:team|department|colleagues|specialists?|group|` +
	`engineers|unit|desk|folks|people)\b`

// requestNamed is what a request is named for ("your merge request", "the
// account merge case").
const requestNamed = `(?:(?:account\s+|certification\s+)?(?:merge|merger|merging)\s+)?`

// moreToAdd: what the reader may send, under the condition that they have
// more to add ("If you have additional information to add to your case,
// please reply", 追加の情報がございましたら、…ご返信ください): an invitation, no
// request for details.
var moreToAdd = regexp.MustCompile(`^(?:if|should)\s+you\s+(?:have|want to (?:add|share|send))\s+(?:any\s+)?` +
	`(?:additional|further|more|other|new)\s+(?:information|details|questions|documents|info)\b|` +
	`^[^。]{0,10}(?:追加の|その他の|ほかの|他の)?(?:情報|ご質問|資料|ご不明点)(?:が|など)?(?:ございましたら|ありましたら|ある場合)|` +
	// The purpose told, and only a reply asked for it: "To add more
	// information to this request, reply to this email" (not "…, reply
	// with your candidate ID": that names what to send).
	`^to\s+(?:add|provide|share|include)\s+(?:any\s+)?(?:a\s+)?(?:more|further|additional|other|new)?\s*` +
	`(?:information|details|info|comments?|notes?|updates?)(?:\s+(?:to|on|for)\s+(?:this|your|the)\s+` +
	`(?:request|case|ticket))?,\s*(?:please\s+)?(?:simply\s+|just\s+)?(?:reply|respond)(?:\s+(?:to|on)\s+` +
	`(?:this|our)\s+(?:e-?mail|message|thread))?\s*[.!]?$`)

// alsoAsks are the request forms an offer's own いただけます is not.
var alsoAsks = []string{"please", "kindly", "could you", "can you", "would you", "ください", "お願い"}

// asksNothingSent reports a sentence that offers what the reader may do,
// or asks them to refrain from something: it asks for no details, whatever
// words of details it holds.
func asksNothingSent(s string) bool {
	if isQuestion(s) {
		return false
	}
	// An offer that also asks ("you can find the ID in your profile;
	// please send it") asks.
	if moreToAdd.MatchString(s) {
		return true // "if you have additional information for your case, reply here": an invitation
	}
	offer := enOffer.MatchString(s) || jaOffer.MatchString(strings.TrimSpace(s))
	if offer && !hasAnyWord(s, alsoAsks) {
		return true
	}
	if m := enProhibition.FindStringSubmatch(s); m != nil && m[1] != "forget" && m[1] != "fail" {
		return true
	}
	return jaProhibition.MatchString(s) && !strings.Contains(s, "忘れ")
}

// acknowledges reports a sentence that tells the request was received or
// handed on.
func (p *Phrases) acknowledges(s string) bool {
	return (p.has(s, p.Acknowledgement) || handedOn.MatchString(s) || gotYourMail.MatchString(s)) &&
		!notAccepted.MatchString(s)
}

// withdrawal: taking a consent or the merge back ("if you wish to withdraw
// your agreement", "should you want to cancel the merge", 同意を撤回, 取り下げ,
// 中止): a sentence that tells how to do so asks for no consent.
var withdrawal = regexp.MustCompile(`\b(?:withdraw\w*|revok\w*|retract\w*|cancel\w*|call off|back out)\b|` +
	`撤回|取り下げ|取下げ|取り消|取消|中止|キャンセル|見送`)

// wishTo is a wish and the verb it governs: "would you like us to send …",
// "do you want to keep …".
// "if you are happy for us to send you our survey", "ok for us to close
// the case" govern a verb too.
// The thing may stand between ("happy for the case to be closed", "… for
// the two accounts to be merged"): the participle is the act.
var wishTo = regexp.MustCompile(`\b(?:like|want|wish|happy for|okay for|ok for|alright for|fine for)\s+` +
	`(?:us\s+|(?:the|this|your|our|both)\s+(?:[a-z-]+\s+){0,2}?)?to\s+(?:be\s+)?([a-z]+)`)

// mergeActs are the verbs a wish asks consent with: "would you like us to
// merge / go ahead / proceed".
var mergeActs = map[string]bool{"merge": true, "combine": true, "consolidate": true, "proceed": true, "go": true,
	"continue": true, "start": true, "move": true, "transfer": true, "join": true, "unify": true, "have": true,
	"fold": true, "merged": true, "combined": true, "consolidated": true, "folded": true, "moved": true,
	"transferred": true, "joined": true, "unified": true,
	// "want this consolidation to take place / to happen": the merge named between.
	"take": true, "happen": true}

// otherAccounts names accounts beside the ones of this merge: a wish to
// merge them asks nothing of this one.
var otherAccounts = regexp.MustCompile(`\b(?:other|another|more|additional|further|third)\s+(?:[a-z]+\s+)?` +
	`(?:accounts?|profiles?)\b`)

// withoutOtherWishes removes the wishes that govern a verb other than
// merging ("would you like us to send the merge summary to …?"), all of
// them in a sentence about other accounts, and a going ahead with another
// thing: they ask for no consent to this merge.
func withoutOtherWishes(s string) string {
	if otherAccounts.MatchString(s) { // "let us know if you'd like us to merge any other accounts"
		return wishTo.ReplaceAllString(s, " ")
	}
	s = wishTo.ReplaceAllStringFunc(s, func(w string) string {
		if mergeActs[wishTo.FindStringSubmatch(w)[1]] {
			return w
		}
		return " "
	})
	// "… and we will proceed with sending the survey": going ahead with
	// another thing.
	return proceedWith.ReplaceAllStringFunc(s, func(w string) string {
		if hasAnyWord(proceedWith.FindStringSubmatch(w)[1], proceedsWithMerge) {
			return w
		}
		return " "
	})
}

// proceedWith is going ahead with something named: "proceed with the merge",
// "go ahead with sending the survey".
var proceedWith = regexp.MustCompile(`\b(?:proceed(?:ing)?|go(?:ing)? ahead)\s+with\s+([a-z'-]+(?:\s+[a-z'-]+){0,2})`)

// proceedsWithMerge are the words of what a going ahead asks consent for.
var proceedsWithMerge = []string{"merg", "combin", "consolidat", "account", "profile", "request", "it", "this",
	"that", "統合"}

// relativeWhich is a "which" that only joins a clause to what came before
// ("…, after which we will raise it with our team", "post which I will
// submit it", "…, which is the usual step", "in the order in which it was
// received"): it asks for no detail, as the
// "which" of "which account" or "which of the two" does.
var relativeWhich = regexp.MustCompile(`(?:,\s*|\b(?:after|post|following|upon|in|on|at|by|from|with|for|` +
	`through|under)\s+)which\s+` +
	`(?:i|we|you|it|they|the|our|your|this|that|will|is|are|was|were|can|may|should|has|have|shall)\b`)

// asksDetails reports a [more_info] word in a sentence, not counting a
// relative "which".
func (p *Phrases) asksDetails(s string) bool {
	return p.has(relativeWhich.ReplaceAllString(s, " "), p.MoreInfo)
}

// detailsAsked is asksDetails but for the address or ID words of a question of
// leave to merge that are told with the address they name ("… keep your
// work email address (b@…) and merge a@… into it?", 会社のメールアドレス（b@…）を
// 残して…統合する形でよろしいでしょうか): they name the account kept, they ask
// for nothing. Not in a question which one, whether one is right, or one
// that also asks leave to change an address ("… and change your email
// address (c@…)?").
func (p *Phrases) detailsAsked(s string) bool {
	if mergeLeaveAsked.MatchString(s) && !whichOrRight.MatchString(s) && !addressChanged.MatchString(s) {
		s = addressNamed.ReplaceAllString(s, " ")
	}
	return p.asksDetails(s)
}

// jaWhichAsked: a question which of them (残すアカウントは、どちらにいたしますか,
// いずれを残しますか); not どちらにも, "on both".
var jaWhichAsked = regexp.MustCompile(`(?:どちら|いずれ|どれ)(?:に|を|が|で|へ)(?:[^も。][^。]{0,30})?(?:か|ください)[?？。]?$`)

var (
	// mergeLeaveAsked: a question whose act is the merge ("Would you like us
	// to … merge …?", "Shall we … merge …?", 統合する形でよろしいでしょうか, 統合
	// してもよろしいでしょうか).
	mergeLeaveAsked = regexp.MustCompile(`^(?:would you like us to|do you want us to|shall we|may we|can we)\b` +
		`[^?]*\b(?:merge|combine|consolidate|fold)\b[^?]*\?$|` +
		`(?:統合|マージ|一本化)(?:する(?:形|方向|流れ|こと)で|して|させて(?:いただいて)?)(?:も)?` +
		`(?:よろしい|問題ない|差し?支えない|構わない|かまわない)`)
	addressChanged = regexp.MustCompile(`\b(?:change|update|add|replace|set|register|verify|correct|edit|switch)\b|` +
		`変更|更新|追加|登録|修正|設定`)
	whichOrRight = regexp.MustCompile(`\b(?:which|what|whether|correct|right|accurate|valid|spelled)\b|` +
		`どちら|どの|いずれ|何|どれ|正しい|誤り|間違い|相違`)
	// addressNamed: an address word with its address ("email address
	// (b@…)", "b@…, your work email address", メールアドレス b@…, b@… のメールアドレス).
	addressNamed = regexp.MustCompile(`(?:e-?mail\s+address|メールアドレス)(?:の方)?\s*[(（]?\s*<?` +
		`[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+>?\s*[)）]?|` +
		`[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\s*の(?:e-?mail\s+address|メールアドレス)|` +
		`[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+,?\s+(?:your|the)\s+(?:[a-z]+\s+)?e-?mail\s+address\b|` +
		// Or the account's candidate ID with it (受験者ID: AWS…, "candidate ID AWS…").
		`(?:受験者\s*id|受験者番号|candidate\s+id)\s*[:：]?\s*aws[0-9]{6,}`)
)

// anotherAnswers is a request that someone other than the reader answer:
// "please have Megumi reply from both addresses", "could you ask the owner
// of a@… to reply "I agree"", "ask her to confirm she agrees". Whom the
// reader is to have answer is captured.
// The request may be an imperative without a "please": a list item ("2.
// Ask the owner of b@… to reply") or a clause after a condition ("if the
// account is a colleague's, have them reply").
// Also after another ask ("Please forward this email to your manager and
// ask them to reply …").
var anotherAnswers = regexp.MustCompile(`(?:\b(?:please|kindly|could you|can you|would you|(?:need|want) you to|` +
	`and)\s+|` +
	`^(?:[(（]?[0-9]{1,2}[.)）]\s*|[(（]?[a-z][.)）]\s*|[-*•・]\s*)?|[,;:]\s+)` +
	`(?:have|ask|get|tell|remind|request)\s+((?:[a-z0-9#'.@-]+\s+){1,5}?)(?:to\s+)?` +
	`(?:reply|respond|confirm|write back|write to us|answer|agree|consent|approve|contact us)\b`)

// notAnother are the words after "ask"/"have" that are the reader or the
// desk, or no person at all ("get back to us to confirm", "get in touch").
var notAnother = map[string]bool{"you": true, "us": true, "me": true, "yourself": true, "back": true, "in": true,
	"a": true, "it": true, "this": true, "that": true, "your": true, "our": true}

// yoursAnother reports "your" before a person who is not the reader
// ("please ask your manager to approve the merge", "have your
// administrator confirm"), not before a thing of theirs.
func yoursAnother(ws []string) bool {
	return len(ws) > 1 && (ws[0] == "your" || ws[0] == "the" || ws[0] == "a") && othersRoles[strings.TrimSuffix(ws[1], "'s")]
}

var othersRoles = map[string]bool{"manager": true, "supervisor": true, "boss": true, "administrator": true,
	"admin": true, "colleague": true, "employer": true, "lead": true, "hr": true, "company": true,
	"organization": true, "organisation": true, "line": true, "team": true}

// passedToAnother is the desk's mail to be passed on to someone ("please
// forward this email to the account holder", "pass this on to Megumi").
var passedToAnother = regexp.MustCompile(`\b(?:please|kindly|could you|can you|would you)\s+` +
	`(?:forward|pass|send)\s+(?:this|it|our|the)\s+` +
	`(?:(?:e-?mail|message|mail|note|request)\s+)?(?:on\s+|along\s+)?to\s+([a-z'.@-]+\s*)`)

// sentToAnother: what the reader writes to go to someone in a role, not to
// the desk ("in your reply to your HR department: …", "reply to your
// manager with …", "in your email to your supervisor", "send the following
// statement to your manager"); not the desk's mail forwarded ("forward this
// email to your manager for his records").
var sentToAnother = regexp.MustCompile(`\b(?:(?:your|an?)\s+(?:reply|email|e-mail|message|letter|note)|` +
	`reply|write|respond|answer|` +
	`(?:send|forward|pass)\s+(?:the\s+|this\s+|that\s+)?(?:following\s+)?(?:statement|text|wording|words))\s+` +
	`(?:on\s+)?to\s+(?:your|their|his|her)\s+(?:[a-z-]+\s+)?(?:manager|supervisor|boss|administrator|admin|` +
	`employer|colleague|hr|human resources|company|organi[sz]ation|lead)\b`)

// anotherShouldAnswer: someone else is to answer ("your colleague Hanako
// should answer point 2", "the owner of b@… must also reply", "… once you
// reply and your manager confirms by email"); not "you should answer", nor
// "your reply should come from …".
var anotherShouldAnswer = regexp.MustCompile(`\b(?:colleague|manager|supervisor|boss|administrator|admin|` +
	`employer|owner of|holder of|(?:other|second)\s+(?:account\s+)?(?:owner|holder))\b(?:[^.;:!?]|\.\S){0,40}?` +
	`\b(?:(?:should|must|needs? to|will need to|has to|have to)\s+(?:also\s+)?(?:answer|reply|respond|confirm|agree|` +
	`approve|consent|sign off)|(?:also\s+)?(?:answers|replies|responds|confirms|agrees|approves|consents|signs off))\b`)

// onBehalfOfAnother: the reader asked to answer for another or in
// another's role ("on behalf of your employee", "as her manager", "as
// Kenji's manager", "for your
// team member Hanako", ご本人様に代わって, 上長様として): not the candidate's
// own answer (not "on behalf of yourself").
var onBehalfOfAnother = regexp.MustCompile(`\bon behalf of\s+(?:the|your|his|her|their|a|an|this|that|[a-z]+'s)\b|` +
	`\bas\s+(?:the|his|her|their|your|[a-z]+'s)\s+(?:[a-z']+\s+)?(?:manager|supervisor|administrator|admin|employer|` +
	`representative|lead|boss)\b|\bfor\s+your\s+(?:team member|employee|colleague|direct report|report|staff)\b|` +
	`(?:に代わって|に代わり|の代理(?:で|として)|(?:上長|上司|管理者|代理人|ご担当者|担当者)(?:様|さま)?として)`)

// jaAnotherAnswers: the reader asked to tell someone to answer
// (ご本人様より直接ご返信いただくようお伝えください, …ご返信いただけますようご案内ください).
// The consent to be passed on too (…ご同意をいただけますよう、お伝えいただけますか).
var jaAnotherAnswers = regexp.MustCompile(`(?:ご返信|ご回答|ご連絡|返信|回答|同意|承認|承諾)[^。]{0,20}(?:よう|ように)` +
	`[、,\s]*` +
	`(?:お伝え|ご案内|ご指示|ご依頼|ご手配|お声がけ)|` +
	// The reader asked to check with another (上長の方にご確認いただけますか).
	// Not the desk's own 確認させていただきたく: the reader is asked.
	`(?:上長|上司|ご本人様|ご本人|管理者|ご担当者|担当者|所有者|ご家族|家族|会社|人事|責任者|マネージャー)(?:の方|様)?` +
	`(?:に|へ)\s*` +
	`(?:ご確認|ご相談|お伝え|お問い合わせ|お聞き|お尋ね|ご依頼)(?:いただけ|いただき|ください|下さい|のうえ|の上|をお願い)|` +
	// Or to talk it over with someone in a role, with no reply asked after
	// it (ご家族とご相談ください; not …とご相談のうえご返信ください, the reader's
	// own answer), or to have them reply (…とのご返信を、ご上司様からいただけ
	// ますか; not ご本人様より, the reader).
	`(?:上長|上司|管理者|ご担当者|担当者|ご家族|家族|会社|人事|責任者|マネージャー)(?:の方|様|さま)?` +
	`(?:と\s*(?:ご相談|相談)(?:ください|下さい|いただけ|いただき|をお願い)|(?:から|より)[、,]?\s*` +
	`(?:ご返信|ご回答|ご連絡|返信|回答|いただ|頂))`)

// jaDeskAgentContacts: the desk's own agent will write to the reader
// (担当者よりご連絡いたします, 担当から追ってご連絡差し上げます): the humble verb makes
// it the desk's act, not another the reader is to have answer.
var jaDeskAgentContacts = regexp.MustCompile(`担当(?:者)?(?:から|より)[、,]?\s*(?:改めて|追って|折り返し|後ほど|別途)?\s*` +
	`(?:ご連絡|ご返信|ご回答|ご案内)(?:を)?\s*(?:いたし|致し|させていただ|させて頂|差し上げ|申し上げ)`)

// jaOthersTopic: a question whose topic or subject is someone in a role
// (上長様は統合を進めて問題ないでしょうか, ご上長様にとって…): whose leave it asks.
var jaOthersTopic = regexp.MustCompile(`^(?:ご)?(?:上長|上司|管理者|ご担当者|担当者|会社|人事|マネージャー|責任者|` +
	`ご家族)(?:の方|様|さま)?(?:は|が|にとって|としては|も)`)

// othersQuestioned: a question put to someone in a role ("Could your manager
// confirm we may proceed?", "Can the account owner's employer reply?"), or
// an answer to carry their name ("… with your manager's name filled in").
var othersQuestioned = regexp.MustCompile(`\b(?:your|the)\s+(?:manager|supervisor|boss|administrator|admin|` +
	`employer|colleague)'s\s+(?:full\s+)?(?:name|details|signature)\b|` +
	`\b(?:could|can|would|will|may)\s+(?:your|the|their|his|her)\s+` +
	`(?:[a-z'-]+\s+)?(?:manager|supervisor|boss|administrator|admin|employer|colleague|company|organi[sz]ation|` +
	`hr|lead|team|family)\s+(?:please\s+|also\s+)?(?:confirm|reply|respond|agree|approve|consent|let us know|` +
	`write|answer|sign off)\b`)

// asksAnotherToAnswer reports a sentence that asks the reader to have
// someone else answer the desk ([anotherAnswers], [passedToAnother],
// [jaAnotherAnswers]).
func asksAnotherToAnswer(s string) bool {
	if jaAnotherAnswers.MatchString(jaDeskAgentContacts.ReplaceAllString(s, "")) || jaOthersConsent.MatchString(s) ||
		anotherShouldAnswer.MatchString(s) ||
		jaOthersTopic.MatchString(s) ||
		onBehalfOfAnother.MatchString(s) || sentToAnother.MatchString(s) ||
		othersPossessive.MatchString(s) || othersWishConfirmed(s) {
		return true
	}
	if neededOfOther(s) || othersAgreementAsked(s) || othersQuestioned.MatchString(s) {
		return true
	}
	for _, re := range []*regexp.Regexp{anotherAnswers, passedToAnother} {
		for _, m := range re.FindAllStringSubmatch(s, -1) {
			if first := strings.Fields(m[1]); len(first) > 0 && (!notAnother[first[0]] || yoursAnother(first)) {
				return true
			}
		}
	}
	return false
}

// neededOfAnother: the desk says whom it needs or would like to answer
// ("we need your manager to confirm …", "we would like the owner of a@… to
// reply"); whom is captured, and only someone other than the reader makes
// it another's answer ("we need you to confirm" is the reader's).
// The account's owner or holder ("we need the account holder to confirm")
// is the reader, the one the desk writes to.
var neededOfAnother = regexp.MustCompile(`\b(?:need|needs|require|requires|want|would like|'d like)\s+` +
	`((?:[a-z'.@-]+\s+){1,5}?)to\s+(?:also\s+)?(?:reply|respond|confirm|agree|consent|approve|sign off|write back)\b`)

// neededOfOther reports a [neededOfAnother] whose person is not the
// reader: one in a role ("your manager", "the administrator") or named.
func neededOfOther(s string) bool {
	for _, m := range neededOfAnother.FindAllStringSubmatch(s, -1) {
		// "we would like to kindly ask you to confirm": the desk's wish is to
		// ask, and whom it asks is the one to answer.
		ws := strings.Fields(deskAsks.ReplaceAllString(m[1], ""))
		if len(ws) == 0 {
			continue
		}
		if yoursAnother(ws) || !notAnother[ws[0]] && ws[0] != "the" && !notAPerson[ws[0]] {
			return true
		}
	}
	return false
}

// deskAsks opens the person of a [neededOfAnother] with the desk's own
// asking ("… would like to kindly ask you to confirm", "… want to request
// your manager to reply"): what follows is whom it asks.
var deskAsks = regexp.MustCompile(`^to\s+(?:kindly\s+|politely\s+|please\s+|also\s+)?(?:ask|request|invite|remind|` +
	`encourage|get)\s+`)

// othersQuestion: a question whose subject, the one who is to agree, is
// captured ("Does your company agree to …?", "Is your manager OK with the
// merge?", "Would your employer be happy for us to …?", "Does your manager
// authorise us to proceed?").
var othersQuestion = regexp.MustCompile(`^(?:does|do|did|is|are|was|would|will|could|can|has|have)\s+` +
	`((?:[a-z'.@-]+\s+){1,4}?)(?:also\s+|still\s+)?(?:agree|agrees|consent|consents|approve|approves|accept|` +
	`authori[sz]es?|permits?|allows?|` +
	`(?:be\s+)?(?:ok|okay|happy|fine|alright|willing)|want|wants|wish|wishes)\b`)

// othersAgreementAsked reports an [othersQuestion] whose subject is someone
// in a role or named, not the reader ("Do you agree …?") nor a thing.
func othersAgreementAsked(s string) bool {
	m := othersQuestion.FindStringSubmatch(s)
	if m == nil {
		return false
	}
	ws := strings.Fields(m[1])
	return yoursAnother(ws) || !notAnother[ws[0]] && !notAPerson[ws[0]] && ws[0] != "the" && ws[0] != "there" &&
		ws[0] != "everything" && ws[0] != "everyone"
}

// imperativeItem is an item of a numbered or bulleted list that opens with
// a verb of answering ("2. Confirm that you agree to the merge", "- Reply
// to this email …"): it asks, as "please" does, whatever the line that
// introduced the list said.
var imperativeItem = regexp.MustCompile(`^(?:[(（]?[0-9]{1,2}[.)）]|[(（]?[a-z][.)）]|[-*•・])\s*` +
	`(?:please\s+)?(?:confirm|reply|respond|agree|approve|authori[sz]e|consent|let us know|tell us|write back)\b`)

// othersWish is a wish the reader is asked to confirm with its subject
// before it ("can you confirm your manager wants a@… merged", "confirm that
// Hanako would like the accounts merged"): whose wish it is.
var othersWish = regexp.MustCompile(`\bconfirm\w*\s+(?:that\s+|whether\s+|if\s+)?((?:[a-z'.@-]+\s+){1,3}?)` +
	`(?:still\s+|also\s+|really\s+)?(?:wants|would like|wishes|is happy|is okay|is ok|is fine|agrees|approves|` +
	`consents|is willing)\b`)

// othersWishConfirmed reports an [othersWish] whose subject is a person
// other than the reader: someone named, or one in a role ("your manager",
// "the account owner"); not "you", nor a thing ("that it is fine").
func othersWishConfirmed(s string) bool {
	for _, m := range othersWish.FindAllStringSubmatch(s, -1) {
		ws := strings.Fields(m[1])
		switch {
		case ws[0] == "you" || notAPerson[ws[0]]:
			continue
		case ws[0] == "your" || ws[0] == "the" || ws[0] == "his" || ws[0] == "her" || ws[0] == "their":
			if len(ws) > 1 && (othersRoles[strings.TrimSuffix(ws[1], "'s")] || holders[ws[1]]) {
				return true
			}
		default:
			return true // a name, he, she, they
		}
	}
	return false
}

var (
	notAPerson = map[string]bool{"it": true, "this": true, "that": true, "everything": true, "all": true,
		"what": true, "which": true, "there": true, "both": true, "a": true, "an": true, "we": true, "i": true}
	holders = map[string]bool{"owner": true, "holder": true, "account": true, "candidate": true, "employee": true,
		"person": true, "user": true}
)
