package reply

import "testing"

// TestDashInsideACertificationName: AWS names its certifications with a
// dash before the level ("Developer - Associate", "Security - Specialty",
// "DevOps Engineer – Professional"), and people copy the names so: such a
// dash joins the name, it does not cut the sentence, so "the Developer -
// Associate is listed" is read whole and not as a name alone and a
// "Associate is listed". Near misses: a dash after an answer word stays a
// cut ("Yes - Professional and Associate both show" is still two pieces
// that agree), a part named by what is missing stays no Yes, and a dash
// before a word that names no level still cuts.
func TestDashInsideACertificationName(t *testing.T) {
	readAll(t, map[string]Answer{
		"Yes. I opened the partner portal and the Developer - Associate is listed under my name.": Yes,
		"Yes, the SysOps Administrator – Associate shows on the profile page now.":                Yes,
		"No. The Machine Learning - Specialty is still not listed.":                               No,
		"Yes - Professional and Associate both show.":                                             Yes,
		// Near misses.
		"Yes. The DevOps Engineer - Professional is listed but the Security - Specialty is missing.": Unclear,
		"The Developer - Associate shows, the Data Engineer - Associate does not.":                   Unclear,
		"Yes. The Developer - Associate shows in my personal account.":                               Unclear,
	})
	leanAll(t, map[string]Answer{
		"Only one. The Security - Specialty is listed, the Developer - Associate is missing.":                    No,
		"Only one of the two. Data Engineer - Associate appears, but DevOps Engineer - Professional is missing.": No,
	})
}

// TestLookThenWhatShowed: "I opened the profile and the SAA is listed" is
// how the writer looked, then what showed there: the look is detail and
// the showing the answer, as if a comma stood between them. Near misses:
// a look at another's or a wrong place, a showing of nothing or of
// something else, a hedge on the showing, a status instead of a showing,
// and a look joined to a deed rather than a showing.
func TestLookThenWhatShowed(t *testing.T) {
	readAll(t, map[string]Answer{
		"Yes. I logged into the partner portal and my three certifications are listed.": Yes,
		"Yes, I opened the profile and both certifications show up.":                    Yes,
		"No. I refreshed the page and the certifications are still not listed.":         No,
		// Near misses.
		"Yes. I logged into my colleague's profile and the certification is listed.": Unclear,
		"Yes. I opened the profile and it shows 0 certifications.":                   Unclear,
		"Yes. I opened the profile and it's listed, I think.":                        Unclear,
		"Yes. I opened the profile and it says pending.":                             Unclear,
		"Yes. I logged into my personal account and the certification shows.":        Unclear,
	})
}

// TestShownWithItsEntry: a certification said to show "with its
// validation number and the expiry date" is described
// as it stands on the page: those words are what is there, no detail of
// their own. Near misses: a wrong or missing part of the entry, an error
// shown with it, and the same words with no showing at all.
func TestShownWithItsEntry(t *testing.T) {
	readAll(t, map[string]Answer{
		"Yes, the Developer Associate is listed with its validation number and the expiry date.": Yes,
		"Yes. Both certifications appear with their validation numbers and the issue dates.":     Yes,
		"The SAA shows up with its credential ID and the expiration date (2028).":                Yes,
		// Near misses.
		"Yes, the SAA is listed with the wrong expiry date.":                        Unclear,
		"The SAA is listed with an error next to the validation number.":            Unclear,
		"Yes, the SAA is listed without its validation number and the expiry date.": Unclear,
		"Yes. I have the validation number and the expiry date.":                    Unclear,
	})
}
