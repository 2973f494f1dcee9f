package reply

import (
	"slices"
	"testing"
)

// An answer with a question of another matter beside it is the answer,
// and the question comes with it for a person.
func TestReadAskingTakesAnAnswerBesideAnOtherQuestion(t *testing.T) {
	for _, c := range []struct {
		text string
		want Answer
		asks []string
	}{
		{"All done now. Can you forward the steps to my colleague as well?", Done,
			[]string{"Can you forward the steps to my colleague as well?"}},
		{"I've sent the form in.\nRoughly how long does Amazon take to process these?", Submitted,
			[]string{"Roughly how long does Amazon take to process these?"}},
		{"No, please don't go ahead for now. Who do I speak to about my previous login?", No,
			[]string{"Who do I speak to about my previous login?"}},
		{"Finished linking it.\n\nBy the way, would you send the guide to Tanaka-san too?\n\nThanks,\nAiko", Done,
			[]string{"By the way, would you send the guide to Tanaka-san too?"}},
		{"フォームを提出しました。ところで、審査にはどのくらい時間がかかりますか？", Submitted,
			[]string{"ところで、審査にはどのくらい時間がかかりますか?"}},
		{"連携しました。あと、鈴木さんにも手順を送っていただけますか。", Done,
			[]string{"あと、鈴木さんにも手順を送っていただけますか。"}},
		// A Japanese request put as a question, of another matter, beside a
		// No too (it was read as a plain 〜てください, detail of a bare いいえ
		// or of a No beside a word of another thing: the request dropped),
		// and in its negative form (〜ていただけませんか), whose ません negates
		// nothing.
		{"いいえ。今後のご連絡は部長宛てにしていただけますか。", No, []string{"今後のご連絡は部長宛てにしていただけますか。"}},
		{"いいえ。請求先の部署名を経理部に直していただけますでしょうか。", No,
			[]string{"請求先の部署名を経理部に直していただけますでしょうか。"}},
		{"いいえ。\n\n窓口の担当を山本に引き継いでいただけますか？\n\n山田", No, []string{"窓口の担当を山本に引き継いでいただけますか?"}},
		{"いいえ。ところで、窓口を別の者に替えてもらえますか？", No, []string{"ところで、窓口を別の者に替えてもらえますか?"}},
		{"まだ見えていません。担当者を別の人に変えていただけますか？", No, []string{"担当者を別の人に変えていただけますか?"}},
		{"いいえ。研修の案内は英語版を送っていただけませんか。", No, []string{"研修の案内は英語版を送っていただけませんか。"}},
		{"いいえ。担当を田中に替えてもらえないでしょうか。", No, []string{"担当を田中に替えてもらえないでしょうか。"}},
		{"完了しました。窓口を別の者に替えていただけませんか。", Done, []string{"窓口を別の者に替えていただけませんか。"}},
		{"フォームを送りました。控えを総務にも転送してもらえますか？", Submitted, []string{"控えを総務にも転送してもらえますか?"}},
	} {
		got, asks := ReadAsking(c.text)
		if got != c.want || !slices.Equal(asks, c.asks) {
			t.Errorf("ReadAsking(%q) = %q, %q; want %q, %q", c.text, got, asks, c.want, c.asks)
		}
		if Read(c.text) != Unclear {
			t.Errorf("Read(%q) = %q: Read alone must not take it (the question would be dropped)", c.text, Read(c.text))
		}
	}
}

// Near misses: a question that weighs on the answer, holds one, doubts,
// negates or puts a condition, a Yes (a consent cannot be taken back), a
// question first, and a question cut over two lines all stay unclear.
func TestReadAskingLeavesQuestionsThatWeighOnTheAnswer(t *testing.T) {
	for _, text := range []string{
		"Done - was that the correct account?",
		"Done. Is that the account you meant?",
		"Submitted. Did it go through on your side?",
		"Submitted. Should I have used my work address?",
		"I've linked them. Do they show up for you now?",
		"I've linked them now. Have they turned up on your side?",
		"Done. Are they all there?",
		"Done. Can you check it worked?",
		"Done. Could you tell me if anything else is missing?",
		"Done. Or do you want me to wait?",
		"No. Go ahead?",
		"Not yet. Could you proceed without me?",
		"No. Can you delete the old account for me?",
		"No. Can you merge the other account instead?",
		"No. Why not just use the old one?",
		"Yes, go ahead. Who gets the notice after the merge?",
		"Yes please. How long does it take?",
		"Who looks after the old account? Done.",
		"Is the form still needed? Submitted.",
		"I finished it but I was wondering whether you could send\nthe guide to my colleague too?",
		"Done? I think so. Can you send the guide to my colleague?",
		"Done. Can you send the guide to my colleague? And to my boss? And his boss? And hers?",
		"I couldn't get into the portal. Where do I sign in?",
		"Not yet. How do I open the partner page?",
		"ログインはしましたが、共有のボタンがありません。どこから開けばいいのでしょうか？",
		"No. Who are you people?",
		"Never. Why do you have my address?",
		"いいえ。これは何のメールですか？",
		"提出しました。これで大丈夫でしょうか？",
		"完了しました。正しいアカウントで連携できていますか？",
		"完了しました。もし問題があれば、連絡いただけますか？",
		"はい、お願いします。統合後の通知は誰に届きますか？",
		"いいえ。そのまま進めてもらえますか？",
		// Japanese requests that ask about the act, its rightness, a wait,
		// a resend or how to do it, undo or contradict the No, put another
		// in the writer's place (代わりに, ではなく), negate what they ask
		// (送らないで), or come before the answer or beside a Yes.
		"いいえ。確認していただけますか。",
		"いいえ。もう一度送っていただけますか。",
		"いいえ。手順をもう一度教えていただけますか。",
		"いいえ。正しいアカウントに連携していただけますか。",
		"いいえ。古いアカウントを消していただけますか。",
		"いいえ。進めていただけませんか。",
		"いいえ。来週まで保留にしていただけますか。",
		"いいえ。私ではなく上司に聞いていただけますか。",
		"いいえ。上司に代わりに返信してもらえますか。",
		"いいえ。案内を送らないでいただけませんか。",
		"いいえ。担当を替えていただくことはできますか？",
		"担当を替えていただけますか？いいえ。",
		"はい。担当を別の者に替えていただけますか？",
		"はい。窓口を替えていただけませんか。",
	} {
		if got, asks := ReadAsking(text); got != Unclear || asks != nil {
			t.Errorf("ReadAsking(%q) = %q, %q; want unclear", text, got, asks)
		}
	}
}

// A reply Read already takes comes back as Read has it, with no questions:
// among them a Japanese request put as a question that is the answer
// itself (見送っていただけますか, "please hold off": a No).
func TestReadAskingIsReadWhereReadAnswers(t *testing.T) {
	for _, text := range []string{"Done.", "Submitted, thanks!", "No, not yet.", "Yes.", "完了しました。",
		"いいえ。統合は見送っていただけますか。", "いいえ。やめていただけますか。"} {
		if got, asks := ReadAsking(text); got != Read(text) || got == Unclear || asks != nil {
			t.Errorf("ReadAsking(%q) = %q, %q; want %q and no questions", text, got, asks, Read(text))
		}
	}
}
