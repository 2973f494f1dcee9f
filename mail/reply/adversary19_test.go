package reply

import (
	"strings"
	"testing"
)

// Adversarial review, the nineteenth round, of false Done and false
// Submitted readings, in English and Japanese: replies written for this
// review in its own words to "reply done when you have linked your
// account" and "reply submitted when you have sent AWS's merge form". Each
// of the first set opens with, or holds, a Done or Submitted that a careful
// admin would not take: the act taken back or undone, done on another or an
// old account, the merge's source and target reversed, a joke, done by or
// for someone else, done in part, saved as a draft, ended on an error page,
// not known to have saved, done in a test environment, promised for later,
// said under a condition, another's "done" passed on, or said in sarcasm. A
// false Done or Submitted makes the case wait on (a week for a share), so
// each must be left for a person (or read as No, which it nearly is).

// probe19 is one reply of the review with the family it belongs to.
type probe19 struct{ family, text string }

// TestAdversary19NotDone: no reply of the first set reads Done or
// Submitted, alone (Read) or beside what follows it (ReadAsking).
func TestAdversary19NotDone(t *testing.T) {
	for _, p := range adversary19NotDone {
		if a, aside := ReadAsking(p.text); a == Done || a == Submitted {
			t.Errorf("%s: ReadAsking(%q) = %q beside %q; want it left for a person", p.family, p.text, a, aside)
		}
	}
}

// TestAdversary19NoLeanToTheAct: nor does any lean to Done or Submitted.
// A case waiting for the link or the form takes a lean of the act
// (classify reads Lean wherever ReadAsking finds no answer), so a reply
// whose words undercut the act and that only leans to it would move the
// case as surely as one read Done.
func TestAdversary19NoLeanToTheAct(t *testing.T) {
	for _, p := range adversary19NotDone {
		if l := Lean(p.text); l == Done || l == Submitted {
			t.Errorf("%s: Lean(%q) = %q; want it leaning nowhere, or to No", p.family, p.text, l)
		}
	}
}

// TestAdversary19LeansStand: replies that lean to the act and whose other
// words only sound like an undercut: a confidentiality notice that asks a
// wrong recipient to delete the mail, news another person passed on, a
// line the mail program wrapped after a "maybe" or a "but", the wrong
// account named as the one not used, another person's act still to come.
func TestAdversary19LeansStand(t *testing.T) {
	for _, p := range []struct {
		text string
		want Answer
	}{
		{"Done, linked my certification account this morning.\n\nThis message is confidential. If you are not " +
			"the intended recipient, please notify the sender and delete this email.", Done},
		{"完了しました。\n※誤送信の場合はお手数ですが送信者へご連絡のうえ、本メールを削除してください。", Done},
		{"提出しました。同じ部署の田中も明日には対応するとのことです。", Submitted},
		{"提出しました。AWSの処理には1週間ほどかかると聞いています。", Submitted},
		{"提出しました。スマホから入力したので、念のため入力内容を見直してから送信しようかと思ったのですが\n" +
			"そのまま送りました。", Submitted},
		{"Done, linked it with my company account (not the old one).", Done},
		{"完了しました。古いアカウントではなく、会社のアカウントで連携しました。", Done},
		{"Done. My manager Ken hasn't sent his yet.", Done},
		{"Submitted. My boss hasn't sent hers yet.", Submitted},
		{"Submitted. If they need more details they can call me.", Submitted},
	} {
		if l := Lean(p.text); l != p.want {
			t.Errorf("Lean(%q) = %q; want %q", p.text, l, p.want)
		}
	}
}

// TestAdversary19StillDone: the near misses, a clear Done or Submitted
// followed by news of something else (travel, thanks, a reference number,
// an unrelated question, trouble that ended well), read as they say.
func TestAdversary19StillDone(t *testing.T) {
	for _, p := range adversary19Done {
		if a, aside := ReadAsking(p.text); a != p.want {
			t.Errorf("ReadAsking(%q) = %q beside %q; want %q", p.text, a, aside, p.want)
		}
	}
}

// TestAdversary19FamiliesLeaveNearWords: words close to an undercut
// family's that Read or readLeading may take beside a Done or Submitted
// (a time of half an hour, a part of onboarding) are none of its words.
func TestAdversary19FamiliesLeaveNearWords(t *testing.T) {
	for _, p := range []struct {
		text string
		a    Answer
	}{
		{"Submitted half an hour ago.", Submitted},
		{"Done. I'm off for half a day tomorrow, back Friday.", Done},
		{"Done, as part of our onboarding checklist.", Done},
		{"Submitted. Half the team is off this week, so replies are slow.", Submitted},
		{"Solutions Architect, Sandbox Team", Done},
		{"Submitted. Fingers crossed AWS is quick.", Submitted},
		{"提出しました。エラーは出ませんでした。", Submitted},
	} {
		if f := undercutFamilyOf(strings.Split(p.text, "\n"), p.a); f != "" {
			t.Errorf("undercutFamilyOf(%q, %q) = %q, want none", p.text, p.a, f)
		}
	}
}

var adversary19NotDone = []probe19{
	// the act taken back, or undone after
	{"undone", "Done, but my boss told me to remove it again."},
	{"undone", "Linked it. Then I unlinked it because legal hadn't signed off."},
	{"undone", "Submitted. I've since asked AWS to disregard it."},
	{"undone", "Done. I removed the link afterwards though, sorry."},
	{"undone", "Submitted the form. Then I emailed AWS asking them to ignore it."},
	{"undone", "Done. My manager wants us to reverse it."},
	{"undone", "Linked. Unlinked it an hour later, I'll explain on Monday."},
	{"undone", "Done! Removed it this morning though."},
	{"undone", "Done.\nUpdate: I disconnected it again after talking to HR."},
	{"undone", "Submitted. I then deleted the request from the portal."},
	{"undone", "連携しました。…が、上司に止められたので一旦外しました。"},
	{"undone", "連携しました。その後、解除しました。"},
	{"undone", "提出しました。後からAWSに無視してくださいと連絡しました。"},
	{"undone", "完了しました。ただ翌日に連携を外しています。"},
	{"undone", "連携しました。法務の確認が要るとのことで、いったん解除しています。"},
	{"undone", "完了しました。夫に言われて元に戻しました。"},
	{"undone", "共有しました。その後、共有を解除しました。"},
	{"undone", "提出しました。\n翌朝、申請を削除しました。"},
	{"undone", "提出しました。ただ、このメールを書く前に申請を削除しました。"},
	{"undone", "Submitted. Please delete it though, I sent the wrong addresses."},
	// done on another or an old account
	{"other account", "Done — used my personal login though."},
	{"other account", "Done. It was on my old certification account."},
	{"other account", "Linked, from the account I made in 2019 rather than the one you have."},
	{"other account", "Done. I linked the one under my maiden name."},
	{"other account", "Done, on my former employer's partner account."},
	{"other account", "Submitted, with my previous work email as the target."},
	{"other account", "Done, though on the account I use for my side business."},
	{"other account", "Done. I was logged into my wife's account at the time."},
	{"other account", "Linked it to our Singapore APN account, not the Tokyo one."},
	{"other account", "完了しました。古いほうの認定アカウントですが。"},
	{"other account", "完了しました。前職のアカウントで連携しました。"},
	{"other account", "連携しました。会社のではなくGmailのアカウントです。"},
	{"other account", "完了です。旧姓のアカウントのほうです。"},
	{"other account", "完了しました。家族のアカウントでログインしていました。"},
	{"other account", "連携しました。シンガポール法人のAPNアカウントにですが。"},
	{"other account", "完了しました。副業用のアカウントで、ですが。"},
	// the merge's source and target reversed
	{"reversed", "提出しました。統合元と統合先を逆に入力してしまいました。"},
	{"reversed", "提出しました。統合元と統合先を反対にしてしまったかもしれません。"},
	{"reversed", "提出しました。元と先を入れ替えて書いています。"},
	{"reversed", "送信しました。統合先と統合元があべこべです。"},
	{"reversed", "提出しました。統合先に個人のアドレスを書きました。"},
	{"reversed", "Submitted. I entered the source and target the other way round."},
	{"reversed", "Submitted. I swapped the source and target addresses."},
	{"reversed", "Sent the form. Realised afterwards the two addresses are in reverse order."},
	{"reversed", "Submitted. I put the company address as the source and my personal one as the target."},
	{"reversed", "Submitted, with source and target flipped."},
	// a joke
	{"joke", "Submitted! Just kidding, tonight."},
	{"joke", "Done! Ha, I wish. Tomorrow."},
	{"joke", "Done. Not really, haven't had a minute."},
	{"joke", "Submitted. April fools, doing it now."},
	{"joke", "Linked! Well, in my dreams."},
	{"joke", "Done! Nah, still on my list."},
	{"joke", "提出しました！なんちゃって。今夜やります。"},
	{"joke", "完了しました！…と言いたいところですが、まだです。"},
	{"joke", "完了しました、というのは冗談で、これからです。"},
	{"joke", "連携しました！という夢を見ました。"},
	{"joke", "提出しました（嘘）。"},
	{"joke", "完了！…だったらいいのになあ。"},
	// done by, or for, someone else
	{"someone else", "Done. My colleague Ken did it for me from his laptop."},
	{"someone else", "Submitted. My assistant sent it on my behalf."},
	{"someone else", "Done. IT handled it; I haven't looked."},
	{"someone else", "Done for my teammate Aiko; mine is next."},
	{"someone else", "Submitted for Jun's account. Mine to follow."},
	{"someone else", "Done, my husband says. He did the clicking."},
	{"someone else", "完了しました。同僚の山田さんが私のPCで操作しました。"},
	{"someone else", "提出しました。部下に頼みました。"},
	{"someone else", "完了しました。妻の分ですが。"},
	{"someone else", "提出しました。佐藤さんの分を先に出しました。"},
	{"someone else", "完了しました。情シスが操作したので、私は確認していません。"},
	{"someone else", "完了しました。自分の分はこれからです。"},
	// done in part
	{"partial", "Done. Only the first two certifications went across."},
	{"partial", "Submitted. Half the form anyway, the rest needs my employee ID."},
	{"partial", "Done with step one. Step two needs admin rights."},
	{"partial", "Linked. The SAA shows, the other three don't."},
	{"partial", "Done, apart from the last confirmation screen."},
	{"partial", "完了しました。一つ目の資格だけ反映されています。"},
	{"partial", "完了しました。手順3まで。"},
	{"partial", "連携しました。半分ほど。"},
	{"partial", "完了しました。あとは最後の確認画面だけです。"},
	{"partial", "提出しました。本人確認書類の添付以外は。"},
	// saved as a draft
	{"draft", "Submitted. Well, saved it as a draft."},
	{"draft", "Done. It's sitting in drafts until I get the ID."},
	{"draft", "Submitted. It says 'saved for later'."},
	{"draft", "Submitted — actually I only hit Save, not Send."},
	{"draft", "提出しました。一時保存ですが。"},
	{"draft", "提出しました。保存だけして送信はまだです。"},
	{"draft", "完了しました。下書きの段階です。"},
	{"draft", "提出しました。「保存」ボタンを押しました。"},
	// an error page
	{"error page", "Submitted. Got a 500 page afterwards."},
	{"error page", "Done. The screen said 'Session expired' at the end."},
	{"error page", "Submitted. It showed an oops page."},
	{"error page", "Submitted. The confirmation page never loaded."},
	{"error page", "Submitted. Then it said 'Please try later'."},
	{"error page", "Done. A red banner came up at the top, didn't catch what it said."},
	{"error page", "提出しました。送信後に404が出ました。"},
	{"error page", "完了しました。最後の画面で赤い文字が出ていました。"},
	{"error page", "提出しました。確認画面が出ずに元のページに戻りました。"},
	{"error page", "完了しました。「セッションの有効期限が切れました」と表示されました。"},
	{"error page", "提出しました。送信ボタンを押したら「しばらくしてからお試しください」と出ました。"},
	// not known to have saved
	{"unsure", "Submitted. Not sure it saved."},
	{"unsure", "Done. No idea if it stuck."},
	{"unsure", "Submitted. Can't tell whether it registered."},
	{"unsure", "Done. The page just reloaded, so who knows."},
	{"unsure", "Submitted. Didn't get a confirmation number."},
	{"unsure", "Done. Nothing changed on the screen, though."},
	{"unsure", "提出しました。保存されたかは不明です。"},
	{"unsure", "完了しました。ちゃんと送れているかは確認できていません。"},
	{"unsure", "提出しました。受付番号は出ませんでした。"},
	{"unsure", "連携しました。反映されたかどうかは見ていません。"},
	{"unsure", "完了しました。画面は特に変わりませんでした。"},
	// done in a test environment
	{"test env", "Done. In the sandbox account for now."},
	{"test env", "Submitted. That was on the staging copy of the form our IT set up."},
	{"test env", "Done, in our test org; the real one next week."},
	{"test env", "Done. Practice run on the demo tenant."},
	{"test env", "完了しました。検証用の環境で、ですが。"},
	{"test env", "提出しました。社内の練習用フォームの方に。"},
	{"test env", "完了しました。サンドボックスのアカウントです。"},
	{"test env", "完了しました。デモ環境で一度やってみました。"},
	// promised for later
	{"later", "Done by Friday, promise."},
	{"later", "Submitted tomorrow morning first thing."},
	{"later", "Done. Well, will be after lunch."},
	{"later", "Submitted. Or will have been, by the time you read this."},
	{"later", "Done soon!"},
	{"later", "完了しました。と言えるのは来週になりそうです。"},
	{"later", "提出しました、と今夜中にはお伝えできると思います。"},
	{"later", "完了予定です。"},
	{"later", "提出は週明けに。"},
	// said under a condition
	{"conditional", "Done, if the email I got counts."},
	{"conditional", "Submitted, assuming the button I pressed was the right one."},
	{"conditional", "Done as long as AWS takes the personal address."},
	{"conditional", "Submitted, provided the form didn't need the case number."},
	{"conditional", "完了しました。メールが届いていればですが。"},
	{"conditional", "提出しました。あのボタンが送信ボタンだったなら。"},
	{"conditional", "完了しました。個人アドレスでよければですが。"},
	// another's "done" passed on
	{"quoted", "My manager wrote: \"Done.\" Forwarding for your records."},
	{"quoted", "\"Submitted\" is what Aiko told me, I haven't seen it."},
	{"quoted", "Done, says Kenji. I'll confirm myself later."},
	{"quoted", "Forwarding Takeshi's note: Submitted."},
	{"quoted", "Done.\n(that's from Yuki, she asked me to pass it on)"},
	{"quoted", "「完了しました」と鈴木さんから連絡がありました。私は未確認です。"},
	{"quoted", "山田さんより：「提出しました」とのことです。"},
	{"quoted", "完了しました、と部長が言っていました。"},
	{"quoted", "提出しました。\n（以上、田中さんからの伝言です）"},
	// sarcasm
	{"sarcasm", "Submitted. For the fifth time. Yay."},
	{"sarcasm", "Done. Sure. Just like last month."},
	{"sarcasm", "Done. Like the previous three times that vanished."},
	{"sarcasm", "提出しました。これで5回目ですけどね。"},
	{"sarcasm", "完了しました。どうせまた消えるんでしょうけど。"},
	{"sarcasm", "完了しました。前回みたいに消えなければいいですね。"},
	// a second round, in fresh words, written after the first fixes to try
	// how far each family reaches
	{"undone", "Linked it yesterday. Took it off again today, long story."},
	{"undone", "Submitted. I've emailed AWS to cancel it though."},
	{"undone", "Done. Then unticked the sharing box after reading the terms."},
	{"undone", "連携しました。ただ、今朝になって連携を取り消しました。"},
	{"undone", "完了しました。その後、共有をオフにしました。"},
	{"undone", "提出しました。後で取り下げの連絡を入れました。"},
	{"other account", "Done. Used the login from my last company."},
	{"other account", "Linked. It's the account I had as a student."},
	{"other account", "完了しました。学生時代のアカウントでやりました。"},
	{"other account", "連携しました。使ったのは昔のメールアドレスの方です。"},
	{"reversed", "Submitted. Oops, I think I put the two addresses in the wrong boxes."},
	{"reversed", "提出しました。統合元の欄に会社のアドレスを書いてしまいました。"},
	{"reversed", "Submitted; source and destination are the wrong way round, sorry."},
	{"joke", "Done! Haha no, not yet."},
	{"joke", "提出しました！…というのはウソで、明日やります。"},
	{"joke", "完了しました。と言いたいです。"},
	{"someone else", "Done. My manager did it from her account for me."},
	{"someone else", "提出しました。人事の方が代わりに出してくれました。"},
	{"someone else", "完了しました。私ではなく、チームリーダーが操作しました。"},
	{"someone else", "Submitted, by my colleague Sara."},
	{"partial", "Done. Only managed the first part."},
	{"partial", "完了しました。ただし一つ目の手順のみです。"},
	{"partial", "提出しました。必須項目の一部は空欄のままです。"},
	{"draft", "Submitted. Actually it's still in my drafts folder."},
	{"draft", "提出しました。まだ下書きのままかもしれません。"},
	{"draft", "完了しました。保存しただけで送信はしていません。"},
	{"error page", "Submitted. Got an 'Internal Server Error' after clicking."},
	{"error page", "提出しました。送信後に「ページが見つかりません」と出ました。"},
	{"error page", "Done. The last page was just a spinner for ten minutes."},
	{"unsure", "Submitted. At least I think I did."},
	{"unsure", "完了しました。多分ですけど。"},
	{"unsure", "提出しました。ちゃんと届いたかはわかりません。"},
	{"test env", "Done, but only in the test tenant."},
	{"test env", "提出しました。テスト環境のフォームですが。"},
	{"later", "Done later today."},
	{"later", "提出しました、は明日になります。"},
	{"later", "完了は月曜日の予定です。"},
	{"conditional", "Done, as long as the personal email is fine."},
	{"conditional", "完了しました。手順が合っていればですけど。"},
	{"conditional", "Submitted, if I filled the target in right."},
	{"conditional", "Done. If I did it right, that is."},
	{"conditional", "Submitted. Unless I misread the form."},
	{"relayed", "My boss just told me: \"submitted\"."},
	{"relayed", "完了した、と夫が言っています。"},
	{"relayed", "提出済みだと山田さんが言っていました。"},
	{"sarcasm", "Submitted. Again. Fingers crossed it sticks this time."},
	{"sarcasm", "提出しました。もう何回目か分かりませんが。"},
	// a third round: letters with a greeting and a name, keigo, and more
	// ways of each family
	{"undone", "Hi,\n\nDone. I have since reverted the change while we check with compliance.\n\nBest,\nMark"},
	{"undone", "お世話になっております。\n連携いたしました。\nなお、社内規定の確認のため、現在は連携を解除しております。\n山本"},
	{"undone", "Submitted. I've also asked AWS support to put it on hold."},
	{"undone", "提出いたしました。ただ、AWS側に保留をお願いしております。"},
	{"other account", "Done, linked with my hotmail one, not the work one."},
	{"other account", "Done. Note I used the account registered to my old team alias."},
	{"other account", "完了いたしました。なお、使用したのは以前の部署で作成したアカウントです。"},
	{"other account", "連携済みです。夫のアカウントに紐付いてしまったかもしれません。"},
	{"reversed", "Submitted. Heads up, I listed the corporate email as the one to close."},
	{"reversed", "提出しました。残す方と消す方を取り違えたかもしれません。"},
	{"reversed", "提出いたしました。統合先の欄には個人のGmailを記入しております。"},
	{"joke", "Done!!! (not)"},
	{"joke", "完了しました（大嘘）"},
	{"joke", "Submitted... in another universe. Will do it tonight."},
	{"someone else", "Done — our admin Priya linked it for everyone yesterday."},
	{"someone else", "提出しました。総務の担当者が一括で提出しています。"},
	{"someone else", "完了しました。と言っても操作したのは部下の佐藤です。"},
	{"partial", "Done, at least the linking part. The sharing toggle wouldn't save."},
	{"partial", "完了しました。共有の設定までは終わっていません。"},
	{"draft", "Submitted. Well, filled it all in; the send button is greyed out."},
	{"draft", "提出しました。入力は全部終えましたが、送信ボタンがまだ押せません。"},
	{"error page", "Submitted. Got 'We couldn't process your request' at the end."},
	{"error page", "提出しました。最後に「処理できませんでした」と出ています。"},
	{"unsure", "Done. Whether it actually worked is another matter."},
	{"unsure", "提出しました。本当に送信できたのか自信がありません。"},
	{"test env", "Done. That was the UAT environment, prod access comes next month."},
	{"test env", "完了しました。検証環境のAPNに、ですけど。"},
	{"later", "Will have it done by Thursday. Done-ish already."},
	{"later", "提出しました。と言っても正式な提出は来週です。"},
	{"conditional", "完了しました。AWSのアカウントが正しければ、ですが。"},
	{"relayed", "Colleague says it's done. I haven't checked myself."},
	{"relayed", "提出済みとのことでした。私は確認しておりません。"},
	{"sarcasm", "Done. Only took me four tries and two password resets. Still not sure it took."},
	{"sarcasm", "完了しました。また途中で消えていなければですが。"},
}

var adversary19Done = []struct {
	text string
	want Answer
}{
	// travel, leave, moves
	{"Done. I'm out of office from the 20th to the 3rd.", Done},
	{"Submitted.\nBy the way, we moved offices; the new address is in my signature.", Submitted},
	{"Done. FYI I'm on paternity leave from January.", Done},
	{"連携しました。ちなみに来月から部署が変わります。", Done},
	{"提出しました。年末年始はお休みをいただきます。", Submitted},
	{"完了しました。\n12月20日から1月5日まで不在にしております。", Done},
	// thanks, apologies, sign-offs
	{"Done. Thanks so much for the clear instructions!", Done},
	{"Submitted just now. Have a good weekend!", Submitted},
	{"Done. Sorry it took so long, it was a busy month.", Done},
	{"Linked the accounts. Thank you for your patience.", Done},
	{"Done. Happy holidays!", Done},
	{"完了しました。ご丁寧にありがとうございました。", Done},
	{"完了しました。遅くなり申し訳ありません。", Done},
	{"提出しました。\nよろしくお願いいたします。", Submitted},
	// a reference number
	{"Submitted. Reference number is 20261202-4471.", Submitted},
	{"Submitted. The case number AWS gave me is 1234567890.", Submitted},
	{"提出しました。受付番号は 1234567 です。", Submitted},
	{"提出しました。控えの番号：A-20261202-88", Submitted},
	// an unrelated question
	{"Done. Unrelated: when is the next internal training day?", Done},
	{"Submitted. Separately, could you add Mika to the next round?", Submitted},
	{"完了しました。別件ですが、来年の研修日程はいつ頃決まりますか。", Done},
	// trouble that ended well
	{"完了しました。最初はログインできず焦りましたが、パスワードを再設定して無事できました。", Done},
	// a line that ends in a "but" and goes on in the next: no sentence
	// ending on a concession
	{"完了しました。\n操作の途中で画面が少し止まったのですが\nしばらく待ったら完了画面が出ました。", Done},
	{"提出しました。入力に少し時間がかかってしまったのですが\n無事に送信できました。", Submitted},
	// a notice below the name asking a wrong recipient to delete the mail
	{"完了しました。\n\n山田\n（誤ってこのメールを受け取られた方は、削除をお願いします）", Done},
	// other news told as heard, not the answer passed on
	{"提出しました。処理には1週間ほどかかると聞いています。", Submitted},
	// an answer with a plain, harmless detail
	{"Done. Linked it to the company APN account as asked.", Done},
	{"Submitted. I used the addresses from your mail.", Submitted},
	{"完了しました。案内の手順どおりに進めました。", Done},
	{"提出しました。ご案内のフォームから送りました。", Submitted},
	{"Hi Aki,\nDone.\nCheers, Tom", Done},
	// the near misses of each family of the first set: words close to
	// theirs that undo, doubt or move nothing
	{"Submitted. Please ignore my earlier mail.", Submitted},
	{"Submitted. The old account is the source, as in your mail.", Submitted},
	{"提出しました。統合元は旧アカウント、統合先は会社のアカウントです。", Submitted},
	{"Done. Linked from my personal certification account to the company APN account.", Done},
	{"Submitted. Source is my personal address, target the company one.", Submitted},
	{"Submitted! Have a great evening.", Submitted},
	{"Done. I did it myself following your steps.", Done},
	{"Done, it was linked by Monday.", Done},
	{"Submitted on Friday.", Submitted},
	{"完了しました。お手数ですが、ご確認をお願いいたします。", Done},
	{"提出しました。AWSからの連絡を待ちます。", Submitted},
	{"提出しました。1回目で無事に送れました。", Submitted},
	{"Done. Let me know if anything else is needed.", Done},
	{"完了しました。何かあればご連絡ください。", Done},
	{"提出しました。会社のアドレスを統合先にしました。", Submitted},
	{"Done. Linked it to the company account, as asked.", Done},
	{"完了しました。本番のAPNアカウントに連携しました。", Done},
	{"完了しました。資格は前職の頃に取ったものです。", Done},
	{"お疲れさまです。\n提出しました。\n山田", Submitted},
	// the second round's near misses
	{"Submitted. Thanks again for chasing me on this!", Submitted},
	{"完了しました。いつもありがとうございます。", Done},
	{"提出しました。受付メールも届きました。", Submitted},
	{"Done. Reference: CASE-2026-118.", Done},
	{"連携しました。お忙しいところありがとうございました。", Done},
	{"Submitted. The confirmation email arrived a minute later.", Submitted},
	{"完了しました。以上、よろしくお願いいたします。", Done},
	{"Submitted. I turned off my VPN first, as IT suggested.", Submitted},
	{"Done. My manager asked me to say thanks for the quick help.", Done},
	{"Done. I opted out of the marketing emails while I was there.", Done},
	{"Submitted. Fingers crossed AWS is quick.", Submitted},
	// the third round's near misses, signatures with a team's name among them
	{"Hi Aki,\n\nSubmitted this morning.\n\nBest regards,\nTom Baker\nCloud Practice Lead | Acme Corp", Submitted},
	{"お世話になっております。\n提出いたしました。\nご確認のほど、よろしくお願いいたします。\n\n山田太郎\n株式会社サンプル デモ推進部", Submitted},
	{"Done.\n\nJane Smith\nSolutions Architect, Sandbox Team", Done},
	{"完了しました。先日はご丁寧にありがとうございました。", Done},
	{"Done, linked to the company APN account. Have a nice weekend.", Done},
	{"Submitted. I gave my personal email as the one to close, as asked.", Submitted},
	{"Done. Tested the sharing afterwards and my certifications show.", Done},
	{"提出しました。送信ボタンを押したあと、受付完了の画面が出ました。", Submitted},
	{"Submitted. The email option was greyed out, so I used the web form.", Submitted},
}

// Near misses still read Unclear (left for a person, which is safe) at the
// end of this review; each was Unclear at main too:
//
//   - "Submitted. I'm travelling to Osaka next week, so replies may be slow."
//     and 提出しました。来週から大阪に出張です。: safeRemark takes "may", "next"
//     and 来週 as a plan said of the act ("so" and a short Japanese remark
//     count as speaking of it); telling the writer's own plans from the
//     act's needs a family of its own in leading.go.
//   - "Done. The first login timed out but the second try worked fine.":
//     Read's story of trouble (tellsTrouble) does not take "worked fine"
//     as its end.
//   - 提出しました。エラーは出ませんでした。 and 完了しました。エラーもなく
//     すんなりできました。: a Japanese "no error" is not read as no trouble.
//   - "Submitted. If you have any questions, let me know.": the closing
//     offer is not among leading.go's offering.
//   - "Done. Off to Sapporo tomorrow for a conference.": as the travel
//     news above ("tomorrow" is a plan said of the act).
//   - 完了しました。一度画面が固まりましたが、再読み込みしたら完了画面が出ました。:
//     Read does not take the reload as the story's happy end.
//   - 完了しました。大学時代に取った資格も、今のアカウントで全部見えています。:
//     a Yes of showing beside the Done, which Read does not take with it.
//   - "Done. I couldn't be happier with how easy it was.": "couldn't" is read
//     as a negation said of the act.
//   - "Submitted. My previous email had the wrong case number, sorry about
//     that.": read Submitted before the leading remarks of this session's
//     other study; "wrong" now keeps it for a person.
