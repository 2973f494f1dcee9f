package reply

import (
	"regexp"
	"strings"
)

// A verify answer ("Do your AWS Certifications show in the APN profile?")
// may be a Yes or No in its first words that the rest holds back. A false
// Yes closes the share case, so what follows fails closed (Unclear):
//   - a past look told of something else than the profile today: "I saw
//     them in the screenshot my manager sent", "saw them at my old job's
//     APN", "I saw them go" (only a time, a count or the profile may follow);
//   - other people's certifications as what shows: "everyone else's show
//     up", 同僚の分は出ています;
//   - a showing told as for now or on another page: "(both listed, for
//     now)", "listed on the team page";
//   - a No whose words say nothing is missing: "no it isn't missing
//     anything", "no, they're not all missing" (all there, or a part).

// shownUndercut reports lines that hold back the verify answer a.
func shownUndercut(a Answer, lines []string) bool {
	low := asciiLower(strings.Join(lines, "\n"))
	switch a {
	case Yes:
		return sawOtherThing(low) || othersAsSubject.MatchString(low) || forNow.MatchString(low) ||
			jaOthersShown.MatchString(strings.Join(lines, "\n"))
	case No:
		return notMissing.MatchString(low)
	}
	return false
}

// sawOtherThing reports a "saw them / both / all" followed by anything
// but a count, the profile, a time of today's look or the sentence's end.
func sawOtherThing(low string) bool {
	for _, loc := range sawThem.FindAllStringIndex(low, -1) {
		if !sawTail.MatchString(low[loc[1]:]) {
			return true
		}
	}
	return false
}

var (
	sawThem = regexp.MustCompile(`\bsaw (?:them|both|all)\b`)
	// sawTail is what may follow a look that found them: "of them", "all
	// three", "on the profile", "this morning", "just now", then the end.
	sawTail = regexp.MustCompile(`^(?:\s+(?:of them|two|three|four|five|six|\d+|there|listed|myself|too|` +
		`under (?:the )?certifications(?: tab| section)?|` +
		`(?:on|in) (?:the|my) (?:apn |partner )?(?:profile|page|list)|this (?:morning|afternoon|evening)|today|` +
		`just now|earlier(?: today)?|(?:an|one|a few) (?:hour|hours|minute|minutes) ago|\d+ (?:minutes|hours) ago|` +
		`a (?:minute|moment) ago|when i (?:logged in|checked|looked)))*\s*(?:[.!,;:)]|$)`)
	// othersAsSubject is other people's certifications named anywhere in
	// a Yes: theirs may be what the writer sees.
	othersAsSubject = regexp.MustCompile(`\b(?:(?:colleagues|teammates|coworkers|co-workers|members|peers)'|` +
		`(?:colleague|teammate|coworker|co-worker|manager|boss)'s|rest of (?:the|my|our) team's|` +
		`(?:everyone|everybody|someone|somebody) else's|other people's|others')`)
	jaOthersShown = regexp.MustCompile(`同僚|他の(?:人|方|メンバー)|ほかの(?:人|方|メンバー)|上司の|チームの他`)
	// forNow is a showing said to hold for now, or on a page that is not
	// the APN profile.
	forNow = regexp.MustCompile(`\b(?:for now|for the moment|so far|temporarily|at least for now)\b|` +
		`\b(?:on|in) (?:the|our|my) (?:team|company|public|intranet) (?:page|site|list)\b`)
	// notMissing is a negated "missing": nothing (or not all) is missing.
	notMissing = regexp.MustCompile(`(?:\bnot|n't|\bisnt|\barent)\s+(?:all\s+|any\s+)?missing\b`)
)
