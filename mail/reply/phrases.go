package reply

import (
	"regexp"
	"slices"
)

// The words Read knows, all in one place so that a new phrasing is one line.
// Every entry is written as Read sees text: NFKC-normalised (full-width
// letters and digits are ASCII, half-width katakana are full-width), ASCII
// lower-cased, straight apostrophes. English entries are whole words,
// separated by single spaces; Japanese entries are matched inside the text.
var (
	// phrases are the fixed answer phrases. Those marked anywhere may sit
	// inside a longer sentence; the rest of the sentence is then judged by
	// Read (a little extra is fine, prose is not). An entry whose answer is
	// Unclear is neutral: it is recognised but answers nothing.
	phrases = append([]phrase{
		// Bare affirmatives. Next to "done" or "submitted" they only affirm
		// it ("Yes, done", "はい、完了しました"), so they are interjections.
		{"yes", Yes, anywhere, interjection},
		{"yeah", Yes, anywhere, interjection},
		{"yep", Yes, anywhere, interjection},
		{"yup", Yes, anywhere, interjection},
		{"はい", Yes, atStart, interjection},
		{"ハイ", Yes, atStart, interjection},
		{"ええ", Yes, atStart, interjection},
		{"はーい", Yes, atStart, interjection},

		// "It shows" / "I can see them": Yes, and No when negated; next to
		// a Done only the evidence for it (seen).
		{"shows", Yes, anywhere, negatable | seen},
		{"they show", Yes, anywhere, negatable | seen},
		// The plain "show" with its subject or time beside it ("they all
		// show", "all three show now"): not alone, which may ask ("show me").
		{"all show", Yes, anywhere, negatable | seen},
		{"both show", Yes, anywhere, negatable | seen},
		{"them show", Yes, anywhere, negatable | seen},
		{"three show", Yes, anywhere, negatable | seen},
		{"four show", Yes, anywhere, negatable | seen},
		{"show now", Yes, anywhere, negatable | seen},
		{"now show", Yes, anywhere, negatable | seen},
		// "They already show", "they're already there": beside a "No need"
		// they say the opposite of a No.
		{"already show", Yes, anywhere, negatable | seen},
		{"already there", Yes, anywhere, negatable | seen},
		{"already listed", Yes, anywhere, negatable | seen},
		{"already visible", Yes, anywhere, negatable | seen},
		{"show up", Yes, anywhere, negatable | seen},
		{"shows up", Yes, anywhere, negatable | seen},
		{"showed up", Yes, anywhere, negatable | seen},
		{"appeared", Yes, anywhere, negatable | seen},
		{"popped up", Yes, anywhere, negatable | seen},
		{"turned up", Yes, anywhere, negatable | seen},
		{"does show", Yes, anywhere, negatable | seen},
		{"do show", Yes, anywhere, negatable | seen},
		{"showing", Yes, anywhere, negatable | seen},
		{"shown", Yes, anywhere, negatable | seen},
		{"can see", Yes, anywhere, negatable | seen},
		{"see them", Yes, anywhere, negatable | seen},
		{"see it", Yes, anywhere, negatable | seen},
		{"see both", Yes, anywhere, negatable | seen},
		{"see all", Yes, anywhere, negatable | seen},
		{"see the", Yes, anywhere, negatable | seen},
		{"see my", Yes, anywhere, negatable | seen},
		{"see everything", Yes, anywhere, negatable | seen},
		// Seen in the past ("I saw them this morning", "Saw both an hour
		// ago"): they showed when the writer looked; "never saw them" is a No.
		{"saw them", Yes, anywhere, negatable | seen},
		{"saw both", Yes, anywhere, negatable | seen},
		{"saw all", Yes, anywhere, negatable | seen},
		{"visible", Yes, anywhere, negatable | seen},
		{"appears", Yes, anywhere, negatable | seen},
		{"appear", Yes, anywhere, negatable | seen},
		{"appearing", Yes, anywhere, negatable | seen},
		{"displayed", Yes, anywhere, negatable | seen},
		{"displaying", Yes, anywhere, negatable | seen},
		{"reflected", Yes, anywhere, negatable | seen},
		{"confirmed", Yes, anywhere, negatable},
		{"i confirm", Yes, anywhere, negatable},
		{"correct", Yes, anywhere, negatable},
		{"that's right", Yes, anywhere, negatable},
		{"it's there", Yes, anywhere, negatable | seen},
		{"it is there", Yes, anywhere, negatable | seen},
		{"they're there", Yes, anywhere, negatable | seen},
		{"they are there", Yes, anywhere, negatable | seen},
		// "They're all there", "it's listed": the certifications show.
		{"all there", Yes, anywhere, negatable | seen},
		{"listed", Yes, anywhere, negatable | seen},
		{"affirmative", Yes, anywhere, negatable},
		// Consent to what was asked ("Sure, go ahead", "OK to merge"): Yes,
		// and No when negated ("please don't merge them").
		{"go ahead", Yes, anywhere, negatable},
		{"go for it", Yes, anywhere, negatable},
		{"proceed", Yes, anywhere, negatable},
		{"agree", Yes, anywhere, negatable},
		{"agreed", Yes, anywhere, negatable},
		{"consent", Yes, anywhere, negatable},
		{"approve", Yes, anywhere, negatable},
		{"approved", Yes, anywhere, negatable},
		{"authorize", Yes, anywhere, negatable},
		{"authorise", Yes, anywhere, negatable},
		{"fine", Yes, anywhere, negatable},
		{"sounds good", Yes, anywhere, negatable},
		{"merge them", Yes, anywhere, negatable},
		{"merge it", Yes, anywhere, negatable},
		{"ok to merge", Yes, anywhere, negatable},
		{"okay to merge", Yes, anywhere, negatable},
		{"fine to merge", Yes, anywhere, negatable},
		{"want to merge", Yes, anywhere, negatable},
		{"wish to merge", Yes, anywhere, negatable},
		{"want them merged", Yes, anywhere, negatable},
		// "(don't) want the accounts merged": the wish itself, whichever
		// accounts it names.
		{"want the accounts merged", Yes, anywhere, negatable},
		{"want my accounts merged", Yes, anywhere, negatable},
		{"want both accounts merged", Yes, anywhere, negatable},
		{"want the two accounts merged", Yes, anywhere, negatable},
		{"want it merged", Yes, anywhere, negatable},
		// Letting AWS do it: "let AWS merge them"; "don't let them merge
		// anything" is a No.
		{"let aws merge", Yes, anywhere, negatable},
		{"let amazon merge", Yes, anywhere, negatable},
		{"let them merge", Yes, anywhere, negatable},
		// No objection: 異存/異議/異論 ございません is consent, politely.
		{"異存ございません", Yes, anywhere, 0},
		{"異存はございません", Yes, anywhere, 0},
		{"異存ありません", Yes, anywhere, 0},
		{"異存はありません", Yes, anywhere, 0},
		{"異議ございません", Yes, anywhere, 0},
		{"異議はございません", Yes, anywhere, 0},
		{"異議ありません", Yes, anywhere, 0},
		{"異議はありません", Yes, anywhere, 0},
		{"異論ありません", Yes, anywhere, 0},
		{"異論はありません", Yes, anywhere, 0},
		{"no objection", Yes, anywhere, 0},
		{"no objections", Yes, anywhere, 0},
		// A bare "お願いします" as the whole sentence asks the desk to go on,
		// like "please do"; inside よろしくお願いします it is a courtesy.
		{"お願いします", Yes, whole, 0},
		{"お願いいたします", Yes, whole, 0},
		{"お願い致します", Yes, whole, 0},
		{"please merge", Yes, anywhere, 0},
		{"please do", Yes, whole, 0},
		// "Yes please" accepts what was offered: it cannot answer whether
		// a mail arrived or whose the accounts are, as a bare "yes" may. Only
		// whole: "yes please wait" is no consent.
		{"yes please", Yes, whole, 0},
		{"yes please do", Yes, whole, 0},
		{"yeah please", Yes, whole, 0},
		{"yes でお願いします", Yes, anywhere, 0},
		{"yesでお願いします", Yes, anywhere, 0},
		{"yes でお願いいたします", Yes, anywhere, 0},
		{"yesでお願いいたします", Yes, anywhere, 0},
		{"イエスでお願いします", Yes, anywhere, 0},
		// Go-aheads in other words: "let's do it", "works for me".
		{"let's do it", Yes, anywhere, negatable},
		{"please do it", Yes, anywhere, negatable},
		{"works for me", Yes, anywhere, negatable},
		{"ok by me", Yes, anywhere, negatable},
		{"okay by me", Yes, anywhere, negatable},
		{"fine by me", Yes, anywhere, negatable},
		{"fine with me", Yes, anywhere, negatable},
		{"that works", Yes, anywhere, negatable},
		// "(shite mo) kamaimasen / daijoubu": "you may", unless it is "you
		// need not" (しなくても構いません, which is longer and wins).
		{"ても構いません", Yes, anywhere, 0},
		{"てもかまいません", Yes, anywhere, 0},
		{"て構いません", Yes, anywhere, 0},
		{"ても大丈夫です", Yes, anywhere, 0},
		{"て大丈夫です", Yes, anywhere, 0},
		{"looks good", Yes, anywhere, negatable},
		{"look like it", Yes, anywhere, negatable},
		{"looks like it", Yes, anywhere, negatable},
		{"find them", Yes, anywhere, negatable},
		{"found them", Yes, anywhere, negatable},
		{"see any", Yes, anywhere, negatable},
		{"see anything", Yes, anywhere, negatable},
		// "Please answer (them) that I consent": 同意の回答をお願いします,
		// 同意の旨をお伝えください.
		{"同意の回答をお願いします", Yes, anywhere, 0},
		{"同意の回答をお願いいたします", Yes, anywhere, 0},
		{"同意の回答をお願い致します", Yes, anywhere, 0},
		{"同意の旨をお伝えください", Yes, anywhere, 0},
		{"同意の旨を伝えてください", Yes, anywhere, 0},
		{"同意の旨をご回答ください", Yes, anywhere, 0},
		{"同意の旨を回答してください", Yes, anywhere, 0},
		{"同意する旨を回答してください", Yes, anywhere, 0},
		{"同意する旨をお伝えください", Yes, anywhere, 0},
		{"統合をお願いします", Yes, anywhere, 0},
		{"統合をお願いいたします", Yes, anywhere, 0},
		{"統合をお願い致します", Yes, anywhere, 0},
		{"統合してください", Yes, anywhere, 0},
		// "Merging is fine (with me)": 統合で大丈夫です, 統合で問題ありません.
		{"統合で大丈夫です", Yes, anywhere, 0},
		{"統合で問題ありません", Yes, anywhere, 0},
		{"統合で問題ございません", Yes, anywhere, 0},
		{"統合で構いません", Yes, anywhere, 0},
		{"統合でお願いします", Yes, anywhere, 0},
		{"統合でお願いいたします", Yes, anywhere, 0},
		{"happy for", Yes, anywhere, negatable},
		{"sure", Yes, atStart, interjection},
		{"of course", Yes, anywhere, interjection},
		{"absolutely", Yes, anywhere, interjection},
		{"その通りです", Yes, anywhere, 0},
		{"そうです", Yes, whole, 0},

		// No. "no" is a word only at either end of a sentence ("No, ...",
		// "Unfortunately no"); inside one it is a determiner ("no idea").
		{"no", No, atEdge, interjection},
		{"nope", No, anywhere, interjection},
		{"nah", No, anywhere, interjection},
		{"not yet", No, anywhere, 0},
		{"negative", No, whole, 0},
		{"いいえ", No, atStart, interjection},
		{"まだです", No, anywhere, 0},
		{"まだでした", No, anywhere, 0},
		{"まだ", No, whole, 0},
		{"表示なし", No, anywhere, 0},
		{"stop", No, anywhere, 0},
		{"do not merge", No, anywhere, 0},
		{"cancel the merge", No, anywhere, 0},
		{"rather not", No, anywhere, 0},
		// Not wanting the merge, as the whole sentence: "I don't want the
		// merge". Only whole: "I don't want the merge to be delayed" wants it.
		{"i don't want the merge", No, whole, 0},
		{"i do not want the merge", No, whole, 0},
		{"i don't want this merge", No, whole, 0},
		{"i do not want this merge", No, whole, 0},
		{"we don't want the merge", No, whole, 0},
		{"i don't want a merge", No, whole, 0},
		{"i don't want any merge", No, whole, 0},
		{"no luck", No, anywhere, 0},
		{"no need", No, anywhere, 0},
		{"keep them separate", No, anywhere, 0},
		// Leaving the accounts as they are: "leave them as they are".
		{"leave them as they are", No, anywhere, 0},
		{"leave them as is", No, anywhere, 0},
		{"leave it as is", No, anywhere, 0},
		{"leave them separate", No, anywhere, 0},
		{"leave them alone", No, anywhere, 0},
		// The same with another object or verb: "leave the accounts as they
		// are", "keep things as they are", "leave it as it is".
		{"leave it as it is", No, anywhere, 0},
		{"keep it as it is", No, anywhere, 0},
		{"keep it as is", No, anywhere, 0},
		{"keep them as they are", No, anywhere, 0},
		{"keep them as is", No, anywhere, 0},
		{"leave the accounts as they are", No, anywhere, 0},
		{"keep the accounts as they are", No, anywhere, 0},
		{"leave both accounts as they are", No, anywhere, 0},
		{"keep both accounts as they are", No, anywhere, 0},
		{"leave the accounts separate", No, anywhere, 0},
		{"keep the accounts separate", No, anywhere, 0},
		{"leave things as they are", No, anywhere, 0},
		{"keep things as they are", No, anywhere, 0},
		{"leave everything as it is", No, anywhere, 0},
		{"keep everything as it is", No, anywhere, 0},
		// Refraining, putting off (統合は控えてください, 見合わせてください, 保留で).
		{"控えてください", No, anywhere, 0},
		{"控えて下さい", No, anywhere, 0},
		{"見合わせてください", No, anywhere, 0},
		{"見合わせて下さい", No, anywhere, 0},
		{"保留でお願いします", No, anywhere, 0},
		{"保留でお願いいたします", No, anywhere, 0},
		{"保留でお願い致します", No, anywhere, 0},
		{"保留にしてください", No, anywhere, 0},
		{"しない方向で", No, anywhere, 0},
		{"keep both", No, anywhere, 0},
		// Not wanting it any more, not now: "I no longer want this", "not at
		// this time".
		{"no longer want", No, anywhere, 0},
		{"no longer need", No, anywhere, 0},
		{"not at this time", No, anywhere, 0},
		{"not right now", No, anywhere, 0},
		{"not for now", No, anywhere, 0},
		{"keep both accounts", No, anywhere, 0},
		{"keep them apart", No, anywhere, 0},
		{"別々のまま", No, anywhere, 0},
		{"統合は不要", No, anywhere, 0},
		{"不要です", No, anywhere, 0},
		{"let's not", No, anywhere, 0},
		{"on hold", No, anywhere, 0},
		{"nothing has changed", No, anywhere, 0},
		{"no change", No, anywhere, 0},
		{"empty", No, anywhere, 0},
		{"not there", No, anywhere, 0},
		{"変わっていません", No, anywhere, 0},
		{"変化なし", No, anywhere, 0},
		{"見当たらない", No, anywhere, 0},
		{"出てきません", No, anywhere, 0},
		{"出てこない", No, anywhere, 0},
		{"cancel the request", No, anywhere, 0},
		{"cancel my request", No, anywhere, 0},
		{"キャンセルしてください", No, anywhere, 0},
		{"取り消してください", No, anywhere, 0},
		{"中止", No, anywhere, 0},
		{"don't merge", No, anywhere, 0},
		{"dont merge", No, anywhere, 0},
		{"hold off", No, anywhere, 0},
		// Calling it off: "cancel this", 見送ります ("we'll pass"), しなくて
		// 結構です ("no need to merge").
		{"cancel this", No, anywhere, 0},
		{"cancel", No, whole, 0},
		// Declining: "I decline", "I'd prefer not to".
		{"i decline", No, anywhere, 0},
		{"decline", No, whole, 0},
		{"prefer not", No, anywhere, 0},
		// Declining in Japanese: 希望しません, お断りします, 辞退します, やめておきます.
		{"希望しません", No, anywhere, 0},
		{"希望しない", No, anywhere, 0},
		{"望みません", No, anywhere, 0},
		{"お断りします", No, anywhere, 0},
		{"お断りいたします", No, anywhere, 0},
		{"お断り致します", No, anywhere, 0},
		{"辞退します", No, anywhere, 0},
		{"辞退いたします", No, anywhere, 0},
		{"やめておきます", No, anywhere, 0},
		{"やめます", No, anywhere, 0},
		// "I will not merge": a decision, not a plan.
		{"統合はしません", No, anywhere, 0},
		{"統合しません", No, anywhere, 0},
		{"cancel it", No, anywhere, 0},
		{"見送ります", No, anywhere, 0},
		{"見送らせて", No, anywhere, 0},
		{"見送りたい", No, anywhere, 0},
		{"見送ってください", No, anywhere, 0},
		{"見送りでお願いします", No, anywhere, 0},
		{"見送りでお願いいたします", No, anywhere, 0},
		{"見送りでお願い致します", No, anywhere, 0},
		{"しなくて結構", No, anywhere, 0},
		{"しなくても構いません", No, anywhere, 0},
		{"しなくて構いません", No, anywhere, 0},
		{"しなくて大丈夫です", No, anywhere, 0},
		{"しなくても大丈夫です", No, anywhere, 0},
		{"しなくて大丈夫", No, anywhere, 0},
		{"しなくても大丈夫", No, anywhere, 0},
		{"しなくていい", No, anywhere, 0},
		{"しなくてもいい", No, anywhere, 0},
		// Nothing shows yet: zero, nothing, not out.
		{"0件のまま", No, anywhere, 0},
		{"まだ0件", No, anywhere, 0},
		{"0件です", No, anywhere, 0},
		{"何も出ていません", No, anywhere, 0},
		{"何も出ていない", No, anywhere, 0},
		{"出ていません", No, anywhere, 0},
		{"出てません", No, anywhere, 0}, // spoken, the い dropped (まだ出てません)
		{"何もありません", No, anywhere, 0},
		{"still nothing", No, anywhere, 0},
		{"nothing yet", No, anywhere, 0},
		{"nothing showing", No, anywhere, 0},
		{"changed my mind", No, anywhere, 0},
		{"change my mind", No, anywhere, 0},
		{"しないでください", No, anywhere, 0},
		{"しないで下さい", No, anywhere, 0},
		{"やめてください", No, anywhere, 0},
		{"やめて下さい", No, anywhere, 0},
		{"止めてください", No, anywhere, 0},
		// "Stop it for now" with a loanword or "keep it stopped"
		// (ストップでお願いします, 止めておいてください).
		{"ストップでお願いします", No, anywhere, 0},
		{"ストップでお願いいたします", No, anywhere, 0},
		{"ストップでお願い致します", No, anywhere, 0},
		{"ストップしてください", No, anywhere, 0},
		{"ストップして下さい", No, anywhere, 0},
		{"止めておいてください", No, anywhere, 0},
		{"止めておいて下さい", No, anywhere, 0},
		{"やめておいてください", No, anywhere, 0},
		{"やめておいて下さい", No, anywhere, 0},
		// Withdrawing what was said before (やはり取り消させてください).
		{"取り消させてください", No, anywhere, 0},
		{"取り消させて下さい", No, anywhere, 0},
		{"撤回させてください", No, anywhere, 0},
		{"撤回させて下さい", No, anywhere, 0},
		{"撤回いたします", No, anywhere, 0},
		{"撤回します", No, anywhere, 0},
		{"中止してください", No, anywhere, 0},
		{"見当たりません", No, anywhere, 0},
		// "Please wait" to a question of going on: not yet.
		// (お待ちください is a desk's courtesy, another word.)
		{"待ってください", No, anywhere, 0},
		{"待って下さい", No, anywhere, 0},
		// The casual negation of 出ています: まだ出てない(です).
		{"出てない", No, anywhere, 0},
		{"出ていない", No, anywhere, 0},
		{"見つかりません", No, anywhere, 0},
		{"反映なし", No, anywhere, 0},

		// Done: "I have done it", "I've linked the accounts".
		// A bare "Done" says what was asked is done; next to a more exact
		// answer it affirms that one ("Done - I submitted the form").
		{"done", Done, whole, negatable | affirms},
		{"done", Done, anywhere, negatable},
		// The same said of the whole ask, with a pronoun for it.
		{"it's done", Done, whole, negatable | affirms},
		{"it is done", Done, whole, negatable | affirms},
		{"that's done", Done, whole, negatable | affirms},
		{"that is done", Done, whole, negatable | affirms},
		{"all done", Done, whole, negatable | affirms},
		{"it's all done", Done, whole, negatable | affirms},
		{"it is all done", Done, whole, negatable | affirms},
		{"completed", Done, anywhere, negatable},
		{"complete", Done, anywhere, negatable},
		{"finished", Done, anywhere, negatable},
		{"linked", Done, anywhere, negatable},
		{"connected", Done, anywhere, negatable},
		{"configured", Done, anywhere, negatable},
		{"set up", Done, anywhere, negatable},
		{"set it up", Done, anywhere, negatable},
		{"set them up", Done, anywhere, negatable},
		{"all set", Done, anywhere, negatable},
		{"did it", Done, anywhere, negatable},
		{"did that", Done, anywhere, negatable},
		{"followed the steps", Done, anywhere, negatable},
		{"followed your steps", Done, anywhere, negatable},
		{"followed the instructions", Done, anywhere, negatable},
		{"added", Done, anywhere, negatable},
		{"updated", Done, anywhere, negatable},
		{"registered", Done, anywhere, negatable},
		{"やりました", Done, anywhere, 0},
		{"associated", Done, anywhere, negatable},
		{"shared", Done, anywhere, negatable},
		// Agreeing to share is a step of linking, not a yes to a question.
		{"agreed to share", Done, anywhere, negatable},
		{"agreed to sharing", Done, anywhere, negatable},
		{"agreed to the sharing", Done, anywhere, negatable},
		{"accepted the sharing", Done, anywhere, negatable},
		{"accepted sharing", Done, anywhere, negatable},
		// The act as a noun after "did" ("I have did the linking"), as
		// people writing in a second language put it. Not "did the
		// connection" or "the setup": "I did the connection test" did none.
		{"did the linking", Done, anywhere, negatable},

		// Submitted: "I submitted the form", "form sent".
		{"submitted", Submitted, anywhere, negatable},
		{"submission complete", Submitted, anywhere, negatable},
		{"submission completed", Submitted, anywhere, negatable},
		{"form sent", Submitted, anywhere, negatable},
		// The form or request gone to AWS: "Sent!", "request sent", "I've
		// contacted AWS", "form's in". "Sent from my iPhone" is a mailer
		// line, read before any phrase.
		{"sent", Submitted, whole, 0},
		{"contacted aws", Submitted, anywhere, negatable},
		// A case opened with AWS is the request sent: "I opened a support case".
		{"opened a case", Submitted, anywhere, negatable},
		{"opened a support case", Submitted, anywhere, negatable},
		{"raised a case", Submitted, anywhere, negatable},
		{"raised a support case", Submitted, anywhere, negatable},
		{"opened a ticket", Submitted, anywhere, negatable},
		{"raised a ticket", Submitted, anywhere, negatable},
		{"request has gone in", Submitted, anywhere, negatable},
		{"form has gone in", Submitted, anywhere, negatable},
		{"request sent", Submitted, anywhere, negatable},
		{"request submitted", Submitted, anywhere, negatable},
		{"form's in", Submitted, atEnd, negatable},
		{"form is in", Submitted, atEnd, negatable},
		{"request's in", Submitted, atEnd, negatable},
		{"request is in", Submitted, atEnd, negatable},
		// In other words: "it's been sent", "I raised the request",
		// "form filled and sent", "submission done".
		{"it's been sent", Submitted, whole, negatable},
		{"it has been sent", Submitted, whole, negatable},
		{"raised the request", Submitted, anywhere, negatable},
		{"request raised", Submitted, anywhere, negatable},
		{"filled and sent", Submitted, anywhere, negatable},
		{"filled and submitted", Submitted, anywhere, negatable},
		{"submission done", Submitted, anywhere, negatable},
		// The form or request said to be sent: "the form is sent", "the
		// request has been sent".
		{"form is sent", Submitted, anywhere, negatable},
		{"form was sent", Submitted, anywhere, negatable},
		{"form has been sent", Submitted, anywhere, negatable},
		{"request is sent", Submitted, anywhere, negatable},
		{"request was sent", Submitted, anywhere, negatable},
		{"request has been sent", Submitted, anywhere, negatable},
		{"sent the form", Submitted, anywhere, negatable},
		{"sent it", Submitted, anywhere, negatable},
		{"sent them", Submitted, anywhere, negatable},
		{"sent in", Submitted, anywhere, negatable},
		{"filed", Submitted, anywhere, negatable},
		{"filled in", Submitted, anywhere, negatable},
		{"sent the request", Submitted, anywhere, negatable},
		{"completed the form", Submitted, anywhere, negatable},
		{"filled the form", Submitted, anywhere, negatable},
		{"filled out", Submitted, anywhere, negatable},
		{"filled it in", Submitted, anywhere, negatable},
		{"filled it out", Submitted, anywhere, negatable},
		// Filling in and sending said as one act: "completed and submitted
		// the form" is Submitted, not a Done beside it.
		{"completed and submitted", Submitted, anywhere, negatable},
		{"completed and sent", Submitted, anywhere, negatable},
		{"finished and submitted", Submitted, anywhere, negatable},
		{"filled in and submitted", Submitted, anywhere, negatable},
		{"filled out and submitted", Submitted, anywhere, negatable},
		{"filled in and sent", Submitted, anywhere, negatable},
		{"filled out and sent", Submitted, anywhere, negatable},

		// Neutral: "I checked" says nothing by itself. It is a phrase, not a
		// courtesy, so that 反映を確認しました (I saw it reflected) still
		// reads as a whole.
		{"確認しました", Unclear, anywhere, 0},
		{"確認いたしました", Unclear, anywhere, 0},
		{"確認致しました", Unclear, anywhere, 0},
		// How one found out: 見ましたが、まだ… ("I looked, but not yet").
		{"見ました", Unclear, anywhere, 0},
		{"見てみました", Unclear, anywhere, 0},
		{"確認してみました", Unclear, anywhere, 0},
		{"チェックしました", Unclear, anywhere, 0},
		// Neutral: "no matter what/how I tried" tells of effort; its "no"
		// opens no refusal.
		{"no matter", Unclear, anywhere, 0},
		// Neutral: acknowledging that the merge is final says nothing
		// against it ("Yes. I understand it can't be undone").
		{"i understand", Unclear, anywhere, 0},
		{"understood", Unclear, anywhere, 0},
		{"can't be undone", Unclear, anywhere, 0},
		{"cannot be undone", Unclear, anywhere, 0},
		{"can't be reversed", Unclear, anywhere, 0},
		{"cannot be reversed", Unclear, anywhere, 0},
		{"is irreversible", Unclear, anywhere, 0},
		{"is permanent", Unclear, anywhere, 0},
		{"is final", Unclear, anywhere, 0},
		// …and said of it, as the note AWS sent says it ("I read the note
		// about it not being reversible").
		{"not being reversible", Unclear, anywhere, 0},
		{"it being irreversible", Unclear, anywhere, 0},
		{"being irreversible", Unclear, anywhere, 0},
		{"not being undoable", Unclear, anywhere, 0},
		{"is not reversible", Unclear, anywhere, 0},
		{"isn't reversible", Unclear, anywhere, 0},
		{"not using it anymore", Unclear, anywhere, 0},
		{"nothing to lose", Unclear, anywhere, 0},
		{"don't use it any more", Unclear, anywhere, 0},
		{"don't use it anymore", Unclear, anywhere, 0},
		{"no longer use it", Unclear, anywhere, 0},
		// Neutral: a thing "fine where it is" or "as it is" is to be left
		// as it is; its "fine" consents to nothing ("The old account is
		// fine where it is" keeps it apart).
		{"fine where it is", Unclear, anywhere, 0},
		{"fine where they are", Unclear, anywhere, 0},
		{"fine as it is", Unclear, anywhere, 0},
		{"fine as they are", Unclear, anywhere, 0},
		{"fine as is", Unclear, anywhere, 0},
		{"fine the way it is", Unclear, anywhere, 0},
		{"fine the way they are", Unclear, anywhere, 0},
		{"fine on its own", Unclear, anywhere, 0},
	}, slices.Concat(oldAccountReasons, ownership, okWith, jaOldUnused, jaFineSoReasons)...)

	// okWith is "OK with" what was asked ("I'm OK with the merge", "okay
	// with that"): Yes, and No when negated. Only of the merge or a pronoun
	// for it: "ok with my manager deciding" is another's say.
	okWith = consents(slices.Concat(joinAll([]string{"ok", "okay", "alright", "all right"}, []string{"with"},
		[]string{" the merge", " the merger", " merging", " merging them", " it", " that", " this"}),
		// "OK for me", as many Europeans put it ("it is ok for me to merge").
		[]string{"ok for me", "okay for me", "fine for me"},
		// "Do the merge", "you can do the merging"; permission given.
		[]string{"do the merge", "do the merging", "do the merger", "do the needful", "give my permission",
			"give you my permission", "you have my permission", "permission granted", "permission given"},
		// 統合OKです, 統合でOK, 統合してOKです.
		[]string{"統合ok", "統合でok", "統合してok", "統合してもok", "マージok"}))

	// jaFineSoReasons give why the answer after them holds (問題ないので
	// 進めてください): no negation of it, and no answer alone.
	jaFineSoReasons = append(neutralPhrases(jaFineSo),
		// …お願いします after it asks for what was asked (統合の件、問題ありませんのでお願いします).
		consentsJa(joinAll(jaFineSo, []string{""}, []string{"お願いします", "お願いいたします", "お願い致します"}))...)
	jaFineSo = []string{"問題ないので", "問題ありませんので", "問題ございませんので", "差し支えないので", "差し支えありませんので",
		"大丈夫なので", "大丈夫ですので"}

	// Japanese reasons why the old account does not matter: no longer
	// used (旧アカウントはもう使っていません, 古いアカウントは今は使っていない).
	jaOldUnused = neutralPhrases(joinAll([]string{"旧アカウント", "古いアカウント", "古い方のアカウント", "以前のアカウント",
		"前のアカウント", "個人アカウント"}, []string{"は", "は、", "も"},
		[]string{"もう使っていません", "今は使っていません", "現在は使っていません", "もう使っていない", "使っていません",
			"もう使用していません", "使用していません"}))

	// oldAccountReasons say why the closed account does not matter ("I don't
	// use the old one any more", "I no longer need that account"): a
	// detail, not a negated answer. Not needing "it" is among them only
	// with "any more" or "for anything" after it.
	oldAccountReasons = append(neutralPhrases(slices.Concat(joinAll(
		[]string{"don't use", "do not use", "no longer use", "don't need", "do not need", "no longer need"},
		oldOnes, []string{"", " any more", " anymore", " for anything", " for anything now"}),
		// "It" not needed any more, with the "any more" only: "I don't need
		// it" alone may refuse the merge.
		joinAll([]string{"don't need", "do not need", "don't use", "do not use"}, []string{"it"},
			[]string{" any more", " anymore", " for anything", " for anything now"}),
		// Nothing needed from it ("I don't need anything from the old
		// account any more"): why losing it does not matter.
		joinAll([]string{"don't need anything from", "do not need anything from", "no longer need anything from",
			"don't need anything on", "do not need anything on", "no longer need anything on"}, oldOnes,
			[]string{"", " any more", " anymore"}))),
		// No way into the old one any more ("I can't even log in to it
		// anymore", with "it" named the old one by nameTheOld): why losing
		// it does not matter.
		neutralPhrases(joinAll(lostAccess, oldOnes, []string{"", " any more", " anymore"}))...)

	// oldOnes name the old account.
	oldOnes = []string{"the old one", "the old account", "the old address", "the old email", "that one",
		"that account", "that address", "the gmail one", "the outlook one", "the icloud one", "the yahoo one",
		"the hotmail one", "the personal one", "the private one", "the university one"}
	// lostAccess: no way in any more.
	lostAccess = []string{"can't log in to", "can't log into", "cannot log in to", "cannot log into", "can't access",
		"cannot access", "can't get into", "can't even log in to", "can't even log into", "can't even access",
		"can't even get into", "no longer have access to", "don't have access to", "do not have access to",
		"lost access to", "can no longer log in to", "can no longer access"}

	// ownership says both accounts are the writer's ("both accounts are
	// mine", 両方とも私のアカウントです): no answer of its own, and no
	// detail that keeps one from following.
	ownership = append(neutralPhrases([]string{"both accounts are mine", "both are mine", "they are both mine",
		"they're both mine", "both of them are mine", "the accounts are both mine", "both accounts belong to me",
		"both belong to me", "both accounts are my own", "both are my accounts"}),
		neutralPhrases(joinAll([]string{"両方とも", "両方", "どちらも", "いずれも", "2つとも"},
			[]string{"私のアカウント", "私のもの", "自分のアカウント", "本人のアカウント"},
			// …で間違いありません: the courtesy 間違いありません is read apart.
			[]string{"です", "で", "に", "になります"}))...)

	// stems are Japanese words whose ending says yes or no: 表示されています
	// is Yes, 表示されていません is No. A stem followed by neither kind of
	// ending (提出してください, 完了予定) is not an answer.
	stems = []stem{
		{"表示され", Yes, &passiveEndings, false},
		{"反映され", Yes, &passiveEndings, false},
		{"登録され", Yes, &passiveEndings, false},
		{"確認でき", Yes, &checkEndings, false},
		{"確認出来", Yes, &checkEndings, false},
		{"見え", Yes, &potentialEndings, false},
		{"載っ", Yes, &teiruEndings, false}, // 載っています: listed (not 出ています: an error shows too)
		// …all of them show (3件とも出ています, 全部出ていました): no error is counted so.
		{"件とも出", Yes, &teiruEndings, false},
		{"つとも出", Yes, &teiruEndings, false},
		{"全部出", Yes, &teiruEndings, false},
		{"全て出", Yes, &teiruEndings, false},
		{"すべて出", Yes, &teiruEndings, false},
		{"両方とも出", Yes, &teiruEndings, false},
		{"どちらも出", Yes, &teiruEndings, false},
		{"掲載され", Yes, &passiveEndings, false},
		{"反映を確認", Yes, &suruEndings, false},
		{"表示を確認", Yes, &suruEndings, false},

		{"完了", Done, &suruEndings, true}, // "完了" alone is a whole answer
		{"連携", Done, &suruEndings, false},
		{"紐付け", Done, &ichidanSuruEndings, false},
		{"紐づけ", Done, &ichidanSuruEndings, false},
		{"ひも付け", Done, &ichidanSuruEndings, false},
		{"ひもづけ", Done, &ichidanSuruEndings, false},
		{"追加", Done, &suruEndings, false},
		{"共有", Done, &suruEndings, false},
		{"依頼", Submitted, &suruEndings, false},
		{"申し込み", Submitted, &okuriEndings, false},
		{"リンク", Done, &suruEndings, false},
		{"同意", Yes, &consentEndings, false},
		{"承諾", Yes, &consentEndings, false}, // 承諾します; 承諾しません is No
		{"承認", Yes, &consentEndings, false},
		{"了承", Yes, &consentEndings, false},
		{"進め", Yes, &requestEndings, false},
		{"統合", Yes, &suruRequestEndings, false}, // 統合してください; 統合しないでください is No
		{"依頼を出し", Submitted, &okuriEndings, false},
		{"申請を出し", Submitted, &okuriEndings, false},
		{"設定", Done, &suruEndings, false},
		{"対応", Done, &suruEndings, false},
		{"登録", Done, &suruEndings, false},
		{"済み", Done, &sumiEndings, false},
		{"済ませ", Done, &sumaseEndings, false},
		{"済ん", Done, &sundeEndings, false},

		{"提出完了", Submitted, &suruEndings, true}, // before 完了: a submission done is Submitted
		// The submission as a noun that is complete (フォームの送信が完了しました).
		{"提出が完了", Submitted, &suruEndings, true},
		{"送信が完了", Submitted, &suruEndings, true},
		{"申請が完了", Submitted, &suruEndings, true},
		{"送信完了", Submitted, &suruEndings, true},
		// The sending said to be over (送信、終わりました, 提出が終わりました): not a Done of something else.
		{"送信終わ", Submitted, &owaruEndings, true},
		{"送信が終わ", Submitted, &owaruEndings, true},
		{"送信も終わ", Submitted, &owaruEndings, true},
		{"提出終わ", Submitted, &owaruEndings, true},
		{"提出が終わ", Submitted, &owaruEndings, true},
		{"提出も終わ", Submitted, &owaruEndings, true},
		{"申請完了", Submitted, &suruEndings, true},
		{"提出", Submitted, &suruEndings, false},
		{"送付", Submitted, &suruEndings, false},
		{"送信", Submitted, &suruEndings, false},
		{"申請", Submitted, &suruEndings, false},
		{"問い合わせ", Submitted, &suruEndings, false}, // 問い合わせしました: the form sent to AWS
		{"問合せ", Submitted, &suruEndings, false},
		{"終わ", Done, &owaruEndings, false}, // 終わりました; 終わっていません is No
		{"送り", Submitted, &okuriEndings, false},
		{"送っ", Submitted, &sumaseEndings, false},
		{"送れ", Submitted, &potentialEndings, false},
	}

	// Endings by conjugation class. The longest ending that fits wins, so
	// "ていません" beats "て…" forms and "済みではありません" beats "済み".
	passiveEndings = endings{
		// Spoken Japanese drops the い of ている (表示されてました, されてません).
		pos: []string{"ています", "てます", "ております", "ていました", "てました", "ておりました", "ている", "てる", "ました",
			"た", "るようになりました", "るようになっています",
			// "had come to show" when the writer looked (表示されるようになっていました).
			"るようになっていました", "るようになってました", "るようになっております"},
		neg: []string{"ていません", "ていませんでした", "てません", "てませんでした", "ておりません", "ていない", "てない",
			"ていなかった", "てなかった", "ません", "ませんでした", "ない", "なかった", "ず"},
	}
	potentialEndings = endings{
		pos: []string{"ました", "ます", "ています", "てます", "ていました", "てました", "ております", "ている", "た", "る"},
		neg: []string{"ません", "ませんでした", "ない", "なかった", "ていません", "てません", "ていませんでした", "てませんでした",
			"ていない", "てない", "てなかった", "ず"},
	}
	// checkEndings are potentialEndings without the perfect negative:
	// 確認できません is "I cannot find them", but 確認できていません is "I
	// have not managed to check yet", no answer.
	checkEndings = endings{
		pos: potentialEndings.pos,
		neg: []string{"ません", "ませんでした", "ない", "なかった", "ず"},
	}
	suruEndings = endings{
		pos: []string{"しました", "いたしました", "致しました", "しています",
			"を行いました", "を行っています", "をしました", "を完了しました", "をしておきました", "してます", "しております", "してあります",
			"しておきました", "した", "済み", "済", "です", "できました", "できています", "となりました", "になりました",
			"させました", "させています",
			// Done in advance, casually (しといた, しときました, しておいた), and
			// formally carried out (を実施しました, 実施済み).
			"しといた", "しときました", "しておいた", "を実施しました", "を実施いたしました", "を実施致しました",
			"を実施済み", "実施済み", "を実施しています"},
		neg: []string{"していません", "してません", "しておりません", "していない", "してない", "していなかった",
			"しませんでした", "しません", "しなかった", "できていません", "できてない", "できていない", "できません",
			"できない", "できませんでした", "できず", "せず", "ではありません", "ではない", "じゃない", "じゃありません",
			"ではございません", "済みではありません", "済ではありません",
			"を実施していません", "を実施しておりません", "を実施していない", "を実施しませんでした"},
	}
	// ichidanSuruEndings: 紐付け is a noun (紐付けしました) and a verb
	// (紐付けました).
	ichidanSuruEndings = endings{
		pos: append([]string{"ました", "ています", "てあります", "ておきました", "られました"}, suruEndings.pos...),
		neg: append([]string{"ていません", "ていない", "ませんでした", "られません", "られない"}, suruEndings.neg...),
	}
	// consentEndings are suru's, and the present: 同意します is consent
	// given now (提出します would be a plan, so other stems do not take it).
	consentEndings = endings{
		pos: append(append([]string{"します", "いたします", "致します", "してください", "して下さい", "していただいて",
			"してもらって"}, suruPermissions...), suruEndings.pos...),
		// …しかねます is the polite "cannot" (同意いたしかねます).
		neg: append([]string{"しかねます", "いたしかねます", "致しかねます", "できかねます"}, suruEndings.neg...),
	}
	// requestEndings ask the other side to go on: 進めてください. 進めないで
	// ください is No.
	requestEndings = endings{
		// ちゃってください is spoken Japanese for てしまってください.
		pos: []string{"てください", "て下さい", "ちゃってください", "ちゃって下さい", "ちゃって大丈夫", "ていただいて",
			"ていただけます", "てもらって", "て大丈夫", "ていただいて問題",
			"ていただいて問題ありません", "ていただいて問題ございません", "て問題ありません", "て問題ございません"},
		neg: []string{"ないでください", "ないで下さい", "ないでいただけ"},
	}
	// suruRequestEndings ask the other side to do a する verb: 統合して
	// ください, 統合していただいて構いません; 統合しないでください is No.
	suruRequestEndings = endings{
		pos: append([]string{"してください", "して下さい", "していただけます", "してもらって"}, suruPermissions...),
		neg: []string{"しないでください", "しないで下さい", "しないでいただけ", "しないでほしい", "しないで欲しい",
			// The writer's own choice not to (今回は統合しないでおきます, しないことにします).
			"しないでおきます", "しないでおこうと思います", "しないことにします", "しないことにしました"},
	}
	// suruPermissions let the other side do a する verb: 統合していただいて
	// 構いません, 同意していただいて問題ありません ("you may merge", "you
	// may consent").
	suruPermissions = []string{"していただいて構いません", "していただいて問題ありません", "していただいて問題ございません",
		"していただいて問題ないです", "していただいて大丈夫", "していただいて結構", "して大丈夫", "して構いません",
		"して問題ありません", "して問題ございません", "して結構です"}
	sumiEndings  = endings{pos: []string{"ました", "です"}, neg: []string{"ではありません", "ではない", "じゃない"}}
	teiruEndings = endings{
		pos: []string{"ています", "てます", "ております", "ていました", "てました", "ておりました"},
		neg: []string{"ていません", "てません", "ておりません", "ていない", "てない", "ていなかった", "ていませんでした"},
	}
	sumaseEndings = endings{
		pos: []string{"ています", "てます", "ております", "てあります", "ておきました", "た", "ました"},
		neg: []string{"ていません", "てません", "ていない", "てない", "ておりません"},
	}
	sundeEndings = endings{
		pos: []string{"でいます", "でます", "でおります", "だ"},
		neg: []string{"でいません", "でない", "でいない", "でおりません"},
	}
	okuriEndings = endings{pos: []string{"ました"}, neg: []string{"ませんでした"}}
	// owaruEndings: 終わる, a godan verb (終わりました, 終わっています).
	owaruEndings = endings{
		pos: []string{"りました", "った", "っています", "ってます", "っております"},
		neg: []string{"っていません", "ってません", "っていない", "ってない", "っておりません", "りません", "らない", "らなかった"},
	}

	// negators turn a negatable English phrase into No when one of them is
	// among the four words before it ("I haven't submitted", "it does not
	// show up"). A sentence of only a negator and light words is a No too
	// ("No, I can't.", "It doesn't show.", "Not really."). 未/不 before a Japanese stem negate it (未完了, 未提出).
	negators = words("not", "never", "none", "nothing", "nobody", "noone", "neither", "nor", "cannot", "can't", "cant",
		"don't", "dont", "doesn't", "doesnt", "didn't", "didnt", "haven't", "havent", "hasn't", "hasnt",
		"hadn't", "isn't", "isnt", "aren't", "arent", "wasn't", "wasnt", "weren't", "won't", "wont",
		"couldn't", "couldnt", "wouldn't", "wouldnt", "shouldn't", "shouldnt", "werent", "hadnt", "ain't", "aint",
		"mustn't", "shan't", "unable", "failed", "no")
	negatingPrefixes = []string{"未", "不", "非"}

	// jaNegations in what is left of a Japanese sentence mean the answer
	// found in it may be turned around.
	jaNegations = []string{"ません", "ない", "なかった"}

	// hedges make a sentence no answer at all: doubt, a "but", a plan, a
	// problem. English ones are whole words; Japanese ones are matched
	// inside the text.
	hedges = append([]string{
		"maybe", "perhaps", "probably", "possibly", "might", "may", "think", "guess", "hope", "hopefully",
		"should", "almost", "nearly", "partly", "partially", "mostly", "some", "only", "but", "however",
		"although", "though", "except", "unless", "if", "whether", "would", "not sure", "unsure", "don't know", "dont know",
		"no idea", "can't tell", "not certain", "wrong", "error", "errors", "problem", "problems", "issue", "issues",
		"missing", "incomplete", "wait", "waiting", "pending", "checking",
		// Not yet looked: no answer, and no part missing either.
		"haven't looked", "have not looked", "haven't checked", "have not checked", "not looked yet",
		"not checked yet", "haven't had a chance", "haven't had time", "didn't get a chance",
		// A part told by what is left out, or as nearly all: nearlyAll, below.
		// What showed and went, or shows now and then: no Yes to "does it show now?".
		"disappeared", "vanished", "went away", "came and went", "used to", "sometimes", "occasionally",
		"intermittently", "on and off", "blank",
		// What could have been, or is only inferred ("I could have sent it", "I must have sent it"):
		// "would" and "should" are hedges already.
		"could have", "could've", "i'd have", "we'd have", "must have", "must've", "would've", "should've",
		"were gone", "was gone", "are gone", "is gone", "gone again", "gone missing", "went missing", "disappear",
		"disappears", "vanish", "vanishes",
		// The merge the other way round from the case's.
		"the other way round", "the other way around", "reverse direction", "opposite direction", "逆向き", "逆方向",
		"反対向き", "off and on", "at one point", "briefly", "for a moment", "for a second",
		// Doubt of what is told, or what it is told as.
		"doubt", "wonder", "apparently", "supposedly", "allegedly", "seems", "seem", "seemed", "appears to",
		"appeared to", "expired", "revoked", "inactive",
		// Sarcasm, or taking back what was said.
		"yeah right", "whatever", "scratch that", "ignore", "disregard", "forget it", "forget that", "i'd say",
		"just kidding", "kidding", "joking", "jk", "appear to", "appears so", "appear so",
		"to your question", "to the question", "to your other question", "to your first question",
		"would say", "wants me to", "want me to", "asked me to say", "told me to say", "i thought", "believe",
		"asked to say", "told to say", "asked to reply", "told to reply", "asked to answer", "told to answer",
		"instructed to", "supposed to say", "or at least", "at least i clicked", "at least i tried",
		// Said only as what one would like to say or meant to (同意します、と言いたいところですが), or
		// put off to think it over (もう少し検討させてください, 考えさせてください).
		"と言いたい", "と言うつもり", "と言いかけ", "と言おうと", "検討させて", "考えさせて", "検討中", "検討します",
		// What was sent or done did not take: a draft, a bounce, a time-out,
		// nothing happening; or a slip owned at once ("Oops, …").
		"draft", "drafts", "bounce", "bounced", "undeliverable", "timed out", "nothing happened",
		// A failure told in another tense or as a noun ("failed" is a
		// negator), or as a crash, a freeze, a thing stuck or broken.
		"fails", "failing", "failure", "failures", "timing out", "times out", "time out", "timeout", "crash",
		"crashed", "crashes", "crashing", "froze", "frozen",
		"freezes", "freezing", "hangs", "hung", "stuck", "broke", "broken", "フリーズ", "固ま", "クラッシュ",
		"errored", "erroring", "rejected", "denied", "declined", "refused", "access denied", "タイムアウト", "時間切れ",
		"nothing changed", "didn't do anything", "did not do anything", "oops", "whoops", "my bad", "下書き", "冗談",
		// What was done was undone after, or given up.
		"unlinked", "removed", "disconnected", "done trying", "gave up", "give up", "解除",
		"took it back", "took that back", "take it back", "take that back", "withdrew", "withdrawn", "retracted",
		"cancelled", "canceled",
		"somewhat", "as long as", "provided that", "assuming", "depends", "instead", "rather than",
		// A condition named as one ("on one condition", "subject to my manager's OK", "conditionally"),
		// or time asked for ("I need more time"): a consent beside it is not yet given.
		"condition", "conditions", "conditional", "conditionally", "subject to", "proviso", "caveat",
		"on the understanding", "so long as", "providing", "more time",
		// The hedges as they are mistyped: "yes i thnk", "prolly".
		"thnk", "thnik", "thikn", "thinl", "prolly", "probs", "probly", "mayb", "maybee", "perhpas", "perhas",
		"confused", "don't understand", "mistake", "first", "kind of", "sort of", "not quite",
		"たぶん", "多分", "おそらく", "恐らく", "かも", "と思", "はず", "ようです", "ような気", "みたい", "らしい",
		"っぽい", "消え", "一瞬", "一時的", "以前は", "前までは", "っけ",
		// Heard, not seen or done (連携したそうです, 提出したとのことです).
		"たそう", "だそう", "るそう", "とのこと",
		// Until a time, after another's approval (昨日までは; 上司の承認後に).
		"昨日までは", "先週までは", "今朝までは", "さっきまでは", "当初は", "承認後", "許可後", "了承後", "以降",
		"しかし", "けど", "けれど",
		// Done "up to" a point (入力までは完了しました); not "until then" (それまでは).
		"一部", "だけ", "までは完了", "までは終わ", "までは済", "までは提出", "までは送", "までは連携", "までは出来",
		"まではでき", "なら", "であれば", "でしたら", "場合", "条件", "先に", "その前に", "違います", "間違", "のみ",
		"エラー", "問題が", "失敗", "ええと", "えーと", "えっと", "でしょう",
		"確認中", "対応中", "設定中", "申請中", "処理中", "作業中", "準備中", "手続き中", "連携中", "登録中", "提出中",
		"送信中", "反映中", "どう", "なぜ", "どこ", "どれ",
		// Done only about, or in part: "more or less", "done-ish", "half of it".
		"more or less", "ish", "half", "halfway", "in part", "not entirely", "not fully", "not completely",
		// What was sent came back or was undone after: "they sent it back", 差し戻されました.
		"sent it back", "sent back", "came back", "was returned", "got returned", "been returned", "reverted",
		"rolled back", "unprocessed", "not processed", "差し戻", "拒否", "却下", "不備", "受理でき", "不承認",
		"返却", "弾かれ",
		// A consent in the mood of what would be, or leant to: "I'd agree", "inclined to say yes".
		"i'd agree", "i'd consent", "could agree", "could consent", "could go ahead", "could say yes", "inclined",
		"leaning", "lean towards", "in theory", "theoretically", "suppose", "supposing",
		// Seen only as it looks, or shown as lapsed: "from what I can see", 期限切れと表示.
		"from what i can see", "from what i can tell", "as far as i can see", "見た感じ", "一見", "期限切れ", "失効",
		"有効期限が切れ", "グレーアウト",
		// An answer given too soon, or the writer's earlier one spoken of: "my earlier "done" was premature".
		"premature", "prematurely", "too soon", "too early", "jumped the gun", "spoke too soon", "my earlier reply",
		"my earlier answer", "my earlier email", "my earlier mail", "my earlier message", "my previous reply",
		"my previous answer", "my previous email", "my previous mail", "my previous message", "my last reply",
		"my last answer", "my last email", "my last mail", "my last message",
		// An idiom of what is not yet done: "consider it done", "as good as done".
		"consider it done", "as good as", "good as done",
		// What was found after the answer, felt, hoped or heard: "Oh, there they are", 気がします, "or so I'm told".
		"there they are", "there it is", "here they are", "oh wait", "今出ました", "出てきました", "現れました", "気がし",
		"fingers crossed", "touch wood", "knock on wood", "or so", "i'm told", "i am told", "i hear", "i gather",
		"or not",
		// A consent given for a while only, or short of a full one: "Yes (tentative)", 一旦, 原則, 仮同意.
		"tentative", "tentatively", "provisional", "provisionally", "soft yes", "qualified yes", "仮", "暫定", "基本的に",
		"原則", "条件付", "おおむね",
		// A slip in what was sent, or a joke: "with a typo in my name", "in my head".
		"typo", "typos", "misspelled", "misspelt", "in my head", "in my dreams",
		// Only hoped, or for the record only (連携しました（と信じたい）, 一応連携しました); no choice
		// made ("Either is fine").
		"信じたい", "信じて", "願って", "祈って", "一応", "either is fine", "either way", "whichever", "either one",
		"i mean", "といいのですが", "といいのですけど", "と良いのですが", "ばいいのですが", "ば良いのですが",
		// Asked inside a request or a wish: バッジが移るか教えてください, …か気になります.
		"か気にな", "か教えて", "か知りたい", "かご教示", "かお知らせ",
		// The page went wrong after the send: blank, loading still, red, back at the login.
		"真っ白", "セッションが切れ", "ログイン画面に戻", "戻されました", "in red", "red banner", "spinner", "spinning",
		"still loading", "never loaded", "captcha", "field was required", "読み込み中", "くるくる",
		// The page went on as if nothing was sent: "then it asked me to log in again".
		"logged me out", "signed me out", "log in again", "sign in again", "login again", "session expired", "reloaded",
	}, nearlyAll...)

	// partialWords are the hedges that say only part shows; expectWords
	// those that expect it to (see result).
	partialWords = append([]string{"only", "partly", "partially", "some", "missing", "incomplete", "一部", "だけ", "のみ",
		"期限切れ", "失効", "有効期限が切れ", "グレーアウト", // what shows has lapsed: the valid ones are missing
	}, nearlyAll...)
	// nearlyAll tell a part by what is left out, or as nearly all: hedges,
	// and partial ones.
	nearlyAll = []string{"most of them", "most of my", "most of the certifications", "most of the certs", "minus",
		"save for", "bar the", "all but", "other than", "without the", "ほぼ", "ほとんど", "大体", "概ね", "大半", "大部分", "以外"}
	expectWords = []string{"should"}

	// plans are words of what the writer will do: no answer yet, except
	// next to a No ("Not yet, I'll do it tomorrow").
	// にします is "will make it …" (done にします), 次第 "as soon as".
	plans = []string{"will", "going to", "gonna", "later", "soon", "tomorrow", "予定", "つもり", "これから",
		"あとで", "後ほど", "後で", "明日", "待ち", "来週", "後日", "今週中", "週明け", "次第", "にします", "にしておきます",
		// A later time (来月でお願いします), and a step to come told in its plain
		// form (上司にも確認しておきます, 聞いてみます, 相談します).
		"来月", "月末", "月初", "年明け", "再来週", "翌週", "翌月", "確認しておきます", "聞いておきます", "相談しておきます",
		"確認してみます", "てみます", "でみます",
		"相談します", "相談いたします", "確認します", "確認いたします", "問い合わせます", "聞いてみ"}

	// jaOpeners open a Japanese sentence with a "but" (ただ、…; でも、…);
	// inside a word they are not one (いただいた, いつでも).
	jaOpeners = []string{"ただ", "でも", "しかし", "ただし"}

	// questionWords open a question even without "?".
	questionWords = words("what", "why", "how", "which", "who", "where", "when")

	// disclaimers start the legal notice some companies add to every mail.
	disclaimers = []string{"confidentiality notice", "this e-mail and any", "this email and any", "this message and any",
		"this message is intended", "this email is intended", "this e-mail is intended", "disclaimer", "本メールは機密",
		"このメールには機密", "本メールには機密", "本電子メール"}

	// aboutThisMail open a sentence about the mail itself; with legalWords
	// near, it is a legal notice (see isDisclaimer).
	aboutThisMail = []string{"this e-mail", "this email", "this message", "this communication",
		"the information in this", "the information contained in this",
		"本メール", "このメール", "本電子メール", "当メール", "このメッセージ", "本メッセージ"}
	legalWords = []string{"confidential", "privileged", "intended recipient", "intended only", "intended solely",
		"addressee", "機密", "秘密", "名宛人", "宛先の方", "宛先以外"}
	// noticeWords are a notice's other words (mail received in error, what
	// it may contain): two of them make a notice, one alone may be the
	// writer's own ("this mail was sent in error").
	noticeWords = []string{"in error", "by mistake", "誤って", "誤送信", "破棄", "delete", "削除", "may contain",
		"private", "proprietary", "unauthori", "prohibited", "attachments", "添付ファイル"}

	// jaLinkers right after a Japanese answer mean "…, but" (完了しましたが).
	jaLinkers = []string{"が", "けど", "けれど", "のに", "ものの"}

	// courtesies are greetings, thanks, apologies and sign-offs: removed
	// before anything else is read, so "Thanks for your help" is not prose
	// and "済みません" (sorry) is not "済み". Also neutral words that say
	// nothing about the answer ("I checked", "確認しました", "OK").
	courtesies = []string{
		"hi", "hello", "hey", "dear", "good morning", "good afternoon", "good evening",
		"thanks", "thank you", "thx", "ty", "many thanks", "thanks a lot", "thank you very much",
		"thanks so much", "thank you so much", "thanks for your help", "thank you for your help",
		"thanks for checking", "thank you for checking", "thanks again", "thank you again",
		"appreciate it", "much appreciated", "appreciate you checking", "appreciate you asking",
		"regards", "best regards", "kind regards", "warm regards", "best wishes", "best", "cheers",
		"sincerely", "yours sincerely", "yours", "br", "sorry for the late reply", "sorry for the delay",
		"sorry for the late response", "apologies for the delay", "hope you are well", "hope you're well",
		"hope you are doing well", "hope you're doing well", "i hope you are well", "i hope you're well",
		"i hope you are doing well", "i hope you're doing well", "hope all is well", "hope this finds you well",
		"hope this email finds you well", "hope this message finds you well", "i hope this finds you well",
		"hope this helps",
		// Asking whether the way it was done is all right is a courtesy ("Done, hope that's ok");
		// "instead" or a question next to it still makes the reply unclear.
		"hope that's ok", "hope that's okay", "hope that's fine", "hope that's alright", "hope thats ok",
		"hope that is ok", "hope this is ok", "hope it's ok", "i hope that's ok", "i hope that's fine",
		// An offer of a detail puts no condition on the answer: "the number
		// is 123, if it helps", "for reference", ご参考までに.
		"if it helps", "if that helps", "if this helps", "in case it helps", "in case that helps",
		"if you need it", "in case you need it", "for reference", "for your reference", "for your records",
		"ご参考までに", "参考までに", "ご参考まで", "念のため",
		// A frame that reports the answer: "just letting you know …",
		// …完了しましたのでご報告いたします ("I write to tell you that …").
		"just letting you know", "just to let you know", "just wanted to let you know", "wanted to let you know",
		"i wanted to let you know", "this is to let you know", "のでご連絡いたします", "のでご連絡致します",
		"のでご連絡します", "のでご連絡申し上げます", "のでご報告いたします", "のでご報告致します", "のでご報告します",
		"のでご報告申し上げます", "ことをご報告いたします", "ことをご連絡いたします", "旨ご連絡いたします", "旨ご報告いたします",
		// When in the past something happened is no hedge ("first" is, in
		// "I need to check first").
		"the first time", "the first try", "the first attempt", "first attempt", "first try", "at first",
		// A wish said politely is no hedge: "I would like to keep both".
		"i would like to", "we would like to", "would like to", "would prefer to", "would rather",
		// Hesitations: "Hmm, no" is a No.
		"hmm", "hm", "umm", "um",
		"please", "please let me know if you need anything else", "let me know if you need anything else",
		"have a nice day", "have a good day", "have a great day", "have a good weekend", "have a great weekend",
		"have a nice weekend", "have a good week", "have a great week", "have a good evening", "have a good one",
		"enjoy your weekend", "enjoy the weekend", "no problem", "no issue", "no issues", "no worries", "sorry",
		// French greetings, thanks and sign-offs around an English answer ("Bonjour, … Merci et bonne
		// journée"), and "c'est bon", the French "OK": courtesies as their English forms are.
		"merci et bonne journée", "merci et bonne soirée", "merci beaucoup", "merci bien", "merci", "bonjour",
		"bonsoir", "bonne journée", "bonne soirée", "bien cordialement", "cordialement", "bien à vous", "c'est bon",
		// "No mistake", "no objection" in Japanese affirm in a negative form: no
		// negation of the answer beside them (両方とも私のアカウントで間違いありません).
		"差し支えありません", "差し支えございません", "間違いありません", "間違いございません",
		"i checked", "i have checked", "i've checked", "just checked", "ok", "okay", "fyi", "please check",
		// "OK" in Japanese spellings is "OK" still: a courtesy, no consent.
		"おけです", "おっけーです", "オッケーです", "オーケーです", "おけ", "おっけー", "オッケー", "オーケー",
		"tel", "phone", "mobile", "fax", "email", "e-mail", "mail", "url",
		"お疲れ様です", "お疲れさまです", "おつかれさまです", "お疲れ様でした", "お世話になっております",
		"お世話になります", "お世話になりました", "ありがとうございます", "ありがとうございました", "ありがとう", "ありがと",
		"よろしくお願いします", "よろしくお願いいたします", "よろしくお願い致します", "宜しくお願いします",
		"宜しくお願いいたします", "宜しくお願い致します", "よろしくお願い申し上げます", "よろしくです", "よろしく",
		"お願いします", "お願いいたします", "お願い致します", "お願い申し上げます", "こんにちは", "こんばんは",
		"おはようございます", "失礼します", "失礼いたします", "失礼致します", "取り急ぎ", "ご連絡まで", "ご報告まで",
		"以上です", "以上", "ご確認ください", "ご確認のほど", "すみませんでした", "済みませんでした", "すみません",
		"済みません", "申し訳ありませんでした", "申し訳ございませんでした", "申し訳ありません", "申し訳ございません",
		"恐れ入ります", "恐縮です", "どうも", "問題ありません",
		"問題ないです", "問題なし", "問題ございません",
		// The same in the plain past ("there was no trouble"), as 問題ありませんでした is.
		"問題なかったです", "問題はなかったです", "差し支えありません", "差し支えございません", "大丈夫です", "承知しました", "承知いたしました", "かしこまりました", "了解しました", "了解です",
		"ただいま", "只今", "ご担当者様", "ご担当者さま", "担当者様", "お手数をおかけしました", "お手数おかけしました", "お手数ですが",
		// A courtesy before or after the answer: "sorry to trouble you, but"
		// (お手数をおかけしますが), "no problem with what you sent"
		// (ご連絡いただいた内容で問題ございません): no answer of its own.
		"お手数をおかけしますが", "お手数をおかけいたしますが", "お手数をおかけし", "お手数おかけしますが", "お手数をおかけいたします",
		"内容で問題ございません", "内容で問題ありません", "内容で問題ないです", "内容で差し支えございません",
		"内容で差し支えありません", "ご連絡いただいた", "電話", "携帯", "内線",
	}

	// offers are a sentence offering more help after the answer ("Let me
	// know if AWS needs anything else from me"): a courtesy, though it holds
	// an "if". Only with "anything/something else/more": "let me know if I
	// should submit it" is a question. Only so much after it (offerEnd).
	offers = regexp.MustCompile(`^(please\s+|just\s+)?(let (me|us) know|tell me|shout|ping me)\s+(if|whether)\b` +
		`.*\b(anything|something)\s+(else|more)\b` + offerEnd + `|` +
		`^if (you|they|aws) (need|needs|require|requires) (anything|something) (else|more)\b` + offerEnd)

	// acknowledgements open a sentence that acknowledges what the merge
	// does ("I understand the old account will be closed"): no plan and no
	// doubt, unless it also answers or hedges (readSentence checks).
	acknowledgements = regexp.MustCompile(`^(i understand|i'm aware|i am aware|i know|understood|noted)(,)?( that)?\b`)

	// waits are a sentence that only waits for AWS's answer ("I'll wait to
	// hear back from AWS", AWSからの返信を待ちます): the next step, which
	// spoils no answer next to it, unlike other plans ("I'll check
	// tomorrow"). It must end there: "… before I submit it" is a plan.
	waits = regexp.MustCompile(`^(i'll|i will|we'll|we will|i'm going to|now i'll)?\s*(just\s+)?wait\s+(for|to hear)\s+` +
		`(back|a reply|a response|an answer|their (reply|response|answer)|aws'?s? (reply|response|answer)|` +
		`aws to (reply|respond|answer)|them to (reply|respond|answer))(\s+from\s+(aws|them))?$|` +
		`^(awsからの|aws からの)?(ご?返信|ご?回答|ご?連絡)(を)?(待ちます|待ちです|待ちしております|お待ちします)$`)

	// awsNext is a sentence that tells what AWS will do next ("AWS will get
	// back to me within five days", "they will respond to the contact
	// address"): as waiting for their answer is, no plan of the writer's.
	// Not under a condition or with a doubt (awsNextSpoilers).
	awsNext = regexp.MustCompile(`^(?:aws|aws support|support|they|amazon|someone|somebody|an agent|` +
		`the (?:aws )?(?:desk|team|support team))\s+` +
		`(?:will|'ll|should|is going to|are going to)\s+(?:respond|reply|answer|get back|contact|email|e-mail|` +
		`write|review|process|look at|be in touch|get in touch|come back|follow up|reach out)\b`)
	awsNextSpoilers = regexp.MustCompile(`\b(?:if|unless|but|not|no|never|fail\w*|errors?|wrong|maybe|might)\b|n't|\?`)

	// mailerPrefixes and mailerSuffixes mark the line a mail program adds
	// ("Sent from my iPhone", "iPhoneから送信"), which is no one's answer
	// even though it says "sent"/"送信".
	mailerPrefixes = []string{"sent from ", "sent via ", "get outlook for", "outlook for ios", "outlook for android"}
	mailerSuffixes = []string{"から送信", "を入手"}

	// nameSuffixes may end a Japanese name line: "山田です", "山田様",
	// "加藤でございます".
	// honorifics follow a name only: a line ending in one is a name or a
	// salutation (certflow 様, ご担当者様).
	honorifics   = []string{"様", "さま", "さん", "殿", "各位", "御中"}
	nameSuffixes = []string{"と申します", "でございます", "です", "でした", "より", "様", "さま", "さん", "殿", "各位", "御中"}

	// light are English words that carry no answer of their own and may
	// surround one freely ("I can see both certifications in the profile
	// now"). Any other leftover word counts against a small allowance.
	light = words("i", "i've", "ive", "i'm", "im", "me", "my", "we", "we've", "our", "you", "your", "it", "it's",
		"its", "they", "they're", "them", "their", "this", "that", "these", "those", "the", "a", "an", "both",
		"all", "everything", "now", "already", "just", "today", "yesterday", "earlier", "finally",
		"successfully", "properly", "correctly", "again", "still", "really", "indeed", "also", "too", "as",
		"and", "so", "well", "oh", "ah", "sure", "great", "good", "perfect", "is", "are", "was", "were", "be",
		"been", "am", "have", "has", "had", "do", "does", "did", "can", "could", "there", "here", "up", "in",
		"on", "at", "to", "for", "of", "from", "with", "by", "via", "into", "over", "account", "accounts",
		"form", "forms", "profile", "profiles", "apn", "aws", "partner", "central", "certification",
		"certifications", "certificate", "certificates", "cert", "certs", "credential", "credentials", "link",
		"links", "linking", "request", "application", "page", "portal", "tab", "yet", "unfortunately",
		"sadly", "show", "see", "mr", "ms", "mrs", "dr", "san", "team")
)

// offerEnd is all an offer of more help may end with: from whom, for
// what. More ("… anything else before I agree") may set a condition on
// the answer.
const offerEnd = `(?:\s+(?:is|are)\s+(?:needed|required))?(?:\s+(?:from (?:me|us|my side|my end|our side)|` +
	`to (?:proceed|complete (?:it|this|the merge))|for (?:this|it|the merge)|at all|on my (?:side|end)))?\s*[.!]*$`

// joinAll is every verb + " " + object + tail (English, with a space) or
// every subject + object + predicate (Japanese, without).
func joinAll(firsts, seconds, thirds []string) []string {
	var out []string
	for _, a := range firsts {
		for _, b := range seconds {
			for _, c := range thirds {
				if cjkCount([]byte(a)) == 0 {
					out = append(out, a+" "+b+c)
				} else {
					out = append(out, a+b+c)
				}
			}
		}
	}
	return out
}

// neutralPhrases makes each text a neutral phrase: recognised, no answer.
// consents makes each text a consent: Yes, No when negated.
func consents(texts []string) []phrase {
	out := make([]phrase, len(texts))
	for i, t := range texts {
		out[i] = phrase{t, Yes, anywhere, negatable}
	}
	return out
}

// consentsJa makes each Japanese text a consent (no negator before it
// turns it: the Japanese says its own negation).
func consentsJa(texts []string) []phrase {
	out := make([]phrase, len(texts))
	for i, t := range texts {
		out[i] = phrase{t, Yes, anywhere, 0}
	}
	return out
}

func neutralPhrases(texts []string) []phrase {
	out := make([]phrase, len(texts))
	for i, t := range texts {
		out[i] = phrase{t, Unclear, anywhere, 0}
	}
	return out
}
