package classify

import "testing"

// TestIrreversibleWarningIsNoTroubleNorRefusal: a consent request warns, in
// its own words, that a merge cannot be undone once done ("cannot be
// restored", 分離できません); that warning neither refuses the request nor
// tells of trouble with the merge. A real inability to merge still does.
// The sentences are written here, not copied from a corpus.
func TestIrreversibleWarningIsNoTroubleNorRefusal(t *testing.T) {
	checkAWS(t, []awsCase{
		{"Please reply to confirm you approve the merge. Once processed, the merged profile cannot be restored to two.",
			"aws_consent_request", ""},
		{"統合に同意いただけるか、ご返信ください。統合したアカウントを元の二つに戻すことはできません。", "aws_consent_request", ""},
		{"統合してもよろしいでしょうか。統合後にアカウントを切り離すことはできません。", "aws_consent_request", ""},
		// The warning in the same sentence as the request, before its comma.
		{"この操作は元に戻せない処理となるため、統合に同意いただけるかご返信ください。", "aws_consent_request", ""},
		{"As the merge cannot be reversed, please reply to confirm you agree to it.", "aws_consent_request", ""},
		// Near misses: the desk cannot merge, or the merge was undone.
		{"We are unable to merge these accounts because the names differ. We are closing this case.",
			"aws_other", SubRefusal},
		{"統合はできかねます。本ケースはクローズいたします。", "aws_other", SubRefusal},
	})
}
