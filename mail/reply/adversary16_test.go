package reply

import "testing"

// Adversarial review of the readings widened in the sixteenth and
// seventeenth rounds (late-reply reasons, answers to be passed on to AWS,
// conclusions after reasons, one-letter answers, 出ています with its subject
// left out, since/because reasons, bare verbs after 'have', the old
// account's 'only', hopes that AWS is quick, Japanese requests as
// questions, Indian English progressives): replies written for this review
// in its own words, each with the reading a careful admin would give.
// Unclear is right wherever they would hesitate: a false Yes to "may we
// consent?" sends a merge consent that cannot be undone.

// probe16 is one reply with the reading Read must give, as probe15, but
// an answer may be missed (Read Unclear), never turned into another.
type probe16 = probe15

// checkProbes16 checks ReadAsking gives no other answer than the probe's,
// and Read and Lean as checkProbes15 does, except that a probe whose
// answer Read misses is no failure: only a wrong answer is.
func checkProbes16(t *testing.T, ps []probe16) {
	t.Helper()
	var read []probe15
	for _, p := range ps {
		if a, _ := ReadAsking(p.text); a != Unclear && a != p.read {
			t.Errorf("ReadAsking(%q) = %q, want %q or none", p.text, a, p.read)
		}
		if p.read == Unclear || Read(p.text) != Unclear {
			read = append(read, p)
		}
	}
	checkProbes15(t, read)
}

// Test16LateReplyReasonsHideNoAnswer: the reasons for a late reply set
// aside as side remarks may carry the real answer, a condition or another's
// word; and a Yes may answer the remark rather than the question.
func Test16LateReplyReasonsHideNoAnswer(t *testing.T) {
	checkProbes16(t, []probe16{
		{text: "Sorry, I was off work with the flu so I haven't submitted it yet.", read: No},
		{text: "I was off with the flu. My manager said yes.", read: Unclear},
		{text: "Sorry for the delay, it's been a crazy week. Yes, if it keeps my badges.", read: Unclear},
		{text: "Your mail ended up in my spam folder, so I didn't do it.", read: No},
		{text: "Your mail ended up in my spam folder. Did you mean the old account?", read: Unclear},
		{text: "I only just saw this. Yes, but let me check with HR first.", read: Unclear},
		{text: "Sorry, I've been moving house, so not yet.", read: No},
		{text: "Yes, I only just saw this.", read: Unclear},
		{text: "迷惑メールに振り分けられていました。上司が同意しました。", read: Unclear},
		{text: "Sorry, I was off sick with the flu and my wife answered for you: yes.", read: Unclear},
		{text: "Sorry, I was on a customer site in Lyon. Yes, but only after my exam.", read: Unclear},
		{text: "I was in Osaka on business, my manager said yes.", read: Unclear},
		{text: "Sorry, I was travelling in Berlin and the wifi was hopeless, so I could not check.", read: Unclear},
		{text: "出張で大阪に行っておりました。まだ確認できていません。", read: No},
		{text: "出張で大阪に行っておりました。上司は同意しています。", read: Unclear},
		{text: "Sorry for the late reply, only if nothing is lost: yes.", read: Unclear},
		{text: "Sorry, the old account is my wife's. Yes, go ahead.", read: Unclear},
		{text: "Sorry, my husband set up the old account. Yes, go ahead.", read: Unclear},
		{text: "Sorry, my assistant already replied to this. Yes.", read: Unclear},
		{text: "Sorry, my partner handles these. Yes, go ahead.", read: Unclear},
		{text: "Sorry, I was sick. Yes — actually wait, let me ask first.", read: Unclear},
	})
}

// Test16AnswerPassedOnHeldBack: an answer to be passed on to AWS that is
// another's, asked, conditioned, for later, negated or taken back.
func Test16AnswerPassedOnHeldBack(t *testing.T) {
	checkProbes16(t, []probe16{
		{text: "My manager says: please tell them yes.", read: Unclear},
		{text: "Please tell them yes if the old certs carry over.", read: Unclear},
		{text: "Don't tell them yes yet.", read: Unclear},
		{text: "Should I tell them yes?", read: Unclear},
		{text: "Please tell them yes next week.", read: Unclear},
		{text: "I'd tell them yes, but ask my manager first.", read: Unclear},
		{text: "Please tell them yes — actually wait, hold off.", read: Unclear},
		{text: "Please don't tell them yes.", read: No},
		{text: "Tell AWS yes when they ask about the other case.", read: Unclear},
		{text: "Finally 🙂 Please tell them yes, once my manager signs off.", read: Unclear},
		{text: "Oh sure, tell them yes, and lose all my certs 🙄", read: Unclear},
		{text: "Please tell them yes or no, whichever is easier.", read: Unclear},
		{text: "AWSには「はい」と伝えてくださいと上司に言われました。", read: Unclear},
		{text: "AWSには「はい」と伝えてよいですか？", read: Unclear},
		{text: "AWSには「はい」と伝えてください。ただし来週以降でお願いします。", read: Unclear},
		{text: "YESで回答してもいいでしょうか。", read: Unclear},
		{text: "まだYESで回答しないでください。", read: Unclear, lean: No},
		{text: "Answer no to AWS if they ask about the old email.", read: Unclear},
		{text: "Say no to them? I'd rather say yes.", read: Unclear},
		{text: "Pass on a yes once my manager agrees.", read: Unclear},
		{text: "My boss told me to pass on a yes.", read: Unclear},
		{text: "Don't pass on a yes yet.", read: Unclear, lean: No},
		{text: "Please tell them yes, I got your mail. But which account is the old one?", read: Unclear},
		{text: "The old account is fine as it is, go ahead.", read: Unclear},
		{text: "Fine as it is? Yes.", read: Unclear},
		{text: "Say yes to them, I mean no.", read: Unclear},
	})
}

// Test16ConclusionAfterReasons: a "so"/なので conclusion after reasons that
// make the conclusion unsure, another's, or no answer to what was asked.
func Test16ConclusionAfterReasons(t *testing.T) {
	checkProbes16(t, []probe16{
		{text: "I don't recognise that address. So yes, please go ahead.", read: Unclear},
		{text: "My manager approved it. So yes, go ahead.", read: Unclear},
		{text: "I haven't checked yet. So no.", read: Unclear, lean: No},
		{text: "I haven't looked at the profile yet. So, no.", read: Unclear, lean: No},
		{text: "If it keeps my history. So yes.", read: Unclear},
		{text: "My colleague's profile shows them. So yes.", read: Unclear},
		{text: "まだ確認していません。なので、いいえ。", read: Unclear, lean: No},
		{text: "上司が承認しました。なので、はい、お願いします。", read: Unclear},
		{text: "Both accounts are mine. So yes — wait, which is the old one?", read: Unclear},
		{text: "I was told to merge them. So yes.", read: Unclear},
		{text: "I'm not sure that's my address. So yes, go ahead.", read: Unclear},
		{text: "They showed up yesterday, then vanished. So yes.", read: Unclear},
		{text: "Only two of the three are there. So yes.", read: Unclear, lean: No},
		{text: "It's not there yet. So yes, I can see it.", read: Unclear},
		{text: "I need to ask my boss. So no for now, maybe yes later.", read: Unclear},
	})
}

// Test16OneLetterAnswers: one letter as the answer, and letters that are
// no answer.
func Test16OneLetterAnswers(t *testing.T) {
	checkProbes16(t, []probe16{
		{text: "Y?", read: Unclear},
		{text: "N/A", read: Unclear},
		{text: "Y or N?", read: Unclear},
		{text: "Y - if my manager agrees", read: Unclear},
		{text: "K", read: Unclear},
		{text: "n. Actually y.", read: Unclear},
		{text: "Y\nwait no", read: Unclear},
		{text: "Y (my manager)", read: Unclear},
		{text: "y/n", read: Unclear},
		{text: "Y\n\nI mean, not yet.", read: Unclear},
		{text: "X", read: Unclear},
		{text: "Y.\nBut only for the work account.", read: Unclear},
		{text: "N. Please confirm it with AWS.", read: Unclear},
		{text: "Please confirm it with AWS first.", read: Unclear},
		{text: "Yes, please confirm it with AWS and tell me what they say.", read: Unclear},
		{text: "Please confirm it with AWS? Yes.", read: Unclear},
		{text: "Please confirm my consent with AWS once my manager agrees.", read: Unclear},
		{text: "No. Anything else I should try, or should I just go ahead and merge?", read: Unclear},
		{text: "No. Any other suggestions, or is it fine to say yes?", read: Unclear},
		{text: "Not yet. Anything else I should try? It shows now actually.", read: Unclear},
		{text: "Y\nTaro", read: Yes},
	})
}

// Test16JapaneseShowingsSaidOtherWays: 出ています with the subject left
// out may be the writer out of the office, an error, a part, or another's.
func Test16JapaneseShowingsSaidOtherWays(t *testing.T) {
	checkProbes16(t, []probe16{
		{text: "エラーが出ています。", read: Unclear},
		{text: "まだ出ていません。", read: No},
		{text: "出てました！でも今は消えています。", read: Unclear, lean: No},
		{text: "出ていますか？", read: Unclear},
		{text: "同僚のほうには出ています。", read: Unclear},
		{text: "出ているはずです。", read: Unclear},
		{text: "警告が出ています。", read: Unclear},
		{text: "出てます、たぶん。", read: Unclear},
		{text: "2つ出ています。", read: Unclear},
		{text: "一部出ています。", read: Unclear, lean: No},
		{text: "出てます、個人アカウントの方に。", read: Unclear},
		{text: "ちゃんと出てます（と思います）", read: Unclear},
		{text: "今日は外に出ています。", read: Unclear},
		{text: "本日は会議に出ています。", read: Unclear},
		{text: "午後は研修に出ていますので、明日確認します。", read: Unclear},
		{text: "結果が出ています。", read: Unclear},
		{text: "認定（SAAのみ）が表示されています。", read: Unclear, lean: No},
		{text: "認定（SAA以外）が表示されています。", read: Unclear, lean: No},
		{text: "表示されています。全部は確認していません。", read: Unclear},
		{text: "出ていました。", read: Yes}, // as 表示されていました: what the look found
		{text: "出てると言われました。", read: Unclear},
		{text: "はい、出てます。ありがと。でも上司の確認待ちです。", read: Unclear},
	})
}

// Test16ConsentPassedOnWithAWS: "please confirm it with AWS" passes on a
// Yes said beside it; alone, or beside a No, it may ask to check with them.
func Test16ConsentPassedOnWithAWS(t *testing.T) {
	checkProbes16(t, []probe16{
		{text: "Please confirm it with AWS.", read: Unclear},
		{text: "Please confirm this with AWS for me.", read: Unclear},
		{text: "Not yet. Please confirm it with AWS.", read: Unclear},
		{text: "Please confirm it with AWS. Not yet.", read: Unclear},
		{text: "Yes. Please confirm it with AWS.", read: Yes},
		{text: "Go ahead, please confirm it with AWS.", read: Yes},
	})
}

// Test16LetterOpeningItsLine: a Y or N that ends its own sentence at the
// start of the first line is the answer, not an initial to drop.
func Test16LetterOpeningItsLine(t *testing.T) {
	checkProbes16(t, []probe16{
		{text: "N. Go ahead.", read: Unclear},
		{text: "N. Yes, go ahead.", read: Unclear},
		{text: "Y. No.", read: Unclear},
		{text: "n, go ahead", read: Unclear},
		{text: "N. Please confirm to AWS.", read: Unclear},
		{text: "Y. Tanaka", read: Unclear},
		{text: "N. Not yet.", read: No},
		{text: "Y. Go ahead.", read: Yes},
	})
}

// Test16AnothersAccountByPossessive: the old account said to be another's
// with a possessive ("my wife's", "my dad's account"), as "colleague's".
func Test16AnothersAccountByPossessive(t *testing.T) {
	checkProbes16(t, []probe16{
		{text: "Yes, go ahead. The old account is my wife's.", read: Unclear},
		{text: "Sorry, that account is my dad's. Yes please.", read: Unclear},
		{text: "Go ahead, the old one is my brother's.", read: Unclear},
		{text: "Yes, go ahead. It's my husband's account really.", read: Unclear},
		{text: "Go ahead. My mum's account is the old one.", read: Unclear},
		{text: "Submitted from my wife's laptop, signed in as me.", read: Submitted},
	})
}

// Test16ShownElsewhereAfterTheYes: where it shows, told in a piece after a
// Yes of showing, may be another place than the profile asked about.
func Test16ShownElsewhereAfterTheYes(t *testing.T) {
	checkProbes16(t, []probe16{
		{text: "Yes, all three. The last one took longer, but as of this morning it's there too, in my personal account.",
			read: Unclear},
		{text: "Yes. The last one took longer, but it's there now, in my personal account.", read: Unclear},
		{text: "Yes. It showed up late, in my personal account.", read: Unclear},
		{text: "Yes. It took a while, but it's there now, on the old account.", read: Unclear},
		{text: "Yes, all three show now.", read: Yes},
	})
}

// Test16WhatCouldHaveBeen: an act told as what could have been, or only
// inferred, was not told done.
func Test16WhatCouldHaveBeen(t *testing.T) {
	checkProbes16(t, []probe16{
		{text: "I could have sended it.", read: Unclear},
		{text: "I could have submitted it yesterday.", read: Unclear},
		{text: "I could've linked it.", read: Unclear},
		{text: "I'd have submitted it.", read: Unclear},
		{text: "I must have sent it.", read: Unclear},
		{text: "I should have send it yesterday.", read: Unclear},
		{text: "I have send the form.", read: Submitted},
	})
}

// Test16KeptBesideAConsent: beside a consent, a bare "keep it" (the old
// account, or what it holds?) or a wish to keep it apart, which the merge
// joins, is for a person.
func Test16KeptBesideAConsent(t *testing.T) {
	checkProbes16(t, []probe16{
		{text: "Yes, go ahead. Keep it.", read: Unclear},
		{text: "Go ahead. The old one only has my SAA, please keep it.", read: Unclear},
		{text: "Go ahead. The old one only has my SAA, which I'd like to keep separate.", read: Unclear},
		{text: "Go ahead. I'd like to keep it separate.", read: Unclear},
		{text: "I'd like to keep them separate.", read: No},
		{text: "Go ahead. The old one only has my SAA.", read: Yes},
	})
}

// Test16TakenBackInTheQuestion: a question beside a Done, Submitted or No
// that asks to take the act back, or to pass something on to AWS, weighs
// on the answer: ReadAsking may not carry it beside the answer.
func Test16TakenBackInTheQuestion(t *testing.T) {
	checkProbes16(t, []probe16{
		{text: "提出しました。やはり取り下げていただけますか。", read: Unclear},
		{text: "提出しました。申請を撤回していただけますか。", read: Unclear},
		{text: "完了しました。元に戻していただけますか。", read: Unclear},
		{text: "Submitted. Can you withdraw it for me?", read: Unclear},
		{text: "Done. Could you unlink it please?", read: Unclear},
		{text: "No. Can you send it to AWS?", read: Unclear},
	})
}

// Test16QuotedFromAnother: an answer quoted by と and another person after
// it (同意しますと上司から) is that person's, not the writer's.
func Test16QuotedFromAnother(t *testing.T) {
	checkProbes16(t, []probe16{
		{text: "同意しますと上司から。", read: Unclear},
		{text: "統合OKですと上司から。", read: Unclear},
		{text: "進めてくださいと部長より。", read: Unclear},
		{text: "問題ありませんのでお願いしますと上司から。", read: Unclear},
		{text: "同意しますって夫が言っています。", read: Unclear},
		{text: "同意します。", read: Yes},
	})
}

// Test16ReplyFromAnothersAddress: a reply said to come from another
// person's address or account (妻のGmailから失礼します, "replying from my
// husband's email") may be theirs; another's device is no such thing.
func Test16ReplyFromAnothersAddress(t *testing.T) {
	checkProbes16(t, []probe16{
		{text: "妻のGmailから失礼します。同意します。", read: Unclear},
		{text: "夫のアドレスから失礼します。はい。", read: Unclear},
		{text: "個人のGmailから失礼します（上司のPCから）。はい、同意します。", read: Unclear},
		{text: "Sorry, replying from my husband's email. Yes, go ahead.", read: Unclear},
		{text: "個人のGmailから失礼します。はい、同意します。", read: Yes},
		{text: "Submitted from my wife's laptop, signed in as me.", read: Submitted},
	})
}

// Test16EffortOfAnotherDeed: the effort told before "but it worked" may be
// of the opposite act, or what worked of another account.
func Test16EffortOfAnotherDeed(t *testing.T) {
	checkProbes16(t, []probe16{
		{text: "Done. It took me a while to find the unlink button, but it worked.", read: Unclear},
		{text: "Done. It was hard to find, but it worked for the old account.", read: Unclear, lean: Done},
		{text: "Done. Took some digging, but it worked for the second account.", read: Unclear},
		{text: "Submitted. It took some digging, but it worked for my colleague.", read: Unclear},
		{text: "Linked it. It took me a while to find it, but it worked.", read: Done},
	})
}

// Test16YesThatAffirmsTheRemark: a bare yes closing a sentence after a side
// remark that states something ("It's been a crazy week, yes") may only
// affirm the remark; after an apology, or as a sentence of its own, it is
// the answer.
func Test16YesThatAffirmsTheRemark(t *testing.T) {
	checkProbes16(t, []probe16{
		{text: "It's been a crazy week, yes.", read: Unclear},
		{text: "I was on holiday, yes.", read: Unclear},
		{text: "I've been off with the flu, yes.", read: Unclear},
		{text: "Sorry for the delay, yes.", read: Yes},
		{text: "It's been a crazy week. Yes.", read: Yes},
		{text: "I was on holiday, yes, go ahead.", read: Yes},
	})
}

// Test16RequestOfAnotherOrInside: the request told as sent in other words
// may be another's, or raised inside the company rather than with AWS.
func Test16RequestOfAnotherOrInside(t *testing.T) {
	checkProbes16(t, []probe16{
		{text: "My manager's request is in.", read: Unclear},
		{text: "I raised the request internally.", read: Unclear},
		{text: "I raised the request with HR.", read: Unclear},
		{text: "I raised the request with our IT team.", read: Unclear},
		{text: "I raised the request.", read: Submitted},
		{text: "Submitted from my wife's laptop, signed in as me.", read: Submitted},
	})
}

// Test16JapaneseAccountOfAnother: an account or address said to be
// another's in Japanese (妻の旧アカウント) beside a consent or a deed.
func Test16JapaneseAccountOfAnother(t *testing.T) {
	checkProbes16(t, []probe16{
		{text: "妻の旧アカウントはもう使っていません。同意します。", read: Unclear},
		{text: "同意します。旧アカウントは夫のアカウントです。", read: Unclear},
		{text: "上司のアドレスに送りました。提出しました。", read: Unclear},
		{text: "旧アカウントはもう使っていません。同意します。", read: Yes},
	})
}

// Test16ReasonThatDisowns: after a consent, a since/because reason that
// disowns the account is a reason against it, never the consent's why.
func Test16ReasonThatDisowns(t *testing.T) {
	checkProbes16(t, []probe16{
		{text: "Go ahead because I don't recognise the old address.", read: Unclear},
		{text: "Go ahead since I never had that account.", read: Unclear},
		{text: "Go ahead since it isn't mine.", read: Unclear},
		{text: "Go ahead since I don't need the old account.", read: Yes},
	})
}

// Test16AcknowledgementThatGetsItWrong: beside a consent, an "I understand"
// that gets the merge wrong (nothing moves, it goes to the old account,
// something is lost) is for a person, not a nothing.
func Test16AcknowledgementThatGetsItWrong(t *testing.T) {
	checkProbes16(t, []probe16{
		{text: "Go ahead. I checked the old account and I understand nothing moves to the new one.", read: Unclear},
		{text: "Go ahead. I checked the old account and I understand everything moves to the old one.", read: Unclear},
		{text: "Go ahead. I understand my certifications will be lost.", read: Unclear},
		{text: "Go ahead. I understand it cannot be undone.", read: Yes},
		{text: "Yes, please merge. I checked the old account and I understand everything moves to the new one.", read: Yes},
	})
}
