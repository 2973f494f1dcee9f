package classify

import (
	"regexp"
	"slices"
	"strings"
)

// The account a consent request asks to merge into, when the desk names
// it: "merge a@… into b@…", "a@… を b@… に統合", "統合先は b@…", "b@… will be
// your primary account". A case merges into the account its requester
// asked for; a desk that asks the other way round must be told by a
// person, not answered with a consent (a merge cannot be undone).

// registeredUnder names the account kept by its address ("into the account
// registered under b@…").
const registeredUnder = `(?:(?:registered|associated|linked)\s+(?:under|with|to)\s+)?`

var mergeTargets = []*regexp.Regexp{
	regexp.MustCompile(`(?i)\b(?:merge|merging|combine|consolidate|move|fold|folding)\b[^.。\n]{0,60}?\S+@\S+` +
		`[^.。\n]{0,30}?\b(?:into|onto|to|under)\s+(?:the\s+|your\s+)?(?:account\s+)?` + registeredUnder +
		`<?(\S+@[A-Za-z0-9.-]+)`),
	// The verb after the account that goes: "a@… folded into b@…", "… held
	// under a@… will be permanently moved to b@…".
	regexp.MustCompile(`(?i)\S+@\S+[^.。\n]{0,40}?\b(?:merged|folded|combined|consolidated|moved|transferred|` +
		`migrated)\s+(?:over\s+)?(?:into|onto|to|under)\s+(?:the\s+|your\s+)?(?:account\s+)?` + registeredUnder +
		`<?(\S+@[A-Za-z0-9.-]+)`),
	// Each address may be in brackets (統合元のアカウント（a@…）を…（b@…）へ統合).
	regexp.MustCompile(`\S+@\S+?[)）]?\s*(?:を|から)\s*[^、。\n]{0,20}?[(（]?<?([A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+?)>?[)）]?` +
		`\s*(?:へ|に)(?:統合|マージ|移行|一本化)`),
	// The account merged into named first: b@… に a@… を統合, b@… へ、a@… の
	// 資格を移行.
	regexp.MustCompile(`<?(\S+@[A-Za-z0-9.-]+?)>?\s*(?:に|へ)\s*[、,]?\s*<?\S+@[A-Za-z0-9.-]+?>?\s*` +
		`(?:を|の[^。、\n]{0,15}?を)\s*(?:統合|マージ|移行|一本化|移し|移す|集約)`),
	// An arrow from the account that goes to the one kept ("a@… -> b@…",
	// a@… → b@…).
	regexp.MustCompile(`\S+@[A-Za-z0-9.-]+?>?\s*(?:->|→|=>|⇒|➡)\s*<?([A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+)`),
	// 統合先は b@…, and a table's 統合先 b@… (a space, or its cell, between).
	regexp.MustCompile(`(?:統合先|移行先)(?:(?:の)?\s*アカウント)?(?:\s*(?:は|を|：|:|（|\()\s*|\s+)<?` +
		`([A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+)`),
	regexp.MustCompile(`(?i)<?(\S+@[A-Za-z0-9.-]+?)>?\s+(?:will be|as|would be|becomes)\s+(?:the|your)\s+` +
		`(?:primary|remaining|surviving|main|target|kept)\s+account`),
	// The account kept, or the one that remains or where all ends up: "keeping
	// a@… as the main one", "We'll keep a@… and retire b@…", "a@… will remain",
	// "The account that will remain … is a@…", "… will end up on a@…",
	// "… moved across to a@…". A wrong reading here only holds the request.
	regexp.MustCompile(`(?i)\bkeep(?:ing)?\s+<?(\S+@[A-Za-z0-9.-]+?)>?\s+(?:as\b|and\s+(?:retire|close|delete|` +
		`deactivate|remove|disable)\b)`),
	// "The plan is to keep a@… and merge b@… into it".
	regexp.MustCompile(`(?i)\bkeep(?:ing)?\s+<?(\S+@[A-Za-z0-9.-]+?)>?\s+and\s+(?:merge|fold|move|combine|` +
		`consolidate)\s+<?\S+@`),
	regexp.MustCompile(`(?i)\b(?:retire|close|delete|deactivate|remove|disable)\s+<?\S+@[A-Za-z0-9.-]+?>?\s+` +
		`and\s+keep(?:ing)?\s+<?(\S+@[A-Za-z0-9.-]+)`),
	// "… will no longer be under a@… but under b@…": read under its negation.
	regexp.MustCompile(`(?i)\bno longer\b[^.。\n]{0,40}?\S+@\S+\s+but\s+(?:rather\s+)?(?:under|on|in|with|into|to)\s+` +
		`<?(\S+@[A-Za-z0-9.-]+)`),
	// The account that goes told as a pronoun: "… we will merge it into a@…";
	// or both as "these accounts", and the one kept by what it is registered
	// under ("merge these accounts into the account registered under a@…").
	regexp.MustCompile(`(?i)\b(?:merge|merging|combine|consolidate|move|fold)\s+(?:it|them|both|everything|` +
		`(?:these|those|the|both|my|your)\s+(?:two\s+)?(?:aws\s+)?(?:certification\s+)?accounts)\s+` +
		`(?:over\s+)?(?:into|onto|to|under)\s+(?:the\s+|your\s+)?(?:account\s+)?` +
		`(?:(?:registered|associated|linked)\s+(?:under|with|to)\s+)?<?(\S+@[A-Za-z0-9.-]+)`),
	regexp.MustCompile(`(?i)<?(\S+@[A-Za-z0-9.-]+?)>?\s+(?:will|would|is to|shall|should|must)\s+` +
		`(?:remain|stay|be kept|survive|be retained)\b`),
	regexp.MustCompile(`(?i)\b(?:account|one)\s+(?:that|which)\s+(?:will|would)\s+(?:remain|stay|be kept|survive)` +
		`[^.。\n]{0,30}?\bis\s+<?(\S+@[A-Za-z0-9.-]+)`),
	regexp.MustCompile(`(?i)\b(?:end\s+up|land|sit)\s+(?:on|in|under)\s+<?(\S+@[A-Za-z0-9.-]+)`),
	regexp.MustCompile(`(?i)\S+@\S+[^.。\n]{0,40}?\b(?:moved|transferred|migrated|merged)\s+across\s+` +
		`(?:into|onto|to|under)\s+<?(\S+@[A-Za-z0-9.-]+)`),
	// A field that names it: "Destination: a@…", "Account to keep: a@…".
	regexp.MustCompile(`(?im)^\s*(?:destination|target|to account|target account|destination account|` +
		`account to (?:be\s+)?(?:kept|keep|retained|retain|remain)|account (?:being|that will be) (?:kept|retained)|` +
		`retained account|primary(?:\s+account)?|surviving account|remaining account|main account|kept account)` +
		`\s*[:：]\s*<?(\S+@[A-Za-z0-9.-]+)`),
	// Where the certifications will be, or the sign-in after the merge:
	// "Your certifications will then be under a@…", "You'll sign in with a@…
	// afterwards", 統合後は a@… でサインインしてください.
	regexp.MustCompile(`(?i)\b(?:certifications?|badges?|records?|history|everything)\b[^.。\n]{0,30}?\b(?:will|would)\s+` +
		`(?:then\s+|now\s+|all\s+)?(?:be|appear|show|live|sit)\s+(?:under|on|in)\s+<?(\S+@[A-Za-z0-9.-]+)`),
	// Or where they move, told of now or of later: "the appointment simply
	// moves with the rest of the record to a@…", "your badges carry over to
	// a@…".
	regexp.MustCompile(`(?i)\b(?:certifications?|badges?|records?|history|everything|appointments?|bookings?)\b` +
		`[^.。\n]{0,30}?\b(?:moves?|will move|goes|will go|carry over|carries over|will carry over)\b` +
		`[^.。\n@]{0,40}?\b(?:to|into|onto|under)\s+(?:the\s+|your\s+)?(?:account\s+)?<?(\S+@[A-Za-z0-9.-]+)`),
	regexp.MustCompile(`(?i)\b(?:sign|log)\s*(?:in|on)\s+(?:with|using|to)\s+<?(\S+@[A-Za-z0-9.-]+?)>?\s+` +
		`(?:afterwards|after the merge|from then on|going forward|from now on)`),
	regexp.MustCompile(`(?i)\b(?:after the merge|afterwards|once merged)\b[^.。\n]{0,20}?\b(?:sign|log)\s*(?:in|on)\s+` +
		`(?:with|using|to)\s+<?(\S+@[A-Za-z0-9.-]+)`),
	regexp.MustCompile(`統合(?:後|完了後)[^。\n]{0,10}?<?([A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+?)>?\s*(?:で|にて|を)(?:サインイン|ログイン|ご利用)`),
	// In Japanese: a@… を残し, 残すアカウント：a@…, 存続アカウント, 統合後のアカウント,
	// b@… の資格を a@… に移します.
	regexp.MustCompile(`<?([A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+?)>?[)）]?\s*(?:を|のみを)\s*(?:残し|存続)`),
	regexp.MustCompile(`(?:残す|存続|統合後の|メインの|主|ご利用の)\s*アカウント\s*(?:は|：|:)\s*<?(\S+@[A-Za-z0-9.-]+)`),
	regexp.MustCompile(`(?:資格|履歴|バッジ|データ|記録)[^。\n]{0,10}?(?:を|は)\s*<?(\S+@[A-Za-z0-9.-]+?)>?\s*(?:へ|に)` +
		`(?:移|統合|集約|引き継|引継|付け替え|付替え)`),
}

// mergeTargetsOf returns the accounts own names as the one to merge into,
// lower case, each once, in the order found.
func mergeTargetsOf(own string) []string {
	// A macro's fields are aligned with ideographic spaces as often as with
	// ASCII ones (残すアカウント　　： a@…).
	own = strings.ReplaceAll(own, "\u3000", " ")
	var out []string
	for _, re := range mergeTargets {
		// A sentence the mail program wrapped is read joined too ("… registered
		// to\na@… into your account b@…"); fields stay on their own lines.
		for _, text := range []string{own, unwrapped(own)} {
			for _, m := range re.FindAllStringSubmatchIndex(text, 8) {
				out = addTargets(out, text, m)
			}
		}
	}
	if len(out) > 0 {
		return out
	}
	return keptUnread(unwrapped(own))
}

// keptUnread returns every account named in a sentence that speaks of
// an account kept in words no rule above reads ("a@… (personal) を残して、
// もう一方をそちらに統合", "with a@… as the primary", "a@… に一本化", "so that
// a@… is your only login"): the desk named a direction that is not read, so
// the request is held for a person unless that sentence's one account is
// the case's. Only where no rule read a direction anywhere in the mail.
func keptUnread(text string) []string {
	var out []string
	start := 0
	for _, b := range append(sentenceEnd.FindAllStringIndex(text, -1), []int{len(text), len(text)}) {
		sn := text[start:b[0]]
		start = b[1]
		if !keptWords.MatchString(sn) || readsTarget(sn) {
			continue
		}
		for _, m := range addressIn.FindAllStringIndex(sn, -1) {
			a := strings.ToLower(strings.Trim(sn[m[0]:m[1]], "<>()[]、。,.;:\"'"))
			if !sourceBefore.MatchString(sn[:m[0]]) && !sourceAfter.MatchString(sn[m[1]:]) && !slices.Contains(out, a) {
				out = append(out, a)
			}
		}
	}
	return out
}

// readsTarget reports a sentence one of [mergeTargets] reads.
func readsTarget(sn string) bool {
	for _, re := range mergeTargets {
		if re.MatchString(sn) {
			return true
		}
	}
	return false
}

// sourceBefore, sourceAfter: an account marked as the one that goes
// (統合元（a@…）, "from a@…", "a@… -> will be merged and closed"), or as what
// its things are tied to (a@… に紐づく バウチャーは統合先に引き継がれます), is not
// the one kept.
var (
	sourceBefore = regexp.MustCompile(`(?i)(?:統合元|移行元|\bfrom)[^、。,\n]{0,12}$`)
	sourceAfter  = regexp.MustCompile(`(?i)^[>)）]?\s*(?:に紐づ|に紐付|に登録|に関連付|に関連づ|から|` +
		`(?:->|→|=>|:|-|–)?\s*(?:will\s+be|to\s+be)\s+(?:merged|closed|deactivated|retired|removed|deleted)\b)`)
)

// keptWords speak of the account that stays, or of where all goes.
var keptWords = regexp.MustCompile(`(?i)\b(?:keep\w*|kept|retain\w*|remain\w*|stay\w*|surviv\w*|primary|main|` +
	`only\s+(?:login|sign-?in|account))\b|残|統合先|移行先|一本化|寄せ|存続|集約|メイン`)

// addTargets adds to out the account the match m of text names. One named
// under a negation ("統合先は a@… ではなく b@…", "you won't sign in with
// a@… any more") is not where the merge goes: every account of its
// mail is added instead (with "not a@…" when it names no other), so that
// the request is held for a person.
func addTargets(out []string, text string, m []int) []string {
	// The account's stop is the sentence's end, not part of the address.
	to := m[1]
	for to > m[2] && text[to-1] == '.' {
		to--
	}
	start, end := sentenceAround(text, m[0], to)
	found := []string{text[m[2]:m[3]]}
	// What the merge will not harm ("merging won't cancel it - the booking
	// moves to a@…") negates no account.
	near := normalize(text[max(start, m[0]-25):min(end, to+25)])
	if targetNegated.MatchString(reassurance.ReplaceAllString(near, " ")) {
		found = addressIn.FindAllString(text, -1)
		if len(found) < 2 {
			// The one account named is the one that goes: the merge is
			// into the other, which no address names. "not a@…" is no
			// case's account, so the request is held all the same.
			found = []string{"not " + text[m[2]:m[3]]}
		}
	}
	for _, a := range found {
		a = strings.ToLower(strings.Trim(a, "<>()[]、。,.;:\"'"))
		if strings.Contains(a, "@") && !slices.Contains(out, a) {
			out = append(out, a)
		}
	}
	return out
}

var (
	// targetNegated is a negation beside an account named as the one kept.
	targetNegated = regexp.MustCompile(`(?i)\b(?:not|no longer|never|any\s?more|instead of|rather than|unable|` +
		`cannot|stop(?:s|ped)?\s+working)\b|` +
		`n't\b|ではなく|でなく|じゃなく|以外|ではありません|ではございません`)
	addressIn = regexp.MustCompile(`[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+`)
	// sentenceEnd ends a sentence: a stop before a space, 。, a line's end.
	sentenceEnd = regexp.MustCompile(`[.!?;]\s|。|\n`)
)

// sentenceAround returns the bounds of the sentence of text holding
// [from, to).
func sentenceAround(text string, from, to int) (int, int) {
	start, end := 0, len(text)
	for _, b := range sentenceEnd.FindAllStringIndex(text, -1) {
		if b[1] <= from {
			start = b[1]
		} else if b[0] >= to {
			end = b[0]
			break
		}
	}
	return start, end
}

// unwrapped is own with each line that goes on with the sentence before it
// joined to that line, as sentences reads them.
func unwrapped(own string) string {
	var b strings.Builder
	prev := ""
	for line := range strings.Lines(own) {
		line = strings.TrimSpace(line)
		switch {
		case prev == "":
		case line != "" && continues(prev, line):
			b.WriteByte(' ')
		default:
			b.WriteByte('\n')
		}
		b.WriteString(line)
		prev = line
	}
	return b.String()
}
