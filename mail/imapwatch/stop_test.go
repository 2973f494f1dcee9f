package imapwatch

import (
	"context"
	"testing"
	"time"
)

// A watch that ends (its slice is over, the worker stops) while a message is
// being handed on finishes that message: a message the handler took is
// filed and counted in the watermark, so the next watch does not offer it
// again (a listed stranger's mail was listed twice, and counted twice).
func TestWatchEndingWhileAMessageIsHandedOnFinishesIt(t *testing.T) {
	s := startServer(t)
	deliver(t, s, 1)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	handled := 0
	handle := func(_ context.Context, m Message) (Verdict, error) {
		handled++
		cancel() // the watch's end comes while the handler works
		time.Sleep(100 * time.Millisecond)
		return Handled, nil
	}
	w, _ := Watch(ctx, config(s.IMAPAddr()), Watermark{}, handle, func(Watermark) {})
	if handled != 1 || w.LastUID != 1 {
		t.Fatalf("handled %d, watermark %+v; want the handed-on message in the watermark", handled, w)
	}
	if flags := seenFlags(t, s); !flags[1] {
		t.Fatal("the handed-on message was not filed (\\Seen)")
	}
}
