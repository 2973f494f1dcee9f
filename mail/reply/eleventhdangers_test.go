package reply

import "testing"

// TestEleventhSetDangers: the families of the four replies of the
// eleventh set and the one of the twelfth (both written blind) that were
// read as an answer they did not give, reworded. Each must be left for a person (or read as what it
// says), never as the answer it was taken for.
func TestEleventhSetDangers(t *testing.T) {
	for text, want := range map[string]Answer{
		// A plan in Japanese around an English answer word: "will make it done next week".
		"出張から戻ったら対応して done にします。": Unclear,
		"来週、連携を済ませます。":            Unclear,
		"見つかり次第、フォームを提出します。":      Unclear,
		"連携は完了しました。":              Done,
		// Not yet checked, with a plan to check: no No.
		"まだ確認できていません。明日確認してご連絡します。": Unclear,
		"すみません、まだ確認できておりません。":       Unclear,
		"確認できません。APNのページには何もありません。": No,
		"まだ表示されていません。明日また確認します。":    No,
		// Done only up to a point (…までは完了しました).
		"フォームの入力までは完了しました。": Unclear,
		"下書きまでは終わりました。":     Unclear,
	} {
		if got := Read(text); got != want {
			t.Errorf("Read(%q) = %q, want %q", text, got, want)
		}
	}
	for text, want := range map[string]Answer{
		"フォームの入力までは完了しました。今週中には出せると思います。": Unclear,
		"まだ確認できていません。明日の午前中に確認します。":       Unclear,
		"出張中なので、来週戻ってから done にします。":       Unclear,
		// What did not show last week and shows now is a Yes, never a No lean.
		"表示されています。先週はまだ何も出ていませんでしたが、今日は全部反映されていました。":            Unclear,
		"表示されています。先週の時点ではまだ出ていませんでしたが、本日確認したところ、3つとも反映されていました。": Unclear,
		// The answer quoted as what one would like to say (twelfth set, written blind).
		"連携しました…と言いたいところですが、最後のボタンで画面が固まりました。": Unclear,
		"完了しました、と言いたいのですが、まだエラーが出ます。":          Unclear,
		"完了しました。": Done,
		// Someone else's showing, and one's own not yet looked at: no lean.
		"They showed up for my colleague yesterday. I haven't looked at my own yet, I'll check tomorrow.": Unclear,
		"表示されていません。先週から何も変わっていません。":                                                                       No,
	} {
		if got := Lean(text); got != want {
			t.Errorf("Lean(%q) = %q, want %q", text, got, want)
		}
	}
}
