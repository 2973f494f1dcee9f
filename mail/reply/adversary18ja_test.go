package reply

import "testing"

// Adversarial review, in Japanese, of the Done or Submitted that opens a
// reply and stands beside what follows (readLeading): replies written for
// this review in its own words, keigo and casual, some mixed with English.
// Each opens with a clear 完了 or 提出 (or 連携しました, 送信済みです,
// 対応しました, …) and goes on to a sentence that would make a careful
// admin hesitate: it takes the act back or doubts it, says it failed, is
// partial or still to come, was done by someone else or for another
// account, was a draft, a test or a joke. A misread Done stops the
// reminders, so each must be left for a person.

// Test18jaLeadingAnswerFallsWhenTheRestWeighs: each reply is Unclear.
func Test18jaLeadingAnswerFallsWhenTheRestWeighs(t *testing.T) {
	for _, p := range []struct{ family, text string }{
		// taken back or about to be
		{"take back", "完了しました。\nやっぱり共有はやめておきたいので、解除していただけますか。"},
		{"take back", "提出しました。すみません、取り下げたいのですがどうすればよいでしょうか。"},
		{"take back", "完了です！\nと思ったんですが、やっぱりなしでお願いします。"},
		{"take back", "送信済みです。ただ、内容を撤回させてください。"},
		// doubt, said loosely
		{"doubt", "提出しました。たぶん。"},
		{"doubt", "完了しました。のはずです。"},
		{"doubt", "完了しました。\nやり方が合っているのか正直よく分かっていません。"},
		{"doubt", "提出しました。控えを取り忘れたので、本当に送れたのか不安です。"},
		{"doubt", "完了しました。同意のチェックを入れたかどうか覚えていません。"},
		{"doubt", "Done しました。ただ、これで合ってるのか自信ないです。"},
		{"doubt", "対応しました。おそらく問題ないとは思うのですが。"},
		// it failed or showed no sign of going through
		{"failed", "提出しました。でも送信後の画面が真っ白になりました。"},
		{"failed", "送信しました。受付完了のメールがまだ届いていません。"},
		{"failed", "submit しました！でも confirmation のメールが来てないです。"},
		{"failed", "連携しました。途中でセッションが切れて、最初の画面に戻されました。"},
		{"failed", "完了しました。ただ最後のボタンを押したら「問題が発生しました」と表示されました。"},
		{"failed", "提出しました。と思ったら、タイムアウトで入力内容が消えていました。"},
		{"failed", "完了しました。画面が固まったので、うまく保存されたか分かりません。"},
		// partial
		{"partial", "完了しました。ただ、資格は3つのうち1つしか出てきませんでした。"},
		{"partial", "完了です。片方のアカウントだけですが。"},
		{"partial", "完了しました。最後の「共有に同意」のボタンはまだ押していません。"},
		{"partial", "提出しました。添付ファイルだけ付け忘れました。"},
		// still to come, or waiting on someone
		{"to come", "完了しました。残りは来週やります。"},
		{"to come", "提出しました。上長の確認が取れ次第、正式版を送ります。"},
		{"to come", "送信済みです。ただ、これは下書き保存の状態です。"},
		{"to come", "完了しました。ただ、社内の承認がまだ下りていません。"},
		{"to come", "連携しました。念のため明日もう一度やり直します。"},
		// someone else did it, or will
		{"someone else", "完了しました。鈴木さんが代わりに設定してくれました。"},
		{"someone else", "提出しました、と田中さんから聞いています。"},
		{"someone else", "完了しました。自分の分は、後で妻がやってくれる予定です。"},
		// another or the wrong account, the wrong details
		{"wrong account", "送信済みです。ただし、名前のローマ字表記を間違えました。"},
		{"wrong account", "Done です。ただ、link したのは old account の方です。"},
		{"wrong account", "完了しました。テスト用のアカウントで試してみました。"},
		{"wrong account", "提出しました。メール欄に別の人のアドレスを入れてしまったかもしれません。"},
		// another act or another case
		{"other act", "提出しました。前回と同じ内容をもう一度送ってしまいました。"},
		// a joke
		{"joke", "完了しました。うそです、まだです。"},
		{"joke", "完了〜。…って言えたらよかったんですけど。"},
		// casual mixes
		{"casual", "できたー。でも途中でログアウトされたから、保存されてるかは怪しい。"},
		{"casual", "終わりました〜。あ、でも片方だけです。"},
		{"casual", "送っときました。でも多分 error 出てたかも。"},
		{"casual", "連携済みです。ただ partner central に cert が出てこないので、やり方ミスったかもです。"},
		{"casual", "提出しました。あ、まだ送信ボタン押してなかったです、今押します。"},
	} {
		if a, aside := ReadAsking(p.text); a != Unclear {
			t.Errorf("%s: ReadAsking(%q) = %q beside %q; want it left for a person", p.family, p.text, a, aside)
		}
	}
}

// Test18jaLeadingAnswerStandsBesideOwnNews: a Done or Submitted followed by
// news of the writer's own (a leave, a move, a thanks) stands.
func Test18jaLeadingAnswerStandsBesideOwnNews(t *testing.T) {
	for _, p := range []struct {
		text string
		want Answer
	}{
		{"完了しました。\n来週は出張のため、ご連絡はチャットでいただけると助かります。", Done},
		{"提出しました。\nちなみに12月から本社勤務になります。", Submitted},
		{"連携完了しました。\nいつもサポートいただきありがとうございます。", Done},
	} {
		if a, aside := ReadAsking(p.text); a != p.want {
			t.Errorf("ReadAsking(%q) = %q beside %q; want %q", p.text, a, aside, p.want)
		}
	}
}
