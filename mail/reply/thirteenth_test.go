package reply

import "testing"

// Tests for the families found in the eleventh and twelfth sets' misread
// replies, in words of our own, with the near misses each rule must not
// take.

// TestLineCutAfterLeaningWord: a line the mail program cut after a
// relative pronoun or a determiner goes on in the next, so the halves are
// read as the one sentence they are.
func TestLineCutAfterLeaningWord(t *testing.T) {
	readAll(t, map[string]Answer{
		"No. I opened the partner page this morning and it lists zero\ncertifications for my name.":        No,
		"Sounds good to me. My older exams sit on the personal account, which\nis why I want them merged.": Yes,
		// Near misses: the joined sentence still says what it says.
		"Yes. It lists zero\ncertifications for my name.":                                Unclear,
		"Sounds good. The personal account has my exams, which\nis why I'm not so sure.": Unclear,
	})
}

// TestWhichIsWhy: ", which is why …" gives what the detail before it is
// the reason for; it asks nothing.
func TestWhichIsWhy(t *testing.T) {
	readAll(t, map[string]Answer{
		"Yes. I changed jobs last year, which is exactly why I want them merged.":   Yes,
		"Yes. I changed jobs last year, which is precisely why I want them merged.": Yes,
		// Near misses: another answer in it, or a question.
		"Yes. I changed jobs last year, which is why I don't want them merged.": Unclear,
		"Yes. There are two accounts, which is the one you keep?":               Unclear,
		"Yes. There are two accounts, which is mine":                            Unclear,
	})
}

// TestNoCertificationsShown: a page that shows zero certifications is a
// No beside another No; alone it may answer whether the link was made,
// and beside a Yes or a Done it speaks against them.
func TestNoCertificationsShown(t *testing.T) {
	readAll(t, map[string]Answer{
		"No. The partner profile shows zero certifications.":     No,
		"Nope, it lists 0 certs, although the link says Active.": No,
		"No. It is showing no certifications at all.":            No,
		// Near misses.
		"The partner profile shows zero certifications.": Unclear,
		"Yes. It shows zero certifications.":             Unclear,
		"Done. It shows zero certifications.":            Unclear,
		"Yes, it shows no errors.":                       Unclear,
		"No. It shows no errors.":                        Unclear,
		// Nothing missing is all there; another's, the old or a wrong place is not the one asked about.
		"No. It shows no certifications missing.":                    Unclear,
		"No. The profile shows zero certifications for my coworker.": Unclear,
		"No. It shows zero certifications on the old account.":       Unclear,
	})
}

// TestConfirmToAWS: "please confirm to AWS" asks certflow to give AWS the
// consent; confirming with them whether something holds asks them.
func TestConfirmToAWS(t *testing.T) {
	readAll(t, map[string]Answer{
		"Fine by me, please confirm to AWS.":                 Yes,
		"Go ahead and confirm it to them.":                   Yes,
		"Please confirm to AWS on my behalf.":                Yes,
		"Please confirm with AWS whether my exams move too.": Unclear,
		"Please confirm to AWS?":                             Unclear,
		"Could you confirm with them first?":                 Unclear,
		"Please confirm with AWS.":                           Unclear,
		"No. Please confirm to AWS that I disagree.":         Unclear,
	})
}

// TestOnlyOfLaterTime: "only" of how much later something appeared
// narrows nothing that was asked about.
func TestOnlyOfLaterTime(t *testing.T) {
	readAll(t, map[string]Answer{
		"Yes - all three are showing now. The Developer one only turned up a few days after the others.": Yes,
		"Yes, I can see all of them. The newest only showed up two days after the rest.":                 Yes,
		// Near misses: "only" of which ones.
		"Yes, I can see them. Only one turned up a few days later.":   Unclear,
		"Yes, I can see them. Only the SAA showed up two days later.": Unclear,
	})
}

// TestEarlierReplyToWhom: what the writer replied before, to whom and when
// ("I answered "yes" to you last week"), is no answer now.
func TestEarlierReplyToWhom(t *testing.T) {
	readAll(t, map[string]Answer{
		`No. I answered "yes" to you last week, but I take that back. Please do not consent.`: No,
		`I said "yes" to you on Friday.`:                               Unclear,
		`I said "no" to your email the other day. Please don't merge.`: No,
		// Near miss: the earlier reply and a Yes now disagree with the No.
		`No. I answered "yes" to you last week and I still agree.`: Unclear,
	})
}

// TestKnowsItCannotBeUndone: acknowledging that the merge cannot be undone
// (取り消しできないことは承知しています) is no cancel.
func TestKnowsItCannotBeUndone(t *testing.T) {
	readAll(t, map[string]Answer{
		"進めてください。元に戻せないことも理解しております。":  Yes,
		"同意します。統合は取り消しできない点も承知しています。": Yes,
		// Near misses: alone, asked, or with a wait after it.
		"取り消しできないことは承知しています。":               Unclear,
		"同意します。取り消しできないことは承知していますか。":        Unclear,
		"同意します。取り消せないことは理解しましたが、少し待ってください。": Unclear,
		"同意します。でもやはり取り消してください。":             Unclear,
	})
}

// TestLetAWSMerge: letting AWS merge is a Yes, not letting them a No.
func TestLetAWSMerge(t *testing.T) {
	readAll(t, map[string]Answer{
		"Please let AWS merge them.": Yes,
		"No. Something is wrong with this request; please do not let them merge anything.": No,
		"Let them merge?": Unclear,
		"Yes, let AWS merge them into my personal account.": Unclear,
	})
}

// TestStopInsideName: a full stop inside a name or a number
// ("partner.example", "v2.1") ends no sentence.
func TestStopInsideName(t *testing.T) {
	readAll(t, map[string]Answer{
		"Yes, go ahead. The old one is from school. It has one exam on it. I moved everything to my corp.example login last year.": Yes,
		// Near miss: a stop with a capital after it still ends a sentence.
		"Yes.Only one of them shows.": Unclear,
	})
}

// TestNoUntilFinished: what a No waits for ("until the review is
// finished") is its condition, no other answer beside it.
func TestNoUntilFinished(t *testing.T) {
	readAll(t, map[string]Answer{
		"No. Please hold off. HR wants nothing moved to the new account until their check is finished.": No,
		// Near misses: another answer outside the condition.
		"No. Please hold off. Actually, it's fine to merge them.":                                     Unclear,
		"No. Please hold off. HR has finished, so it is fine to merge them now.":                      Unclear,
		"No. Please hold off. Nothing moves until their check is finished and then you may go ahead.": Unclear,
	})
}

// TestStoryBeforeNowLaterInSentence: "X, but Y" where X tells how it was
// before and the "now" comes later in the sentence ("…, but yes, I can see
// them now"), or X is only what the writer thought at first, answers as Y.
func TestStoryBeforeNowLaterInSentence(t *testing.T) {
	readAll(t, map[string]Answer{
		"I feared they would not be there since the page was blank on Friday, but yes, I can see both now.": Yes,
		"Yes. I wasn't sure at first as I was looking at the training tab, but they are all listed.":        Yes,
		"All there. Nothing on Monday, then they popped up on Wednesday.":                                   Yes,
		// Near misses: a No, a part, a doubt or an error before, a wrong
		// thing, a time on neither side.
		"The page was blank on Friday, but no, I still can't see them now.":        Unclear,
		"The page was blank on Friday, but yes, only one of them is there now.":    Unclear,
		"At first I linked the wrong account, but it is linked.":                   Unclear,
		"At first it gave me an error, but they are listed.":                       Unclear,
		"No. Nothing on Monday, then they popped up on Wednesday.":                 Unclear,
		"They were not listed, then they were.":                                    Unclear,
		"Nothing on Monday, then they popped up, then they were gone again.":       Unclear,
		"I wasn't sure at first as I had the wrong tab open, but they are listed?": Unclear,
	})
}

// TestJapaneseStoryAcrossSteps: 「先週は…いませんでしたが、本日確認したところ、
// …反映されていました」: the earlier state is the story of the answer that
// comes after the steps taken, as in one piece.
func TestJapaneseStoryAcrossSteps(t *testing.T) {
	readAll(t, map[string]Answer{
		"表示されています。先日は何も出ていなかったのですが、今朝ログインし直したところ、2件とも出ていました。": Yes,
		"表示されました。最初は空欄でしたが、本日確認したところ、すべて反映されていました。":           Yes,
		// Near misses: only part, gone again, an error, or a No beside it.
		"表示されています。先日は出ていなかったのですが、本日確認したところ、一部だけ反映されていました。": Unclear,
		"先日は表示されていたのですが、今朝確認したところ、消えていました。":                Unclear,
		"最初は出ていなかったのですが、ログインし直したところ、エラーが出ました。":             Unclear,
		"いいえ。先日は何も出ていなかったのですが、今朝確認したところ、2件とも出ていました。":       Unclear,
	})
}

// TestGoneAgainOrTakenBack: what showed and then was gone, or was sent and
// then taken back, is no Yes and no Submitted, in Read and in Lean.
func TestGoneAgainOrTakenBack(t *testing.T) {
	readAll(t, map[string]Answer{
		"They appeared, then they were gone again.": Unclear,
		"I submitted the form, then took it back.":  Unclear,
		"Submitted it, but then I withdrew it.":     Unclear,
	})
	for _, text := range []string{"I submitted the form yesterday, but then I withdrew it.",
		"Done. I cancelled it again an hour later."} {
		if got := Lean(text); got != Unclear {
			t.Errorf("Lean(%q) = %q, want Unclear", text, got)
		}
	}
}

// TestEllipsisTakesBackNo: a clause of only a subject and an auxiliary
// after a negation ("…, but now they are", "They weren't there." over "They
// are now.") stands for the negated verb the other way round: no No, in
// Read and in Lean. After no negation it says nothing ("Yes, they are").
func TestEllipsisTakesBackNo(t *testing.T) {
	cases := map[string]Answer{
		"They were not listed on Monday, but now they are.": Unclear,
		"It didn't show at first, then it did.":             Unclear,
		"They weren't there.\nThey are now.":                Unclear,
		"Nothing there yesterday. It is today.":             Unclear,
		// Near misses.
		"Yes, they are.":                   Yes,
		"Yes.\nThey all are.":              Yes,
		"No, they aren't.":                 No,
		"No, not yet. I'll look tomorrow.": No,
	}
	readAll(t, cases)
	for text, want := range cases {
		if want == Unclear {
			if got := Lean(text); got != Unclear {
				t.Errorf("Lean(%q) = %q, want Unclear", text, got)
			}
		}
	}
}

// TestHaltBeforeNo: a call to stop ("Hold on", "Wait a moment") agrees
// with a No in words and with nothing else.
func TestHaltBeforeNo(t *testing.T) {
	readAll(t, map[string]Answer{
		"Hang on - please do not consent yet. I need to ask my team lead first.": No,
		"Wait a moment. Don't merge anything for now.":                           No,
		// Near misses: alone, before another answer, or before a bare No.
		"Hold on.":                       Unclear,
		"Hold on. Yes, go ahead.":        Unclear,
		"Wait - done.":                   Unclear,
		"Wait, they are showing now.":    Unclear,
		"Hang on. No. I'll ask my boss.": Unclear,
	})
}

// TestNoReplyNeeded: "no need to reply" (特に返信は不要です) is a courtesy,
// no No, and it makes the question just before it rhetorical when that
// question asks nothing else.
func TestNoReplyNeeded(t *testing.T) {
	readAll(t, map[string]Answer{
		"Go ahead please. No need to reply.":                                                       Yes,
		"進めてください。特に返信は不要です。":                                                                       Yes,
		"Yes, go ahead. My exams move to the work account as well, right? No need to answer that.": Yes,
		"はい、進めてください。認定も会社アカウントに移るという理解で合っていますよね？ご回答は不要です。": Yes,
		// Near misses.
		"No need to reply.": Unclear,
		"Yes, go ahead. My exams move to the work account as well, right?":                     Unclear,
		"Yes, go ahead. Which account do you keep? No need to reply.":                          Unclear,
		"Yes, go ahead. Could you merge them into the personal one instead? No need to reply.": Unclear,
		"Yes, go ahead. Should I close the old one? No need to answer if not.":                 Unclear,
		"Yes, go ahead. Is that OK? Thanks. No need to reply.":                                 Unclear,
		"Done? No need to reply.": Unclear,
	})
}

// TestAgreeingHearsay: another person's word after the writer's own Yes in
// words, saying the same "too", is detail; a doubt, a negation or another
// answer in it, or a bare "Yes" before it, keeps the reply for a person.
func TestAgreeingHearsay(t *testing.T) {
	readAll(t, map[string]Answer{
		"Yes, all of them are listed. My team lead says she can see them too.": Yes,
		"They're showing. (My colleague said he can see them as well.)":        Yes,
		// Near misses.
		"Yes. My team lead says she can see them too.":                         Unclear,
		"Yes, they are listed. My team lead says she can't see them too.":      Unclear,
		"Yes, they are listed. My team lead says only two show for her too.":   Unclear,
		"Yes, they are listed. My team lead says she can see them.":            Unclear,
		"No, nothing shows. My team lead says she can see them too.":           Unclear,
		"Yes, go ahead. My team lead says to wait too.":                        Unclear,
		"Yes, they are listed. My team lead says she can see them too, maybe.": Unclear,
	})
}

// TestOldOneNotNeeded: "it" after the old account is named ("The old
// address is from school, I don't need it at all") is the old account the
// writer needs no more; an act on it unneeded ("I don't need it merged")
// is for a person.
func TestOldOneNotNeeded(t *testing.T) {
	readAll(t, map[string]Answer{
		"Yes, go ahead. The old address is one I had at college, I don't need it at all.":          Yes,
		"Yes, go ahead. The previous account was from my last job. I don't need it kept separate.": Yes,
		// Near misses.
		"Yes, go ahead. I don't need it.":                                         Unclear,
		"Yes, go ahead. The old address is from college, I don't need it merged.": Unclear,
		"Yes, go ahead. I don't need the old one merged.":                         Unclear,
		"Yes, go ahead. We don't need the old account closed.":                    Unclear,
		"No. The old address is from college, I don't need it at all.":            No,
	})
}

// TestLeanWaitAndSee: after a No in words, a question whether to wait and
// see (様子を見たほうがいいですか) leaves the lean No standing; one about
// what to do does not.
func TestLeanWaitAndSee(t *testing.T) {
	for text, want := range map[string]Answer{
		"いいえ、まだ出ていません。しばらく様子を見たほうがいいでしょうか。":     No,
		"いいえ、まだ出ていません。様子見でよいですか、それとも再連携すべきですか。": Unclear,
	} {
		if got := Lean(text); got != want {
			t.Errorf("Lean(%q) = %q, want %q", text, got, want)
		}
	}
}

// TestPlanAfterTheMerge: what the writer will do once the accounts are
// merged (統合後は会社アドレスだけ使うようにします) takes the merge for
// granted beside a consent in words; a request, a doubt, a reversal, the
// old account as where things go, or a bare "Yes" keeps it for a person.
func TestPlanAfterTheMerge(t *testing.T) {
	readAll(t, map[string]Answer{
		"Yes, please go ahead. After the merge I'll only log in with the work address.": Yes,
		"同意します。統合後は会社のアドレスだけを使うようにします。":                                                 Yes,
		// Near misses.
		"Yes. After the merge I'll only log in with the work address.":                         Unclear,
		"Yes, please go ahead. After the merge I'll undo it.":                                  Unclear,
		"Yes, please go ahead. After the merge I'll see whether I keep it.":                    Unclear,
		"Yes, please go ahead. After the merge please keep the old one open.":                  Unclear,
		"同意します。統合後は取り消す予定です。":                                                                  Unclear,
		"同意します。統合後は旧アドレスの方にまとめる予定です。":                                                          Unclear,
		"Yes, please go ahead. After the merge I'll move everything into my personal account.": Unclear,
	})
}

// TestKeepTheOldOneOpen: a consent that asks to keep the old account
// open or separate asks what the merge does not do.
func TestKeepTheOldOneOpen(t *testing.T) {
	readAll(t, map[string]Answer{
		"Yes, go ahead. Please keep the old account active.": Unclear,
		"Sure, but leave my old one open.":                   Unclear,
		"Please don't merge, keep them separate.":            No,
	})
}

// TestCertificationsPlaceEmpty: the certifications' column told empty
// beside the writer's name that shows is a No beside another No, as a
// page showing zero certifications is; alone it is no answer.
func TestCertificationsPlaceEmpty(t *testing.T) {
	readAll(t, map[string]Answer{
		"No. My name is in the member list, but the certifications column is empty.": No,
		"Nope - I can see my name, but the certs section next to it is still blank.": No,
		"Yes, I can see my name and both certifications.":                            Yes,
		// Near misses.
		"I can see my name, but the certifications column is empty.": Unclear,
		"Yes. I can see my name in the list.":                        Unclear,
		"Yes, the certifications column is empty.":                   Unclear,
		"No. The certifications column is no longer empty.":          Unclear,
	})
}

// TestWentThroughIsNoNo: a story that what was tried went through in the
// end agrees with a Done or Submitted after it, never with a No beside it,
// in Read and in Lean.
func TestWentThroughIsNoNo(t *testing.T) {
	cases := map[string]Answer{
		"No. The upload broke at first, but it worked in the end.":         Unclear,
		"Not yet. Initially it timed out, but it went through eventually.": Unclear,
		// Near misses: the story before a Done or Submitted.
		"The upload broke at first, but it worked in the end. Done.":         Done,
		"Initially it timed out, but it went through eventually. Submitted.": Submitted,
	}
	readAll(t, cases)
	for text, want := range cases {
		if got := Lean(text); want == Unclear && got != Unclear {
			t.Errorf("Lean(%q) = %q, want Unclear", text, got)
		}
	}
}

// TestLeanSoftenedNo: a No said as how it seems (まだ反映されていないよう
// です, "it doesn't seem to show yet") leans to No, as the next check
// catches it if wrong; Read leaves it for a person. A Yes or a part said
// so, or a question, leans nowhere new.
func TestLeanSoftenedNo(t *testing.T) {
	for text, want := range map[string]Answer{
		"いいえ、まだ出ていないようです。":                        No,
		"No, it doesn't seem to be listed yet.":   No,
		"いいえ、表示されているようです。":                        Unclear,
		"No. It seems to be listed now.":          Unclear,
		"It doesn't seem to be listed, or is it?": Unclear,
		"いいえ、一部しか表示されていないようです。":                   Unclear,
	} {
		if got := Lean(text); got != want {
			t.Errorf("Lean(%q) = %q, want %q", text, got, want)
		}
		if got := Read(text); got != Unclear {
			t.Errorf("Read(%q) = %q, want Unclear", text, got)
		}
	}
}

// TestEarlierNoAfterShown: after a Yes that they show, a sentence that
// they were not there at an earlier time (昨日までは表示されていません
// でした) is that Yes's story; alone, after a bare "Yes" or beside a
// consent it says nothing of now.
func TestEarlierNoAfterShown(t *testing.T) {
	readAll(t, map[string]Answer{
		"Yes, both are listed now. They were not there on Friday.": Yes,
		"はい、2件とも表示されています。先週までは表示されていませんでした。":                       Yes,
		// Near misses.
		"Yes. They were not there on Friday.":                                        Unclear,
		"No. They were not there on Friday.":                                         Unclear,
		"Go ahead. They were not there on Friday.":                                   Unclear,
		"Yes, both are listed now. They were not there on Friday?":                   Unclear,
		"Yes, both are listed now. My coworker's were not there on Friday.":          Unclear,
		"Yes, both are listed now. On Friday only one was there.":                    Unclear,
		"Yes, both are listed now. The SAA was not there on Friday and still isn't.": Unclear,
	})
}
