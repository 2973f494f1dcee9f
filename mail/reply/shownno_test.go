package reply

import "testing"

// TestScreensNoIsNotTheWriters: a negative that a page or a button shows
// in quotation brackets (「ページが見つかりません」と表示されました, an error)
// is the page's words, trouble to tell a person about, not the writer's
// No; the writer's own No, and a status a page shows as done, stay read.
func TestScreensNoIsNotTheWriters(t *testing.T) {
	for text, want := range map[string]Answer{
		"リンクを開いたら「ページが見つかりません」と表示されました。":         Unclear,
		"送信ボタンを押すと「送信できません」と表示されます。どうすればよいですか。":  Unclear,
		"サインインすると『アカウントが見つかりません』と出てしまいます。":       Unclear,
		"フォームを開くと「このページは存在しません」と書いてあります。":        Unclear,
		"申請ページを開くと「お探しのページは見つかりません」と表示されてしまいます。": Unclear,
		"まだ表示されていません。":                   No,
		"いいえ、まだ見つかりません。":                 No,
		"「連携済み」と表示されています。":               Done,
		"いいえ。「同意する」は押していません。統合は待ってください。": No,
	} {
		if got := Read(text); got != want {
			t.Errorf("Read(%q) = %q, want %q", text, got, want)
		}
		if want == Unclear && Lean(text) == No {
			t.Errorf("Lean(%q) = no, want no answer", text)
		}
	}
}
