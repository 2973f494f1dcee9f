package reply

import "testing"

// What kinds of detail may follow an answer without changing it, weighed by
// what a mistake costs: a false Yes may send an irreversible consent, a
// false No only waits, so a bare "Yes" takes less detail than a No does.
// Added when the fifth set became a study set; the sentences are written
// here, not copied from it. The near misses were written before the rules
// were run against them.

// TestDetailAfterBareYes: one sentence that only describes how things
// stand (no negation, contrast, doubt, question, plan, request, other
// answer, nor the mail itself) may follow a bare "Yes".
func TestDetailAfterBareYes(t *testing.T) {
	readAll(t, map[string]Answer{
		"Yes, all four badges are on the page now.":       Yes,
		"Yep - every one of them is on the profile page.": Yes,
		"Yes. The profile lists SAA, DVA and SOA.":        Yes,
		"はい、3つとも載っています。":                                  Yes,
		"はい。プロフィールに全部並んでいます。":                             Yes,
	})
}

// TestDetailAfterBareYesNearMisses: what a bare "Yes" may be answering is
// not clear when the detail speaks of the mail, of the writer's own
// doing, of later, of a doubt or a contrast, or is more than a sentence.
func TestDetailAfterBareYesNearMisses(t *testing.T) {
	readAll(t, map[string]Answer{
		"Yes, I got your message last night.":                           Unclear,
		"Yes, your email arrived.":                                      Unclear,
		"Yes, the page looks fine but one badge is gone.":               Unclear,
		"Yes, they will be there tomorrow.":                             Unclear,
		"Yes, maybe all of them.":                                       Unclear,
		"Yes, the old account should go.":                               Unclear,
		"Yes. Cancel the whole request for the merge right away today.": Unclear,
		"Yes. Everything is on the page. The old badge too.":            Unclear,
		"Yes, we had a long talk about it on Monday.":                   Unclear,
		"はい、メールを受け取りました。":                                               Unclear,
		"はい。……いや、少々お待ちください。":                                            Unclear,
		"はい、明日確認します。":                                                   Unclear,
		// Written after the first rule ran: a detail of trouble, or one
		// that tells no presence of what was asked about.
		"Yes, they're listed under the wrong account.": Unclear,
		"Yes, it's the other account.":                 Unclear,
		"Yes, 0 certifications are listed.":            Unclear,
		"Yes, the two accounts are both mine.":         Unclear, // may be a Yes: a consent costs more
		"はい、エラーが表示されています。":                             Unclear,
		"はい、別のアカウントに表示されています。":                         Unclear,
		"はい、載っていますが一つ足りません。":                           Unclear,
	})
}

// TestDoubtAfterClearNo: after a No in words, doubts, plans and reasons
// only say why not or what comes next; they agree with the No.
func TestDoubtAfterClearNo(t *testing.T) {
	readAll(t, map[string]Answer{
		"Please don't merge them. I might need the old one for a course later.": No,
		"Don't go ahead. I'm not sure the badges would survive it.":             No,
		"止めてください。上司に相談してから改めてご連絡するかもしれません。":                                     No,
	})
}

// TestDoubtAfterClearNoNearMisses: a bare "No" with a doubt, a No put as a
// question, a doubt before the No, and a No taken back stay unclear.
func TestDoubtAfterClearNoNearMisses(t *testing.T) {
	readAll(t, map[string]Answer{
		"No. Not sure, maybe.": Unclear,
		// A question after a No asks a person something (as in
		// TestRelativeClauseIsNoQuestion): it is theirs to answer.
		"Not yet, sorry. Should I log out and back in again?":    Unclear,
		"まだ表示されていません。もう少し待てばよいのでしょうか？":                           Unclear,
		"No? I thought it was done already.":                     Unclear,
		"I'm not sure. Please don't merge them.":                 Unclear,
		"Please don't merge them. Actually, go ahead.":           Unclear,
		"Please don't merge them yet. Or should I say go ahead?": Unclear,
		"いいえ。……やっぱり進めてください。":                                     Unclear,
	})
}

// TestDetailAfterBareNo: plain detail after a bare "No" agrees with it; a
// courtesy that starts with "no" is no answer.
func TestDetailAfterBareNo(t *testing.T) {
	readAll(t, map[string]Answer{
		"No, the profile page looks the same as last week.": No,
		"いいえ、プロフィールは先週と同じ状態です。":                             No,
		"No worries, I got it.":            Unclear,
		"No problem, thanks for the mail.": Unclear,
	})
}

// TestAnswerAstray: something there or done, said of somewhere else or of
// nothing, is not what was asked about. A No stays a No.
func TestAnswerAstray(t *testing.T) {
	readAll(t, map[string]Answer{
		"They show up under a different account.":     Unclear,
		"Done, linked to the wrong profile.":          Unclear,
		"連携は別のアカウントで完了しました。":                          Unclear,
		"The profile shows 0 certifications.":         Unclear,
		"I can see all three now.":                    Yes,
		"Not showing under the other account either.": No,
	})
}

// TestTopicNamesWhatWasDone: a noun topic before 、 is what the verb after
// it did (フォームの送信、完了しました is the submission done, Submitted);
// the topic and its verb are read as one.
func TestTopicNamesWhatWasDone(t *testing.T) {
	readAll(t, map[string]Answer{
		"申請フォームの送信、完了しました。": Submitted,
		"申請、完了いたしました。":      Submitted,
		"連携、完了しました。":        Done,
		"送信、まだ完了していません。":    No,
		"フォームの送信、完了しましたか？":  Unclear,
	})
}

// TestWordsNamingTheForm: words that only name which form or request it is
// ("the AWS merge form", "my account merge request") leave the answer
// about it as it is; words that make it another form do not.
func TestWordsNamingTheForm(t *testing.T) {
	readAll(t, map[string]Answer{
		"I have sent the merge form.":               Submitted,
		"Sent the account merge form this morning.": Submitted,
		"I've completed the AWS support form.":      Submitted,
		"I filled the online merge form.":           Submitted,
		"I haven't sent the merge form yet.":        No,
		"I sent the cancellation form.":             Unclear,
		"I have sent the wrong form.":               Unclear,
		"Have you sent the merge form?":             Unclear,
	})
}

// TestReasonForFine: after an answer, "<reason>, so it is fine"
// (…ないので大丈夫です) only says why the answer holds: the negation is the
// reason's, not the answer's.
func TestReasonForFine(t *testing.T) {
	readAll(t, map[string]Answer{
		"統合を進めてください。古い方のアドレスは今は使っていないので問題ありません。":                         Yes,
		"進めてください。旧アカウントにはもうログインしないので構いません。":                              Yes,
		"Go ahead. The old address isn't used any more, so that's fine.": Yes,
	})
}

// TestReasonForFineNearMisses: the fine negated, doubted or asked, a reason
// that holds an answer, or no answer before it, stay unclear.
func TestReasonForFineNearMisses(t *testing.T) {
	readAll(t, map[string]Answer{
		"統合を進めてください。まだ表示されていないので大丈夫ではありません。":                  Unclear,
		"使っていないので大丈夫です。":                                      Unclear,
		"統合を進めてください。統合しないので大丈夫です。":                            Unclear,
		"進めてください。使っていないので大丈夫だと思います。":                          Unclear,
		"Go ahead. It isn't merged yet, so that's fine?":      Unclear,
		"Go ahead. I don't want them merged, so that's fine.": Unclear,
		"はい。使っていないので大丈夫です。":                                   Unclear,
	})
}

// TestThreadHeadsInAnyLanguage: mail programs in other languages head the
// quoted thread in their own words ("-----Ursprüngliche Nachricht-----"
// over "Von: …", "Le … à 09:00, … <…> a écrit :" over "> …"); the shape
// tells them, not the words: a labelled rule over a header with an address,
// a line with a time and an address ending in ":" over a "> " quote.
func TestThreadHeadsInAnyLanguage(t *testing.T) {
	readAll(t, map[string]Answer{
		"Yes, go ahead.\n\n-----Ursprüngliche Nachricht-----\nVon: certflow <certflow@corp.example>\n" +
			"Gesendet: Montag\n\nMay we consent for you? Reply yes or no.\n": Yes,
		"Done.\n\n-----Message d'origine-----\nDe : certflow <certflow@corp.example>\nEnvoyé : lundi\n\n" +
			"Have you linked it? If not, tell us what went wrong.\n": Done,
		"Yes, go ahead.\n\nEl lun, 7 dic 2026 a las 09:00, certflow (<certflow@corp.example>) escribió:\n" +
			"> May we consent for you? If not, reply no.\n": Yes,
		"Yes, go ahead.\n\nLe jeu. 10 déc. 2026 à 09:00, certflow <certflow@corp.example> a écrit :\n\n" +
			"> May we consent for you? If not, reply no.\n": Yes,
	})
}

// TestThreadHeadsInAnyLanguageNearMisses: a labelled rule over the
// writer's own words, and a line with a time and an address that heads
// no quote, are the writer's.
func TestThreadHeadsInAnyLanguageNearMisses(t *testing.T) {
	readAll(t, map[string]Answer{
		"Yes.\n\n--- Meine Notizen ---\nVon: mir <me@corp.example>\nBitte nicht zusammenführen, not yet.\n": Unclear,
		"Yes.\nAt 10:00 I told my manager <boss@corp.example>:\nplease don't merge them.\n":                 Unclear,
		"Done.\n\n--- notes ---\nNot sure this worked.\n":                                                   Unclear,
	})
}

// TestPartShowingBeforeNo: that only part shows, with what is missing
// named after it, is a partial display: no No (display), whatever follows.
func TestPartShowingBeforeNo(t *testing.T) {
	readAll(t, map[string]Answer{
		"Only part of them shows. The Security one is not there.": Unclear,
		"一部しか表示されていません。DVAはプロフィールに出てきません。":                        Unclear,
		"Only one shows. Yes.":             Unclear,
		"Only one shows. Done.":            Unclear,
		"Only one shows. Please go ahead.": Unclear,
		"Only one shows. Is that normal?":  Unclear,
		"Only one shows.":                  Unclear,
	})
}

// TestSalutationInAnyCase: a name with an honorific (certflow 様, ご担当者様)
// heads the letter whatever the case of its Latin letters.
func TestSalutationInAnyCase(t *testing.T) {
	readAll(t, map[string]Answer{
		"certflow 様\n\n完了しました。":         Done,
		"partner-team さま\nはい、表示されています。": Yes,
		"certflow 様、まだ完了していません。":        No,
		"certflow 様\n\n完了したか分かりません。":    Unclear,
		// さん is an honorific too, addressing the assistant by its name.
		"certflow さん\n\n問題ありません。統合を進めてください。": Yes,
		"partner-team さん\nはい、表示されています。":      Yes,
		"certflow さん\n\nまだ提出していません。":         No,
		// Lowercase words before an honorific are a name only when few:
		// a sentence ending in one is no salutation to drop.
		"はい。\nplease wait for tanaka さん":           Unclear,
		"はい。\nhold off until the ok from yamada 様": Unclear,
	})
}

// TestClauseGoesOnInTheNextLine: a line that ends in a comma (、 or ,) goes
// on in the next, and a step before the answer in a Japanese sentence
// (ログインし、…完了しました) is detail, as a reason before it is.
func TestClauseGoesOnInTheNextLine(t *testing.T) {
	readAll(t, map[string]Answer{
		"本日アカウントにログインし、\nAPN との連携を完了いたしました。":                     Done,
		"画面の案内に従って、\n申請フォームを提出しました。":                             Submitted,
		"Since the link did not work,\nI sent the form instead.": Submitted,
		"統合を取り消し、\n完了しました。":                                      Unclear,
		"ログインしてみましたが、\n完了したかわかりません。":                             Unclear,
		"Yes,\nI think so.": Unclear,
		"本日ログインし、\nまだ連携できていません。": No,
	})
}

// TestObjectBeforeComma: an object set off by 、 (…フォームを、提出しました)
// is what the answer after it acts on, unless it is the wrong one.
func TestObjectBeforeComma(t *testing.T) {
	readAll(t, map[string]Answer{
		"ご案内いただいた申請フォームを、先ほど提出いたしました。": Submitted,
		"フォームを、まだ提出していません。":            No,
		"間違ったフォームを、提出しました。":            Unclear,
		"別のアカウントのフォームを、提出しました。":        Unclear,
	})
}

// TestSignatureAfterClosing: after a closing line ("Regards,", 以上) the
// lines of a signature are no detail to count; answers, doubts and
// questions there (a PS) are still read.
func TestSignatureAfterClosing(t *testing.T) {
	readAll(t, map[string]Answer{
		"I sent the form this morning. Got a confirmation page.\n\nRegards,\nDaniel Okafor\n" +
			"Senior Cloud Consultant | partner.example\n+44 20 7946 0321\nLondon office, 3rd floor": Submitted,
		"Sent the form.\n\nRegards,\nDan\n\nPS: please don't merge them yet.":                    Unclear,
		"Sent the form.\n\nRegards,\nDan\n\nPS: not sure it went through.":                       Unclear,
		"Yes.\nThanks,\nI received your mail on Monday.":                                         Unclear,
		"ご連絡ありがとうございます。\nはい。":                                                                    Yes,
		"Thank you for the message!\nYes.":                                                       Yes,
		"Yes.\nThanks for the quick reply!":                                                      Yes,
		"Thanks,\nI got your mail.\nYes.":                                                        Unclear,
		"Yes.\n\nRegards,\nDan\nSenior Cloud Consultant | partner.example":                       Yes,
		"Sent the form.\nThe site was slow. Lunch came. Rain fell. Cats slept.\n\nRegards,\nDan": Unclear,
	})
}

// TestShownAfterDone: after a Done, what the screen shows in Japanese
// (…と表示されています) is its evidence, as "it shows" is in English.
func TestShownAfterDone(t *testing.T) {
	readAll(t, map[string]Answer{
		"先ほど設定しました。\n画面にも連携済みと表示されています。": Done,
		"はい、完了しました。表示されています。":            Unclear,
		"表示されています。":                      Yes,
	})
}

// TestShownAfterBareNo: a bare "No" next to words that everything shows
// (read as nothing, all their words light) contradicts itself; and a Yes
// of what shows, with all but one or still under review, is not all shown.
func TestShownAfterBareNo(t *testing.T) {
	readAll(t, map[string]Answer{
		"No. They all show up now.":                        Unclear,
		"No, they are all there now.":                      Unclear,
		"No. Nothing has changed on the page.":             No,
		"Yep, they are all there apart from the DVA.":      Unclear,
		"Yes, everything shows besides the security cert.": Unclear,
		"はい、保留中と表示されています。":                                 Unclear,
		"はい、審査中と表示されています。":                                 Unclear,
	})
}
