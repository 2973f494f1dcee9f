package reply

import "testing"

// TestEnglishWordWithAJapaneseEnding: bilingual writers put an English
// answer word before a Japanese verb ending ("submit しました", "link 済み
// です", "done です"); it reads as the Japanese word it stands for.
func TestEnglishWordWithAJapaneseEnding(t *testing.T) {
	readAll(t, map[string]Answer{
		"フォーム、submit しました。": Submitted,
		"link 済みです！":        Done,
		"今朝 done しました":      Done,
		"Sent 完了です":         Submitted,
	})
}

// TestListedInJapanese: 載っています ("it is listed") tells what shows, as
// 表示されています does, and its negation is a No.
func TestListedInJapanese(t *testing.T) {
	readAll(t, map[string]Answer{
		"三つとも載ってます。":         Yes,
		"プロフィールにちゃんと載っていました": Yes,
		"まだ載っていません":          No,
		"プロフィールに掲載されています":    Yes,
	})
}
