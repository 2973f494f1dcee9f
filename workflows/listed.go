package workflows

// ListedMail is the entry of a watcher's unmatched list that stands for ev,
// with uid its UID in the folder (0 when a case hands it back) and reason
// why it is listed. With AttachedMail it is the one mapping between the
// mail a case is handed and the entries `starter attach` hands on.
func ListedMail(ev MailEvent, uid uint32, reason string) UnmatchedMail {
	return UnmatchedMail{
		UID: uid, MessageID: ev.MessageID, From: ev.From, Subject: ev.Subject, Date: ev.Date, Reason: reason,
		Kind: ev.Kind, AwsCase: ev.AwsCase, Authenticated: ev.Authenticated, ForwardedBy: ev.ForwardedBy,
		Trust: ev.Trust, Mentions: ev.Mentions, MergeInto: ev.MergeInto, Lean: ev.Lean,
		Asks: ev.Asks,
	}
}

// AttachedMail is the mail the entry u of the unmatched list of watcher
// stands for, as `starter attach` hands it to a case: classified and
// trusted as it was when it came (a held AWS mail still needs starter
// approve), marked Attached (the cap and the other-run checks let it
// through), and from watcher, so a case that ends before it reads it hands
// it back to the list it came from instead of to none.
func AttachedMail(u UnmatchedMail, watcher string) MailEvent {
	kind := u.Kind
	if kind == "" {
		kind = MailUnknown
	}
	return MailEvent{
		MessageID: u.MessageID, Kind: kind, From: u.From, Subject: u.Subject, AwsCase: u.AwsCase, Date: u.Date,
		Authenticated: u.Authenticated, ForwardedBy: u.ForwardedBy, Trust: u.Trust, Mentions: u.Mentions,
		MergeInto: u.MergeInto, Lean: u.Lean, Asks: u.Asks, Attached: true, Watcher: watcher,
	}
}
