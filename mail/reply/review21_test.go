package reply

import "testing"

// TestReviewShownYesWidening is an attacker's review of the widened "yes"
// to "Do your AWS Certifications show in the APN profile?" (a side matter
// beside a shown Yes, a bracket saying again that they show, "I saw them",
// a season's wish, "no" typed without its comma, a screenshot offered,
// other people's certifications). Each probe is written for this review:
// where a careful person would not take the answer, ReadAsking must give
// Unclear, and neither Read nor Lean may give any answer but the one
// wanted. 28 of them read as a false Yes or No before this review (side
// paragraphs of a loss or doubt, "(both listed, for now)", "I saw them in
// the screenshot …", "everyone else's show up", "no it isn't missing
// anything"): fixed in shownundercut.go, sideChange and plainShown; the
// others are near misses that already read right.
func TestReviewShownYesWidening(t *testing.T) {
	probes := []struct {
		text string
		want Answer
	}{
		// side paragraph withdrawing or doubting
		{"Yes, both are listed now.\n\nBy the way, why does the page say 1 of 2 now?", Unclear},
		{"Yes, both are listed now.\n\nBtw, the second one vanished an hour ago, is that normal?", Unclear},
		{"Yes, they are listed.\n\nAlso, why did the Security Specialty disappear this afternoon?", Unclear},
		{"Yes, they're listed.\n\nPS: my colleague says hers are gone, could you look?", Unclear},
		{"Yes, they show now.\n\nBy the way, the page now says 2 of 3. What do I do?", Unclear},
		{"Yes, they're visible.\n\nOne more thing: the profile lost the SAA after I refreshed. Who can help?", Unclear},
		{"Yes, they're listed.\n\nBy the way, I used my gmail address, is that what you expected?", Unclear},
		{"Yes, they show.\n\nAlso, what is the APN profile exactly?", Unclear},
		{"はい、表示されています。\n\nちなみに、一つ消えてしまったのですが、なぜでしょうか。", Unclear},
		{"はい、表示されています。\n\n別件ですが、SAAが消えた理由を教えていただけますか。", Unclear},
		{"Yes, they're listed now.\n\nBtw, could you look on your side too? The page looks odd to me.", Unclear},
		{"Yes, they show.\n\nBy the way, who handles vouchers?\n\nActually, scratch that, one of them just dropped off.", Unclear},
		{"Yes, they show.\n\nAlso, is there a reason they vanish every night?", Unclear},
		{"Yes, they show.\n\nBy the way, my manager thinks this is a different company's profile. Who decides?", Unclear},
		{"Yes, they show.\n\nBy the way, whose profile is this? The company name looks unfamiliar.", Unclear},
		{"Yes, they show.\n\nBy the way, I just looked again and one is gone. Why?", Unclear},
		{"Yes, they show.\n\nBtw, do you know why the Developer one went away today?", Unclear},
		{"Yes, they show.\n\nAlso, how do I get the third one back?", Unclear},
		{"はい、表示されています。\n\nところで、今朝見たら一つ減っていたのですが、原因は分かりますか。", Unclear},
		{"はい、表示されています。\n\n別件ですが、会社名が違う気がします。どちらに聞けばよいですか。", Unclear},
		{"Yes, they're listed now.\n\nBy the way, who do I talk to about exam vouchers?", Yes},
		{"Yes, they show.\n\nBy the way, how do I hide my photo from the public page?", Yes},
		// brackets
		{"はい（一部）", Unclear},
		{"はい（2つだけ表示されています）", Unclear},
		{"Yes (listed, 2 of 3)", Unclear},
		{"Yes (they show under my colleague's name)", Unclear},
		{"Yes (they showed yesterday)", Unclear},
		{"はい（昨日は表示されていました）", Unclear},
		{"Yes (both listed, for now)", Unclear},
		{"はい（表示されています、たぶん）", Unclear},
		{"Yes (listed on the team page)", Unclear},
		{"Yes (all listed except the SAA)", Unclear},
		{"Yes (they show) - but not the Security one", Unclear},
		{"Yes (listed in my previous employer's profile)", Unclear},
		{"はい（表示されています）。ただ、一つ期限切れです。", Unclear},
		{"はい（同僚の分は表示されています）", Unclear},
		{"いいえ（表示されています）", Unclear},
		{"はい（表示されていません）", Unclear},
		{"はい（表示されています？）", Unclear},
		{"Yes (they were listed)", Unclear},
		{"Yes (listed until this morning)", Unclear},
		{"はい（以前は表示されていました）", Unclear},
		{"Yes (they appear, then disappear)", Unclear},
		{"Yes (visible to me, not to my manager)", Unclear},
		// I saw them
		{"Yes, I saw them yesterday, but today I can't find them.", Unclear},
		{"Yes, I saw them last week. Haven't looked since.", Unclear},
		{"Yes, I saw them before the relink.", Unclear},
		{"Yes, saw them in the preview email you sent.", Unclear},
		{"Yes, I saw them on my colleague's screen.", Unclear},
		{"Yes, I saw both, then they were gone.", Unclear},
		{"Yes, I saw them in the screenshot my manager sent.", Unclear},
		{"I saw them?", Unclear},
		{"Yes, I saw them. Well, I think I did.", Unclear},
		{"Yes. I saw them once, for a minute.", Unclear},
		{"Yes, saw them at my old job's APN.", Unclear},
		{"Yes I saw them but only the old ones.", Unclear},
		{"Yes, I saw them in the mail from AWS.", Unclear},
		{"No, I saw them.", Unclear},
		{"Yes, I saw them - my teammate's, anyway.", Unclear},
		{"Yes. I saw them at first. Now the list is blank.", Unclear},
		{"Yes, I saw all of them last month, before the account moved.", Unclear},
		{"Yes, saw them in the old portal.", Unclear},
		{"Yes, I saw them listed as pending.", Unclear},
		{"Yes, I saw them being removed.", Unclear},
		{"I saw them go.", Unclear},
		{"Yes, I saw them this morning.", Yes},
		// wishes hiding a condition
		{"Yes, they show.\n\nHappy holidays to the whole team - I'll double check after the break.", Unclear},
		{"Yes.\n\nHappy new year to you all, once they finally show up!", Unclear},
		{"Yes.\nMerry Christmas to everyone, and hopefully the certs show up by then!", Unclear},
		{"Yes\n\nHappy holidays to you and your team. Unless the list resets again, we're all set.", Unclear},
		{"はい。\n\n良いお年をお迎えください。年明けにもう一度確認します。", Unclear},
		{"Yes.\n\nMerry Christmas to you all! (Still waiting on one of them though.)", Unclear},
		{"Yes.\n\nHappy holidays to the whole team, pending my manager's sign-off.", Unclear},
		{"Yes.\n\nSeason's greetings to all, if the listing holds.", Unclear},
		{"Yes, they show.\nSeason's greetings to the whole team!", Yes},
		// no without comma, no inside a word
		{"no they show fine", Unclear},
		{"no it is there", Unclear},
		{"nope they're all there", Unclear},
		{"no they are not missing", Unclear},
		{"no it isn't missing anything", Unclear},
		{"Nonetheless they show", Yes},
		{"no they don't show... just kidding, they do", Unclear},
		{"nah it shows", Unclear},
		{"no those are there", Unclear},
		{"no they never showed up, oh wait, they are there now", Unclear},
		{"no it does show", Unclear},
		{"no they do show now", Unclear},
		{"nope mine show", Unclear},
		{"no, they show", Unclear},
		{"no they were there yesterday", Unclear},
		{"no they're not all missing", Unclear},
		{"Nothing they show is wrong", Unclear},
		{"No they don't show yet", No},
		// screenshot offers
		{"Yes they show. I can send a screenshot if you need proof, though one looks greyed out.", Unclear},
		{"Yes.\nLet me know if you'd like a screenshot of the error.", Unclear},
		{"Yes. I can send a screenshot of my old profile if needed.", Unclear},
		{"Yes, they show. I can share screenshots of the page if needed, it looks half empty.", Unclear},
		{"はい。\nスクリーンショットが必要でしたらお送りしますので、お申し付けください。ただ一部しか出ていません。", Unclear},
		{"Yes. I can forward the screenshot my colleague sent if needed.", Unclear},
		{"Yes, they show. I can send a screenshot if you need one once they load.", Unclear},
		{"Yes, they show. I can send a screenshot if needed.", Yes},
		// colleagues'
		{"Yes, I can see my colleagues' certifications.", Unclear},
		{"Yes, I see the rest of the team's.", Unclear},
		{"Yes. My manager's show.", Unclear},
		{"Yes, I can see my coworker's now, not mine yet.", Unclear},
		{"No. My colleagues' are there, mine too.", Unclear},
		{"Yes, everyone else's show up.", Unclear},
		// Japanese found-when-looked, both
		{"はい。昨日確認したら出ていましたが、今日は出ていません。", Unclear},
		{"はい、今朝ログインしたら両方とも出ていました。と思ったら消えました。", Unclear},
		{"はい、確認したら出てました（同僚の画面で）", Unclear},
		{"昨日確認したら出ていました？", Unclear},
		{"はい、どちらも出ていません", Unclear},
		{"両方とも出てほしいです", Unclear},
		{"どちらも出ていると言われました", Unclear},
		{"はい、両方とも出ていると思います", Unclear},
		{"確認したら出ていました、別のアカウントで", Unclear},
		{"先週確認したら出ていました。", Unclear},
		{"はい、更新したら出ていましたが、再度開くと消えていました。", Unclear},
		{"はい、同僚が確認したら出ていました。", Unclear},
		// zero
		{"The certifications tab says 0 before I refresh, then 3.", Unclear},
		{"Yes, it still says \"No certifications found\" on the old page, but the new one lists them.", Unclear},
	}
	for _, p := range probes {
		if a, aside := ReadAsking(p.text); a != p.want {
			t.Errorf("ReadAsking(%q) = %q beside %q; want %q", p.text, a, aside, p.want)
		}
		for name, read := range map[string]func(string) Answer{"Read": Read, "Lean": Lean} {
			if got := read(p.text); got != p.want && got != Unclear {
				t.Errorf("%s(%q) = %q; want %q or unclear", name, p.text, got, p.want)
			}
		}
	}
}
