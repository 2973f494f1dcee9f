package reply

import "testing"

// TestOwnWordsHelpdeskMarkerInAnyWording: a helpdesk frames its "reply
// above this line" marker in "##- … -##" whatever language it writes it in
// (Zendesk's Japanese desks: このメールの上に返信を入力してください). At the
// top of the desk's own mail it is skipped, so the newest comment under the
// notice is read; under a person's words it ends them, as the English
// marker does, so the desk's mail below is not taken for theirs.
func TestOwnWordsHelpdeskMarkerInAnyWording(t *testing.T) {
	const rule = "\n\n------------------------------\n\n"
	for _, c := range []struct{ name, in, want string }{
		{"a Japanese marker over the desk's newest comment",
			"##- この上にご返信を書いてください -##\n\nお問い合わせ(12345)が更新されました。" + rule +
				"山本 (AWS Support)\n\nDec 8, 2026, 10:00 UTC+09:00\n\n統合を進めてよろしいでしょうか。" + rule +
				"certflow\n\nDec 7, 2026, 09:00\n\n統合をお願いします。",
			"お問い合わせ(12345)が更新されました。" + rule +
				"山本 (AWS Support)\n\nDec 8, 2026, 10:00 UTC+09:00\n\n統合を進めてよろしいでしょうか。"},
		{"a marker in another language",
			"##- Bitte antworten Sie oberhalb dieser Zeile -##\n\nYour request (#881) has been updated." + rule +
				"Lena (AWS Support)\n\nDec 8, 2026, 10:00 UTC\n\nThe two accounts are merged." + rule +
				"certflow\n\nDec 7, 2026, 09:00\n\nPlease merge my accounts.",
			"Your request (#881) has been updated." + rule +
				"Lena (AWS Support)\n\nDec 8, 2026, 10:00 UTC\n\nThe two accounts are merged."},
		// Near misses: a person's words above the desk's marker are all
		// that is theirs; a line that only starts with ## is no marker.
		{"a person's reply above the Japanese marker",
			"いいえ、まだです。\n\n##- このメールの上に返信を入力してください -##\n\n統合は完了しました。",
			"いいえ、まだです。"},
		{"a heading in hashes is text",
			"## 手順 ##\n統合を進めてよろしいでしょうか。",
			"## 手順 ##\n統合を進めてよろしいでしょうか。"},
	} {
		if got := OwnWords(c.in); got != c.want {
			t.Errorf("%s:\nOwnWords = %q\nwant      %q", c.name, got, c.want)
		}
	}
}
