package reply

import "testing"

// TestOwnWordsEndAtAForeignMailProgramsQuote: Outlook's header block and
// the attribution lines of other mail programs, written in their user's
// language, end the own words as their English forms do. A line that only
// starts with a short foreign From key ("De: …") is no block without the
// localised "Sent" after it.
func TestOwnWordsEndAtAForeignMailProgramsQuote(t *testing.T) {
	for _, c := range []struct{ name, text, want string }{
		{"German Outlook", "Erledigt, danke.\n\nVon: certflow <certflow@partner.example>\n" +
			"Gesendet: Montag, 7. Dezember 2026 09:00\nAn: Ute <ute@partner.example>\nBetreff: Bitte\n\nold text",
			"Erledigt, danke."},
		{"French Outlook", "C'est fait.\n\nDe : certflow <certflow@partner.example>\nEnvoyé : lundi 7 décembre 2026 09:00\n" +
			"À : Luc\nObjet : merge\n\nold text", "C'est fait."},
		{"Spanish Outlook", "Listo.\n\nDe: certflow <certflow@partner.example>\nEnviado: lunes, 7 de diciembre de 2026\n" +
			"Para: Ana\nAsunto: merge\n\nold text", "Listo."},
		{"French Gmail", "Fait.\n\nLe lun. 7 déc. 2026 à 09:00, certflow <certflow@partner.example> a écrit :\n\nold text",
			"Fait."},
		{"German Thunderbird", "Fertig.\n\nAm 07.12.2026 um 09:00 schrieb certflow:\n\nold text", "Fertig."},
		{"a From-like line alone", "Done.\nDe: nada, thanks for the help\nKen", "Done.\nDe: nada, thanks for the help\nKen"},
	} {
		if got := OwnWords(c.text); got != c.want {
			t.Errorf("%s: OwnWords = %q, want %q", c.name, got, c.want)
		}
	}
}

// TestOwnWordsEndWhereTheWriterIsGreeted: a greeting to the writer by the
// name they just signed with opens the mail they answer, pasted without a
// quote mark; a greeting to someone else after a name is still theirs.
func TestOwnWordsEndWhereTheWriterIsGreeted(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Only one of them shows.\n\nKen\n\nHello Ken,\n\nDo your certifications show? Reply yes or no.",
			"Only one of them shows.\n\nKen"},
		{"Done.\n\nKen\n\nHi Priya, could you check it too?", "Done.\n\nKen\n\nHi Priya, could you check it too?"},
		{"Megan (Support)\n\nDec 3, 2026\n\nHello Emily,\nPlease confirm the merge.",
			"Megan (Support)\n\nDec 3, 2026\n\nHello Emily,\nPlease confirm the merge."},
	} {
		if got := OwnWords(c.text); got != c.want {
			t.Errorf("OwnWords(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}
