package reply

import "testing"

// TestDetailOpensTheSentenceOfItsAnswer: the pieces of one sentence before
// its answer (cut at commas, or at a line's end when the sentence goes on in
// the next line) are read with it, as a Japanese sentence's predicate comes
// last; a whole sentence of detail before any answer still makes the reply
// unclear, and so does a piece that names another or a wrong thing or an
// act of the case's own.
func TestDetailOpensTheSentenceOfItsAnswer(t *testing.T) {
	readAll(t, map[string]Answer{
		"プロフィールを見たところ、認定資格が\n三つとも表示されていました。":                           Yes,
		"On the partner page, under my profile, all three are listed.": Yes,
		"In the APN profile, nothing is listed yet.":                   No,
		"I logged in yesterday.\nDone.":                                Unclear,
		"昨日、別のアカウントで\n送信しました。":                                         Unclear,
		"For my other account, the form is submitted.":                 Unclear,
		"On the partner page, under my profile":                        Unclear,
	})
}

// TestJapaneseQuestionWithoutAMark: a Japanese sentence ending in the
// question particle か asks, with or without "？", and a question keeps a
// reply for a person.
func TestJapaneseQuestionWithoutAMark(t *testing.T) {
	readAll(t, map[string]Answer{
		"まだ表示されていません。どのくらい待てばよいでしょうか":                 Unclear,
		"ログインはできたのですが、メニューが見つかりません。\nどこから操作するのでしょうか。": Unclear,
	})
}

// TestTroubleBeforeThenTheAnswerNow: "X but Y", where X tells how it was
// before (at first, on Monday) and Y, without doubt, how it is now or in
// the end, answers as Y; without a time on both sides, or with a doubt in
// Y, the "but" still keeps the reply for a person.
func TestTroubleBeforeThenTheAnswerNow(t *testing.T) {
	readAll(t, map[string]Answer{
		"They were not listed on Monday, but they show up now.":  Yes,
		"Nothing was there this morning but I can see them now.": Yes,
		"The first try timed out, but it is linked now.":         Done,
		"昨日は表示されませんでしたが、今は表示されています。":                             Yes,
		"They were not listed on Monday, but they show up.":      Unclear,
		"The first try timed out, but it may be linked now.":     Unclear,
		"最初はエラーが出ましたが、表示されています。":                                 Unclear,
		"It showed at first, but now it is not there.":           No,
	})
}

// TestSmileysDoNotCutSentences: a smiley's colon or bracket is no
// sentence's end.
func TestSmileysDoNotCutSentences(t *testing.T) {
	readAll(t, map[string]Answer{
		"yes :) all three are there": Yes,
		"done ;-) thanks":            Done,
		"表示されています(^^)":               Yes,
		"not yet :( still nothing":   No,
	})
}

// TestJapaneseAnswerCarriesItsObject: a Japanese answer carries its object
// and circumstances before the verb; up to maxJapaneseDetail characters of
// them are detail, more is prose for a person.
func TestJapaneseAnswerCarriesItsObject(t *testing.T) {
	readAll(t, map[string]Answer{
		"先ほど、人事部から案内のあった申請ページより統合の申請を提出いたしました。":                           Submitted,
		"先ほど、人事部から案内のあった申請ページより、上長と相談のうえで、念のため旧アドレスも書き添えて統合の申請を提出いたしました。": Unclear,
	})
}

// TestCourtesyCarriesItsReason: a courtesy opening a sentence may carry its
// reason ("Sorry for the slow reply, I was away") before the answer; not
// when the reason names another or a wrong thing.
func TestCourtesyCarriesItsReason(t *testing.T) {
	readAll(t, map[string]Answer{
		"Sorry for the late answer, I was on holiday.\n\nDone, I linked them this morning.": Done,
		"Thanks for the reminder, I was travelling. Submitted the form just now.":           Submitted,
		"Sorry, I used my other account. Done.":                                             Unclear,
	})
}
