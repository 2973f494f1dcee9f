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

// TestJapanesePermission: "it is fine to merge" in Japanese (統合して
// いただいて問題ありません, 統合してください) consents, "please don't merge"
// refuses, and a bare "no problem" answers nothing.
func TestJapanesePermission(t *testing.T) {
	readAll(t, map[string]Answer{
		"はい、統合していただいて問題ございません。":          Yes,
		"統合してください。":                      Yes,
		"同意してください。どちらも私のアカウントで間違いありません。": Yes,
		"統合しないでください。":                    No,
		"問題ありません。":                       Unclear,
	})
}

// TestWhatWasRepliedBeforeUnquoted: "I know I replied yes yesterday" tells
// what was answered before; this reply's answer is in its other sentences.
func TestWhatWasRepliedBeforeUnquoted(t *testing.T) {
	readAll(t, map[string]Answer{
		"I know I replied yes yesterday, but I've changed my mind. Please do not consent.": No,
		"I replied yes to this earlier. Please do not consent.":                            No,
	})
}
