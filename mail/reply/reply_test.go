package reply

import (
	"strings"
	"testing"
)

// Replies as people send them: the mail program's layout, a quoted
// original that itself asks for (or contains) the answer words, greetings,
// names and signatures around a short answer.
var readCases = []struct {
	name string
	text string
	want Answer
}{
	// Gmail, English, top-posting; the quoted question contains "yes".
	{"gmail top-post yes", `Yes, it shows now.

On Wed, Nov 25, 2026 at 10:00 AM certflow <certflow+share-20261125-abc234@corp.example> wrote:

> Hello Taro,
>
> Does the APN profile show your certifications? Please reply yes or no.
>
`, Yes},
	{"gmail wrapped attribution, quote says done", `No, not yet.

On Wed, Nov 25, 2026 at 10:00 AM Certflow Desk <
certflow@corp.example> wrote:

> Please reply "done" once you have linked the accounts.
`, No},
	{"gmail quote without > (from HTML)", `Done!

On Wed, Nov 25, 2026 at 10:00 AM certflow <certflow@corp.example> wrote:

Hello Taro,
Please reply "done" when you have linked the accounts. If you can't, reply "no".
`, Done},
	{"gmail greeting, thanks and name", `Hi,

Yes, I can see both certifications in the APN profile now. Thanks for your help!

Best,
Taro

On Wed, Nov 25, 2026 at 10:00 AM certflow <certflow@corp.example> wrote:
> Can you see them? Reply yes or no.
`, Yes},
	{"gmail japanese attribution, quote has はい", `はい、表示されています。

2026年11月25日(水) 10:00 certflow <certflow@corp.example>:

> APNプロファイルに認定資格が表示されていますか？
> 「はい」または「いいえ」でご返信ください。
`, Yes},
	{"gmail japanese attribution with latin name, wrapped", `いいえ、まだ表示されていません。

2026年11月25日(水) 10:00 Certflow Desk <
certflow@corp.example>:
はい/いいえでご返信ください。
`, No},

	// Outlook.
	{"outlook english", `Done. I've linked the accounts.

Taro Yamada
Example Corp.

From: certflow <certflow@corp.example>
Sent: Wednesday, November 25, 2026 10:00 AM
To: Taro Yamada <taro@corp.example>
Subject: [certflow share-20261125-abc234] Please link your AWS Certification account

Hello Taro,
Please reply "done" once you have linked the accounts.
`, Done},
	{"outlook japanese original message", `山田です。

提出しました。

よろしくお願いいたします。

-----元のメッセージ-----
差出人: certflow <certflow@corp.example>
送信日時: 2026年11月25日 10:00
宛先: 山田 太郎 <taro@corp.example>
件名: フォーム提出のお願い

フォームを提出したら「提出しました」とご返信ください。まだの場合は「いいえ」とご返信ください。
`, Submitted},
	{"outlook web separator", `No, it does not show yet.

________________________________
From: certflow <certflow@corp.example>
Sent: Wednesday, November 25, 2026 10:00
To: Taro Yamada
Subject: Does your APN profile show the certifications?

Please answer yes or no.
`, No},
	{"outlook original message, bold fields from HTML", `Submitted

-----Original Message-----
*From:* certflow <certflow@corp.example>
*Sent:* Wednesday, November 25, 2026 10:00
Reply "submitted" when done.
`, Submitted},
	{"outlook japanese header block without separator", `お疲れ様です。
連携しました。

差出人: certflow <certflow@corp.example>
送信日時: 2026年11月25日 10:00
件名: 連携のお願い

連携が完了したら「完了」とご返信ください。
`, Done},

	// As the dev stack's simulated employee writes (devstack/employee).
	{"dev-stack employee, link", "お疲れ様です。\nAPN プロファイルで連携しました。完了しました。\n\n" +
		"2026年11月25日 20:09 certflow <certflow@corp.example>:\n> Hello Taro,\n>\n" +
		"> When you have done it, reply to this mail with \"done\" (or 完了).\n", Done},
	{"dev-stack employee, verify", "はい、表示されています。\n\n" +
		"2026年11月25日 20:09 certflow <certflow@corp.example>:\n> 山田 様\n>\n" +
		"> 表示されていれば「はい」、まだであれば「いいえ」とご返信ください。\n", Yes},

	// Phones.
	{"iphone english", `Yes

Sent from my iPhone

> On Nov 25, 2026, at 10:00, certflow <certflow@corp.example> wrote:
> 
> Can you see the certifications? Reply yes or no.
`, Yes},
	{"iphone japanese", `完了しました

iPhoneから送信

> 2026/11/25 10:00、certflow <certflow@corp.example>のメール:
> 
> 連携が完了したら「完了」とご返信ください。
`, Done},
	{"keitai, no punctuation, full-width quote marks", `はい表示されてます

＞表示されていますか？
＞はい／いいえでご返信ください
`, Yes},
	{"keitai original message", `まだです。
----- Original Message -----
From: certflow@corp.example
「完了」とご返信ください
`, No},
	{"outlook mobile", `Form sent

Get Outlook for iOS
________________________________
From: certflow <certflow@corp.example>
Sent: Wednesday, November 25, 2026 10:00:00 AM
Subject: Submit the form
`, Submitted},

	// Bottom-posting and interleaving.
	{"bottom-post", `On Wed, Nov 25, 2026 at 10:00 AM certflow <certflow@corp.example> wrote:
> Does the APN profile show your certifications? Please reply yes or no.

No, I can't see them yet.

Taro
`, No},
	{"interleaved", `> Have you linked the accounts?

Yes, done.

> Please reply "done" when finished.
`, Done},
	{"thunderbird japanese bottom-post", `certflow さんは書きました:
> 完了したらご返信ください。

完了済みです。
`, Done},

	// Line endings and widths.
	{"crlf", "Submitted.\r\n\r\nThanks,\r\nTaro\r\n\r\nOn Wed, Nov 25, 2026 at 10:00 AM certflow <certflow@corp.example> wrote:\r\n> Please reply \"submitted\" or \"not yet\".\r\n", Submitted},
	{"crlf japanese", "お世話になっております。\r\n反映されていません。\r\n\r\n2026年11月25日(水) 10:00 certflow <certflow@corp.example>:\r\n> 反映されていますか？\r\n", No},
	{"full-width latin", "ＤＯＮＥ", Done},
	{"full-width words and spaces", "ｙｅｓ　ｉｔ　ｓｈｏｗｓ", Yes},
	{"full-width punctuation", "はい、確認できました！", Yes},
	{"half-width katakana", "ﾊｲ", Yes},

	// HTML turned into text: blank lines everywhere, no ">".
	{"html-derived japanese", `


はい



表示されています。



2026年11月25日(水) 10:00 certflow <certflow@corp.example>:



APNプロファイルに認定資格が表示されていますか？

「はい」または「いいえ」でご返信ください。
`, Yes},

	// Japanese business mail.
	{"japanese greeting, name, closing", `お疲れ様です。山田です。

はい、確認できました。

よろしくお願いします。
山田`, Yes},
	{"japanese signature after a rule", `お疲れ様です。
連携しました。

━━━━━━━━━━━━━━━━
株式会社サンプル 営業部
山田 太郎
TEL: 03-1234-5678
Mail: taro@sample.example
━━━━━━━━━━━━━━━━
`, Done},
	{"japanese addressee and self-introduction", `certflow ご担当者様

いつもお世話になっております。営業部の山田です。
アカウントの連携が完了しました。
引き続きよろしくお願いいたします。`, Done},
	{"japanese apology then not yet", "済みません、まだです。", No},
	{"はい with done", "はい、完了しました", Done},
	{"ええ", "ええ、反映されています", Yes},
	{"済みました", "済みました", Done},
	{"対応済みです", "対応済みです", Done},
	{"申請済み", "申請済みです。", Submitted},
	{"フォームを送りました", "先ほどフォームを送りました。", Submitted},
	{"送信しました", "送信しました", Submitted},
	{"設定しました", "設定しました！", Done},
	{"対応しました", "対応しました。", Done},
	{"確認できません", "確認できません", No},
	{"まだ alone", "まだ", No},

	// English shapes.
	{"signature without delimiter", `Hi,

I submitted the form this morning.

Best regards,
Taro Yamada
Solutions Architect | Example Corp.
Tel: +81-3-1234-5678
`, Submitted},
	{"signature delimiter", "Yes\n-- \nTaro Yamada\nNo reply needed", Yes},
	{"dear team", "Dear certflow team,\n\nYes, I can see them.\n\nKind regards,\nTaro", Yes},
	{"yes done", "Yes, done.", Done},
	{"yes submitted", "Yes, submitted.", Submitted},
	{"no problem is no no", "No problem, done!", Done},
	{"i have done it", "I have done it.", Done},
	{"i can't see them", "I can't see them", No},
	{"nope", "Nope, not yet.", No},
	{"shouting", "YES!!!", Yes},
	{"emoji", "done 👍", Done},
	{"completed", "Completed.", Done},
	{"finished", "Finished, thanks", Done},
	{"confirmed", "Confirmed.", Yes},
	{"correct", "Correct", Yes},
	{"unfortunately no", "Unfortunately no.", No},
	{"curly apostrophe", "I’ve linked the accounts", Done},

	// Negation wins over the word it contains.
	{"not done", "Not done yet, sorry.", No},
	{"未完了", "未完了", No},
	{"未提出", "未提出です", No},
	{"完了していません", "完了していません", No},
	{"提出していません", "まだ提出していません。", No},
	{"haven't submitted", "I haven't submitted the form yet.", No},
	{"can't see", "can't see", No},
	{"not showing", "It is not showing.", No},
	{"nothing shows", "Nothing shows up yet", No},
	{"could not send", "フォームを送信できませんでした", No},
	{"not submitted", "Not submitted", No},

	// Contradictions, doubt, questions, prose: a person must look.
	{"yes then no", "Yes. Actually no, not yet.", Unclear},
	{"はい いいえ", "はい。いいえ。", Unclear},
	{"done and submitted", "Done and submitted", Unclear},
	{"shows and done", "Yes, it shows. Done.", Unclear},
	{"out of office", "I am out of the office until December 1 with limited access to email. For urgent matters please contact my manager.", Unclear},
	{"long prose", "Hi, I'm going to be out of the office until next week. When I'm back I'll look at the profile and let you know whether it shows.", Unclear},
	{"probably", "Probably done", Unclear},
	{"と思います", "完了したと思います", Unclear},
	{"一部", "一部だけ表示されています", Unclear},
	{"but", "Yes but only one of the two certifications shows", Unclear},
	{"question", "Done? What should I do next?", Unclear},
	{"japanese question", "表示されていますか？", Unclear},
	{"japanese but", "提出しましたが、確認していただけますか？", Unclear},
	{"not sure", "Sorry for the late reply. I'm not sure, let me check.", Unclear},
	{"plan", "I will submit the form tomorrow.", Unclear},
	{"予定", "明日提出する予定です。", Unclear},
	{"own words ask, quote has 完了", `すみません、どこから連携すればよいか分かりません。

2026年11月25日(水) 10:00 certflow <certflow@corp.example>:
> 連携が完了したら「完了」とご返信ください。
`, Unclear},
	{"quote only", "> yes\n> done\n", Unclear},
	{"thanks only", "Thanks!", Unclear},
	{"ok only", "OK", Unclear},
	{"iphone signature only", "\n\nSent from my iPhone\n\n> On Nov 25, 2026, at 10:00, certflow wrote:\n> Reply yes.", Unclear},
	{"empty", "", Unclear},
	{"in progress", "確認中です", Unclear},
	{"はいって is not はい", "フォームにはいれません", Unclear},
}

func TestRead(t *testing.T) {
	for _, tc := range readCases {
		if got := Read(tc.text); got != tc.want {
			t.Errorf("%s: Read = %q, want %q\n  own words: %q", tc.name, got, tc.want, OwnWords(tc.text))
		}
	}
}

func TestOwnWords(t *testing.T) {
	cases := []struct {
		name, text, want string
	}{
		{"no quote", "  Yes, done.  \n\n", "  Yes, done."},
		{"gmail", "Yes\n\nOn Wed, Nov 25, 2026 at 10:00 AM certflow <c@corp.example> wrote:\n> Reply yes\n", "Yes"},
		{"gmail wrapped", "No\n\nOn Wed, Nov 25, 2026 at 10:00 AM Certflow Desk <\ncertflow@corp.example> wrote:\n> yes?\n", "No"},
		{"gmail wrapped, quote without >", "No\n\nOn Wed, Nov 25, 2026 at 10:00 AM Certflow Desk <\ncertflow@corp.example> wrote:\nyes?\n", "No"},
		{"nested and indented quotes", "Done\n  > a\n>> b\n> > c\n", "Done"},
		{"full-width quote mark", "はい\n＞表示されていますか", "はい"},
		{"japanese gmail", "はい\n2026年11月25日(水) 10:00 山田太郎 <taro@example.com>:\n表示されていますか", "はい"},
		{"japanese gmail latin name", "はい\n2026年11月25日(水) 10:00 Taro Yamada <taro@example.com>:\n表示されていますか", "はい"},
		{"japanese gmail full-width colon", "はい\n2026年11月25日(水) 10:00 山田太郎 <taro@example.com>：\n表示されていますか", "はい"},
		{"japanese wrapped", "はい\n2026年11月25日(水) 10:00 Taro Yamada <\ntaro@example.com>:\n表示されていますか", "はい"},
		{"さんは書きました", "完了\n\n山田太郎 さんは書きました:\n完了したら返信を", "完了"},
		{"japanese wrote", "完了\nOn 2026/11/25 10:00, 山田太郎 wrote:\n完了したら返信を", "完了"},
		{"apple mail japanese", "完了\n\n2026/11/25 10:00、山田太郎 <taro@example.com>のメール:\n\n完了したら返信を", "完了"},
		{"original message", "Done\n-----Original Message-----\nFrom: a\nyes", "Done"},
		{"元のメッセージ", "完了\n-----元のメッセージ-----\n差出人: a\nはい", "完了"},
		{"outlook block", "Done\n\nFrom: certflow <c@corp.example>\nSent: Wednesday\nTo: Taro\nSubject: x\n\nyes", "Done"},
		{"outlook block, blank lines between fields", "Done\n\nFrom: certflow\n\nTo: Taro\n\nyes", "Done"},
		{"japanese outlook block", "完了\n差出人: certflow\n宛先: 山田\n件名: x\nはい", "完了"},
		{"from line alone is not a block", "From: my side, it is done.\nThanks", "From: my side, it is done.\nThanks"},
		{"separator before from", "No\n________________________________\nFrom: certflow\nyes", "No"},
		{"separator alone stays", "No\n________________________________\nTaro", "No\n________________________________\nTaro"},
		{"signature", "Yes\n-- \nTaro\nyes", "Yes"},
		{"signature without its space", "Yes\n--\nTaro", "Yes"},
		{"bottom-post", "On Wed, Nov 25, 2026 at 10:00 AM c <c@x.example> wrote:\n> Can you see them?\n\nNo, not yet.\n", "No, not yet."},
		{"interleaved", "> Q1?\nYes\n> Q2?\nDone\n", "Yes\nDone"},
		{"crlf", "Yes\r\nTaro\r\n\r\nOn Wed, Nov 25, 2026 at 10:00 AM c <c@x.example> wrote:\r\n> Reply\r\n", "Yes\nTaro"},
		{"on without wrote is prose", "On Monday I linked the accounts.\nDone", "On Monday I linked the accounts.\nDone"},
		{"quote only", "> yes\n>> no", ""},
		{"forwarded", "fyi\n---------- Forwarded message ---------\nFrom: a\nyes", "fyi"},
	}
	for _, tc := range cases {
		got := OwnWords(tc.text)
		if got != tc.want {
			t.Errorf("%s: OwnWords = %q, want %q", tc.name, got, tc.want)
		}
		if again := OwnWords(got); again != got {
			t.Errorf("%s: OwnWords is not idempotent: %q, then %q", tc.name, got, again)
		}
	}
}

// The quoted original must never decide the answer: the same own words
// give the same answer under any quote.
func TestQuoteDoesNotCount(t *testing.T) {
	quotes := []string{
		"\n\nOn Wed, Nov 25, 2026 at 10:00 AM c <c@x.example> wrote:\n> yes\n> はい\n> 完了しました\n> submitted\n",
		"\n\n2026年11月25日(水) 10:00 c <c@x.example>:\nはい\n完了\n提出しました\n",
		"\n-----Original Message-----\nFrom: c\nSent: x\nyes, done, submitted\n",
	}
	for _, tc := range readCases {
		if strings.Contains(tc.text, "\n>") || strings.Contains(tc.text, "wrote:") {
			continue // has its own quote already
		}
		for _, q := range quotes {
			if got := Read(tc.text + q); got != tc.want {
				t.Errorf("%s, quoted: Read = %q, want %q", tc.name, got, tc.want)
			}
		}
	}
}

func FuzzRead(f *testing.F) {
	for _, tc := range readCases {
		f.Add(tc.text)
	}
	f.Add("On x\n> y\nwrote: 1\nFrom: a\n> b\nSent: c")
	f.Add("From: a\nOn 1 wrote:\n> q\nTo: b\nyes")
	f.Fuzz(func(t *testing.T, s string) {
		got := Read(s)
		switch got {
		case Yes, No, Done, Submitted, Unclear:
		default:
			t.Fatalf("Read(%q) = %q, not an Answer", s, got)
		}
		own := OwnWords(s)
		if again := Read(own); again != got {
			t.Fatalf("Read(%q) = %q but Read(OwnWords) = %q", s, got, again)
		}
		if again := OwnWords(own); again != own {
			t.Fatalf("OwnWords(%q) = %q, then %q", s, own, again)
		}
	})
}

// Table entries must be written as Read sees text, or they never match.
func TestTableIsNormalised(t *testing.T) {
	var all []string
	for _, p := range phrases {
		all = append(all, p.text)
	}
	for _, s := range stems {
		all = append(all, s.text)
		for _, e := range [][]string{s.ends.pos, s.ends.neg} {
			all = append(all, e...)
		}
	}
	all = append(all, hedges...)
	all = append(all, courtesies...)
	all = append(all, jaNegations...)
	all = append(all, jaLinkers...)
	all = append(all, mailerPrefixes...)
	all = append(all, mailerSuffixes...)
	for _, m := range []map[string]bool{negators, light} {
		for w := range m {
			all = append(all, w)
		}
	}
	for _, s := range all {
		if s == "" || asciiLower(normalize(s)) != s || strings.Join(strings.Fields(s), " ") != strings.TrimSpace(s) {
			t.Errorf("table entry %q is not normalised", s)
		}
	}
}

// Every phrase the brief lists, alone and with a greeting and sign-off.
func TestListedPhrases(t *testing.T) {
	listed := map[Answer][]string{
		Yes: {"yes", "yeah", "yep", "yes, it shows", "I can see them", "confirmed", "correct",
			"はい", "ええ", "確認できました", "表示されています", "反映されています"},
		No: {"no", "nope", "not yet", "I can't see them", "it does not show",
			"いいえ", "まだです", "表示されていません", "確認できません", "反映されていません"},
		Done: {"done", "I have done it", "I've linked the accounts", "completed", "finished",
			"完了", "完了しました", "済みました", "対応しました", "設定しました", "連携しました"},
		Submitted: {"submitted", "I submitted the form", "form sent",
			"提出しました", "送信しました", "フォームを送りました", "申請しました"},
	}
	for want, texts := range listed {
		for _, text := range texts {
			for _, framed := range []string{text, "Hi,\n\n" + text + ".\n\nThanks,\nTaro", "お疲れ様です。\n" + text + "。\nよろしくお願いします。\n山田"} {
				if got := Read(framed); got != want {
					t.Errorf("Read(%q) = %q, want %q", framed, got, want)
				}
			}
		}
	}
}
