package reply

import "testing"

// TestYesFamiliesOfTheEighthToTenthSets: the ways of saying yes that the
// eighth to tenth sets (study sets since the session that measured them)
// showed read as unclear, each beside the near miss it must not take. The
// sentences are reworded, not copied from the sets.
func TestYesFamiliesOfTheEighthToTenthSets(t *testing.T) {
	for text, want := range map[string]Answer{
		// A mail program's footer is no detail after a bare "Yes".
		"Yes, both of them are on the page now.\n\nSent from my iPad":       Yes,
		"Yes, both of them are on the page now.\n\nGet Outlook for Android": Yes,
		"はい、２つとも表示されています。\n\niPhoneから送信":                                    Yes,
		"Yes, I think so.\n\nSent from my iPad":                             Unclear,
		// Colloquial Japanese drops the い of ている: 表示されてました.
		"はい、ちゃんと表示されてました。": Yes,
		"表示されてませんでした。":     No,
		"はい、反映されてました！":     Yes,
		"一部しか表示されてませんでした。": Unclear,
		// Permission in the polite form with 同意 or 承諾, as with 統合.
		"統合に同意していただいて問題ありません。": Yes,
		"承諾していただいて構いません。":      Yes,
		"同意していただいて大丈夫です。":      Yes,
		"同意しないでいただけますか。":       No,
		"同意していただいて問題ないか確認します。": Unclear,
		// "OK by me", "fine by me": consent in a few words.
		"Sure, fine by me.":                Yes,
		"OK by me, go ahead.":              Yes,
		"Not OK by me.":                    No,
		"Fine by me if my manager agrees.": Unclear,
		// "You may consent": permission, not a doubt.
		"Yes: you may consent to the merge for me.": Yes,
		"You may go ahead with the merge.":          Yes,
		"You may want to wait a little.":            Unclear,
		"Maybe you could consent, I am not sure.":   Unclear,
		// Why the closed account does not matter, in other words.
		"Sure, please consent. I don't need the old account any more.": Yes,
		"Go ahead, I no longer need that one.":                         Yes,
		"I don't need the old account any more.":                       Unclear,
		// Japanese: "please answer that I consent".
		"問題ありませんので、同意の回答をお願いします。": Yes,
		"同意の回答をお願いします。":           Yes,
		// Who owns the accounts, before the answer, is no answer of its own.
		"両方とも私のアカウントで間違いありません。同意してください。":           Yes,
		"どちらも私のアカウントです。統合をお願いします。":                 Yes,
		"Both accounts are mine. Please go ahead.": Yes,
		"両方とも私のアカウントで間違いありません。":                    Unclear,
		"Both accounts are mine.":                               Unclear,
		"Yes. Both accounts are mine.":                          Unclear, // may answer whether they are
		"はい。両方とも私のアカウントです。":                                     Unclear,
		"Both accounts are mine, but please do not merge them.": No,
		// Spoken Japanese: おけ, 進めちゃってください.
		"おけです！進めちゃってください": Yes,
		"オッケーです。":         Unclear,
		"進めちゃわないでください":    Unclear,
		// The topic before a Japanese answer (…の統合について、同意します).
		"上記アカウントの統合について、同意いたします。": Yes,
		"統合の取り消しについて、同意いたします。":    Unclear,
		"別のアカウントの統合について、同意いたします。": Unclear,
		// "No plan to use it again, so …" is a reason, not a plan.
		"古いアカウントはもう使う予定はないので、統合して問題ありません。":                  Yes,
		"Sure, OK by me. Nothing to lose, please go ahead.": Yes,
		// The old account named by its provider, or "it" not needed any more
		// beside a Yes in words.
		"Sure, go ahead. I don't use the gmail one any more.": Yes,
		// The old account named by its provider's domain ("the outlook.com one").
		"Yes - go ahead. I don't use the hotmail.com one any more.":    Yes,
		"OK by me. I don't use it for anything now.":                   Yes,
		"Please consent for me. I don't need it anymore.":              Yes,
		"I don't need it anymore.":                                     Unclear,
		"Yes, please consent. The old one only has the CCP from 2021.": Yes,
		"Yes, but the new one only has the CCP.":                       Unclear,
		// What was done, told as the time of something else, is no answer.
		"Yep, they show! It took about five days after I linked.": Yes,
		"They appeared a week after we linked them.":              Yes,
		// "Only" of time (it only appeared yesterday) narrows nothing.
		"Yes, all of them show now. The Security one only appeared yesterday.": Yes,
		"They all show. The last one only showed up this morning.":             Yes,
		"Yes, only two of them show.":                                          Unclear,
		"Only the SAA appeared yesterday.":                                     Unclear,
		// A bare "Yes", when it was checked, and what shows.
		"Yes. Checked this morning: my SAA and SAP both show in the APN profile.": Yes,
		"Yes. Checked this morning: my SAA shows, the SAP does not.":              Unclear,
		"Yes. Checked this morning.":                                              Unclear,
	} {
		if got := Read(text); got != want {
			t.Errorf("Read(%q) = %q, want %q", text, got, want)
		}
	}
	// Near misses that may be read as No or left unclear, never as Yes.
	for _, text := range []string{
		"同意の回答はしないでください。",
		"同意の回答をするかどうか、少し考えさせてください。",
		"Fine by me, but only once my manager agrees.",
		"両方とも私のアカウントではありません。同意してください。",
		"両方とも私のアカウントにはなっていません。同意してください。",
		"古いアカウントを使う予定なので、統合は待ってください。",
		"They showed up yesterday but are gone again today.",
		"Nothing has appeared yet.",
		"None of them show up.",
		"Not all show.",
		"Can you show me where they should appear?",
		"Two of the four show now.",
		"3 out of 4 appear in the profile now.",
		"Yes, two of my three certifications show up.",
	} {
		if got := Read(text); got == Yes {
			t.Errorf("Read(%q) = yes", text)
		}
	}
}
