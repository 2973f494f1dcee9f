package workflows

import "fmt"

// AttachTakenNote is the line a case records when it takes a mail the
// operator attached (`starter attach`), so the command can say so.
func AttachTakenNote(messageID string) string {
	return fmt.Sprintf("attached mail %s taken", messageID)
}

// AttachSeenNote is the line a case records when the operator attaches a
// mail it has already taken: the attach changes nothing.
func AttachSeenNote(messageID string) string {
	return fmt.Sprintf("attached mail %s not taken again: the case took it before", messageID)
}
