// Package imapwatch follows one IMAP folder and hands every new message, in
// UID order, to a handler, exactly as far as a watermark says it has not yet
// been handed on.
//
// It waits with IDLE where the server offers it and polls where it does not.
// Every command runs under a watchdog that closes the connection when the
// server stops answering: go-imap v2 beta.8 has no read deadline while idling,
// so without it a frozen peer would hang the watcher forever.
package imapwatch

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"mime"
	"sync"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
	"github.com/emersion/go-message/charset"
)

// Config says which folder to watch and how.
type Config struct {
	Address  string // host:port
	Username string
	Password string
	Mailbox  string // folder name, e.g. "INBOX"
	TLS      string // "tls", "starttls" or "none"
	// Refresh is the longest one IDLE (or, without IDLE, one poll interval)
	// lasts before the folder is searched again. It bounds how late a message
	// is seen when a server's notification goes missing.
	Refresh time.Duration
	// CommandTimeout bounds every command and the end of an IDLE; past it
	// the connection is closed. Zero means one minute.
	CommandTimeout time.Duration
	Logger         *slog.Logger
}

// Watermark is how far the folder has been handed on.
type Watermark struct {
	UIDValidity uint32
	LastUID     uint32
}

// Message is one fetched message.
type Message struct {
	UID uint32
	Raw []byte
}

// Verdict is what the handler did with a message.
type Verdict int

const (
	// Handled: the message was handed on; it is flagged \Seen.
	Handled Verdict = iota
	// Kept: the message was recorded but stays unread in the folder for a
	// person (for example, it matched no case).
	Kept
)

// Handler receives each new message. An error stops the watch without moving
// the watermark past the message, so it is offered again on the next watch.
type Handler func(ctx context.Context, m Message) (Verdict, error)

// Progress is told the watermark each time it moves, and also on each quiet
// refresh, so a caller can heartbeat.
type Progress func(Watermark)

// Watch follows the folder until ctx ends or an error occurs, and returns the
// watermark reached. When the folder's UIDVALIDITY differs from the one in
// from, every message in it is offered again: the UIDs it was measured in no
// longer mean anything, and the handler's de-duplication by Message-ID keeps
// that safe.
func Watch(ctx context.Context, cfg Config, from Watermark, handle Handler, progress Progress) (Watermark, error) {
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	if cfg.CommandTimeout <= 0 {
		cfg.CommandTimeout = time.Minute
	}
	if cfg.Refresh <= 0 {
		cfg.Refresh = 5 * time.Minute
	}
	w := &watch{cfg: cfg, mark: from, notify: make(chan struct{}, 1), log: cfg.Logger.With("mailbox", cfg.Mailbox)}
	err := w.run(ctx, handle, progress)
	if ctx.Err() != nil && (err == nil || errors.Is(err, ctx.Err()) || errors.Is(err, errClosed)) {
		err = nil
	}
	return w.mark, err
}

var errClosed = errors.New("imap connection closed by the watchdog")

type watch struct {
	cfg    Config
	mark   Watermark
	notify chan struct{} // a new message may have arrived
	log    *slog.Logger
	client *imapclient.Client
}

func (w *watch) run(ctx context.Context, handle Handler, progress Progress) error {
	if err := w.connect(); err != nil {
		return err
	}
	defer w.client.Close()
	// Closing the client is how a cancelled watch leaves an IDLE or a stuck
	// command at once.
	stop := context.AfterFunc(ctx, func() { w.client.Close() })
	defer stop()

	sel, err := guard(w, func() (*imap.SelectData, error) { return w.client.Select(w.cfg.Mailbox, nil).Wait() })
	if err != nil {
		return fmt.Errorf("select %s: %w", w.cfg.Mailbox, err)
	}
	if w.mark.UIDValidity != sel.UIDValidity {
		if w.mark.UIDValidity != 0 {
			w.log.Warn("UIDVALIDITY changed: offering every message again", "was", w.mark.UIDValidity, "now", sel.UIDValidity)
		}
		w.mark = Watermark{UIDValidity: sel.UIDValidity}
	}
	idle := w.client.Caps().Has(imap.CapIdle) || w.client.Caps().Has(imap.CapIMAP4rev2)
	w.log.Info("watching", "idle", idle, "uid_validity", w.mark.UIDValidity, "last_uid", w.mark.LastUID)

	for ctx.Err() == nil {
		if err := w.catchUp(ctx, handle, progress); err != nil {
			return err
		}
		progress(w.mark)
		if idle {
			err = w.idle(ctx)
		} else {
			err = w.poll(ctx)
		}
		if err != nil {
			return err
		}
	}
	return ctx.Err()
}

func (w *watch) connect() error {
	opts := &imapclient.Options{
		WordDecoder: &mime.WordDecoder{CharsetReader: charset.Reader},
		UnilateralDataHandler: &imapclient.UnilateralDataHandler{
			// Runs on the client's reader goroutine: it must not send a
			// command (that deadlocks), only wake the watch loop.
			Mailbox: func(data *imapclient.UnilateralDataMailbox) {
				if data.NumMessages != nil {
					select {
					case w.notify <- struct{}{}:
					default:
					}
				}
			},
		},
	}
	var c *imapclient.Client
	var err error
	switch w.cfg.TLS {
	case "tls":
		c, err = imapclient.DialTLS(w.cfg.Address, opts)
	case "starttls":
		c, err = imapclient.DialStartTLS(w.cfg.Address, opts)
	default:
		c, err = imapclient.DialInsecure(w.cfg.Address, opts)
	}
	if err != nil {
		return fmt.Errorf("connect to %s: %w", w.cfg.Address, err)
	}
	w.client = c
	if _, err := guard(w, func() (struct{}, error) { return struct{}{}, c.Login(w.cfg.Username, w.cfg.Password).Wait() }); err != nil {
		c.Close()
		return fmt.Errorf("log in to %s as %s: %w", w.cfg.Address, w.cfg.Username, err)
	}
	return nil
}

// catchUp hands on every message above the watermark, in UID order. It
// searches by UID, never by sequence number, so expunges elsewhere cannot
// shift what it fetches.
func (w *watch) catchUp(ctx context.Context, handle Handler, progress Progress) error {
	criteria := &imap.SearchCriteria{UID: []imap.UIDSet{{imap.UIDRange{Start: imap.UID(w.mark.LastUID + 1), Stop: 0}}}}
	data, err := guard(w, func() (*imap.SearchData, error) { return w.client.UIDSearch(criteria, nil).Wait() })
	if err != nil {
		return fmt.Errorf("search %s: %w", w.cfg.Mailbox, err)
	}
	for _, uid := range data.AllUIDs() {
		// "n:*" matches the highest message even when it is below n.
		if uint32(uid) <= w.mark.LastUID {
			continue
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
		raw, err := w.fetch(uid)
		if err != nil {
			return err
		}
		verdict, err := handle(ctx, Message{UID: uint32(uid), Raw: raw})
		if err != nil {
			return fmt.Errorf("uid %d: %w", uid, err)
		}
		if verdict == Handled {
			if err := w.markSeen(uid); err != nil {
				return err
			}
		}
		w.mark.LastUID = uint32(uid)
		progress(w.mark)
	}
	return nil
}

func (w *watch) fetch(uid imap.UID) ([]byte, error) {
	section := &imap.FetchItemBodySection{Peek: true}
	msgs, err := guard(w, func() ([]*imapclient.FetchMessageBuffer, error) {
		return w.client.Fetch(imap.UIDSetNum(uid), &imap.FetchOptions{UID: true, BodySection: []*imap.FetchItemBodySection{section}}).Collect()
	})
	if err != nil {
		return nil, fmt.Errorf("fetch uid %d: %w", uid, err)
	}
	for _, m := range msgs {
		if m.UID == uid {
			return m.FindBodySection(section), nil
		}
	}
	// Expunged between search and fetch: nothing to hand on.
	return nil, nil
}

func (w *watch) markSeen(uid imap.UID) error {
	_, err := guard(w, func() (struct{}, error) {
		return struct{}{}, w.client.Store(imap.UIDSetNum(uid), &imap.StoreFlags{Op: imap.StoreFlagsAdd, Silent: true, Flags: []imap.Flag{imap.FlagSeen}}, nil).Close()
	})
	if err != nil {
		return fmt.Errorf("flag uid %d: %w", uid, err)
	}
	return nil
}

// idle waits for a notification, the refresh interval or the end of ctx.
func (w *watch) idle(ctx context.Context) error {
	cmd, err := guard(w, func() (*imapclient.IdleCommand, error) { return w.client.Idle() })
	if err != nil {
		return fmt.Errorf("idle: %w", err)
	}
	timer := time.NewTimer(w.cfg.Refresh)
	defer timer.Stop()
	select {
	case <-w.notify:
	case <-timer.C:
	case <-ctx.Done():
	case <-w.client.Closed():
	}
	_, err = guard(w, func() (struct{}, error) {
		if err := cmd.Close(); err != nil {
			return struct{}{}, err
		}
		return struct{}{}, cmd.Wait()
	})
	if err != nil && ctx.Err() == nil {
		return fmt.Errorf("end idle: %w", err)
	}
	return nil
}

// poll waits without IDLE, then checks the connection with NOOP (which also
// brings any pending EXISTS).
func (w *watch) poll(ctx context.Context) error {
	timer := time.NewTimer(w.cfg.Refresh)
	defer timer.Stop()
	select {
	case <-timer.C:
	case <-ctx.Done():
		return nil
	}
	_, err := guard(w, func() (struct{}, error) { return struct{}{}, w.client.Noop().Wait() })
	return err
}

// guard runs one IMAP exchange and closes the connection if it takes longer
// than the command timeout: the only way to unblock go-imap on a peer that
// has stopped answering.
func guard[T any](w *watch, f func() (T, error)) (T, error) {
	var once sync.Once
	timedOut := false
	timer := time.AfterFunc(w.cfg.CommandTimeout, func() {
		once.Do(func() {
			timedOut = true
			w.log.Warn("IMAP server stopped answering: closing the connection", "timeout", w.cfg.CommandTimeout)
			w.client.Close()
		})
	})
	v, err := f()
	if !timer.Stop() {
		once.Do(func() {})
		if timedOut {
			return v, fmt.Errorf("%w after %s", errClosed, w.cfg.CommandTimeout)
		}
	}
	return v, err
}
