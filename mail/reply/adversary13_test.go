package reply

import "testing"

// TestOthersWordIsNotTheWriters: another person's consent, answer or
// seeing told in a reply ("my husband says it's fine to merge", "my team
// lead's answer is yes", "From my boss: go ahead", 上司は同意しています) is
// not the account owner's own, and a deed another did ("our office
// manager submitted it", "IT linked it") not the owner's doing: certflow
// sends its consent in the owner's name, and the case asks the owner.
func TestOthersWordIsNotTheWriters(t *testing.T) {
	leansNot(t, []string{
		"My husband says it's fine to merge.",
		"My partner says yes, go ahead.",
		"My team lead's answer is yes.",
		"From my boss: go ahead.",
		"Our account owner agreed, please proceed.",
		"My line manager is fine with the merge.",
		"上司は同意しています。",
		"家族は統合に同意しています。",
		"課長からは統合して問題ないとのことです。",
	}, Yes)
	leansNot(t, []string{"My colleague confirms they show up.", "My wife can see them on her laptop."}, Yes)
	leansNot(t, []string{"IT linked it yesterday.", "HR team completed the linking.",
		"Our office manager linked it for the team."}, Done)
	leansNot(t, []string{"Our office manager submitted it.", "My line manager sent the form."}, Submitted)
	// The writer's own answer, and another's word that only agrees with it.
	reads(t, Yes, "Yes, I can see them. My manager can see them too.", "Yes, go ahead. I've checked with my manager.",
		"上司にも確認しました。統合に同意します。", "はい、同意します。", "Yes, I agree to the merge.")
	reads(t, Done, "I linked it myself.", "My account is linked.", "It's linked.")
	reads(t, Submitted, "I submitted the form to AWS.")
}
