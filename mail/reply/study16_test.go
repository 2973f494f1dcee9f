package reply

import "testing"

// TestAwayAtAPlaceWithPoorConnection: why the answer is late may name
// where the writer was (a city, 大阪) and, before the answer, that the
// connection there was poor ("the wifi at the hotel was useless", "I had
// no signal"): a side remark like any other absence. Near misses: the
// place or the connection given as why the answer cannot be given or was
// not looked for, another's reply inside the remark, an account or a page
// named as the place, a connection that is poor now, a poor connection
// after the answer (it may be why a Submitted did not go through), and the
// remark with no answer beside it.
func TestAwayAtAPlaceWithPoorConnection(t *testing.T) {
	readAll(t, map[string]Answer{
		"Apologies for the late answer, I was at a conference in Madrid all week and the wifi was useless. " +
			"Yes, please go ahead with the merge.": Yes,
		"Sorry for the delay, I was travelling in Brazil and had no signal most of the time. Yes, I agree to the merge.": Yes,
		"Sorry for the slow reply, I was on a business trip to New York last week. No, please don't merge them.":         No,
		"Yes, please go ahead. Sorry, I was at a customer site in Leeds all week.":                                       Yes,
		"返信が遅れてすみません、休暇で沖縄に行っておりました。はい、統合をお願いします。":                                                                       Yes,
		"出張で名古屋に行っておりました。まだ提出できていません。":                                                                                   No,
		// Near misses.
		"Sorry for the delay, I was travelling in Brazil and couldn't log in to check. Yes, go ahead.":    Unclear,
		"Sorry for the slow reply, I was at a customer site in Leeds and haven't looked yet. Yes.":        Unclear,
		"Sorry for the slow reply, I was in Partner Central all week. Yes, go ahead.":                     Unclear,
		"Sorry for the late reply, the wifi here is hopeless so I can't open the profile. Yes, go ahead.": Unclear,
		"I was on a customer site in Leeds and the wifi was hopeless.":                                    Unclear,
		"Sorry for the delay, I was travelling in Brazil and my manager replied for me. Yes, go ahead.":   Unclear,
		"Yes. I was at a customer site in Leeds and the wifi was bad.":                                    Unclear,
		"出張で大阪に行っておりました。上司に確認します。":                                                                        Unclear,
		"返信が遅れてすみません、出張で大阪に行っておりました。":                                                                     Unclear,
	})
}

// TestJapaneseLineCutAfterAConnective: a Japanese line that ends in a form
// joining its clause to the next (念のため, 確認済みのため, 確認したので,
// 見ましたが) goes on in the next line however short it is (an address
// taken out, a narrow window): read apart, its first half stands before
// the answer alone. A casual て-form may end a sentence (ちょっと待って), so
// it is no such form. Near misses: what the joined sentence says beside its
// answer (another's account, a manager still asked, a wait), and a short
// line with no connective (a name), which stays its own.
func TestJapaneseLineCutAfterAConnective(t *testing.T) {
	readAll(t, map[string]Answer{
		"旧アカウントの方も念のため\nログインして確認しましたが、統合して問題ありません。": Yes,
		"旧アカウントのデータも確認済みのため\n統合をお願いします。":            Yes,
		"出張先からのため\n統合をお願いします。":                      Yes,
		// Near misses.
		"別のアカウントで確認したので\n統合に同意します。": Unclear,
		"上司に確認中のため\n統合をお願いします。":     Unclear,
		"上司に確認中のため\n少々お待ちください。":     Unclear,
		"ちょっと待って\n統合をお願いします。":       Unclear,
		"鈴木です\nはい、お願いします。":          Yes,
		"鈴木です\n確認中です。":              Unclear,
	})
}
