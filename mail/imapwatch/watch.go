// Package imapwatch follows one IMAP folder and hands every new message, in
// UID order, to a handler, exactly as far as a watermark says it has not yet
// been handed on.
//
// It waits with IDLE where the server offers it and polls where it does not,
// and every exchange runs under imapconn's watchdog. Watch makes one
// connection; Run keeps one up, reconnecting with capped, jittered backoff.
package imapwatch

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"

	settings "github.com/certflow/certflow/config" // the tests have a config of their own
	"github.com/certflow/certflow/mail/imapconn"
)

// Config says which folder to watch and how.
type Config struct {
	Conn    imapconn.Config
	Mailbox string // folder name, e.g. "INBOX"
	// Refresh is the longest one IDLE lasts before the folder is searched
	// again; it bounds how late a message is seen when a server's
	// notification goes missing. Zero means 5 minutes.
	Refresh time.Duration
	// PollInterval is how often a server without IDLE is searched. Zero
	// means one minute.
	PollInterval time.Duration
	// ProcessedFolder, when set, receives handled messages (created if
	// missing); when empty they are only flagged \Seen.
	ProcessedFolder string
	// QuarantineFolder receives messages the handler quarantines (created
	// if missing). Zero means "Quarantine".
	QuarantineFolder string
	// MaxMessageBytes: a larger message is not downloaded; the handler gets
	// it with TooLarge set. Zero means 25 MiB.
	MaxMessageBytes int64
	// MinFetchRate, in bytes a second, is the slowest download of a message
	// that is waited for: the body FETCH's watchdog is the connection's
	// timeout plus the message's size at this rate. Zero means
	// DefaultMinFetchRate.
	MinFetchRate int64
	Logger       *slog.Logger
}

func (cfg *Config) defaults() {
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	if cfg.Conn.Logger == nil {
		cfg.Conn.Logger = cfg.Logger
	}
	if cfg.Refresh <= 0 {
		cfg.Refresh = 5 * time.Minute
	}
	if cfg.PollInterval <= 0 {
		cfg.PollInterval = time.Minute
	}
	if cfg.QuarantineFolder == "" {
		cfg.QuarantineFolder = "Quarantine"
	}
	if cfg.MaxMessageBytes <= 0 {
		cfg.MaxMessageBytes = settings.DefaultMaxMessageBytes
	}
}

// Watermark is how far the folder has been handed on.
type Watermark struct {
	UIDValidity uint32
	LastUID     uint32
	// FailedUID, Failures and LastFailure count the consecutive failures to
	// download or file the message just above LastUID (the next one due),
	// across reconnects: a caller that carries the watermark (in heartbeats)
	// carries them too. They clear when the watermark moves.
	FailedUID   uint32
	Failures    int
	LastFailure string
}

// Message is one new message.
type Message struct {
	UID uint32
	// UIDValidity is the folder's, which UID is one of.
	UIDValidity uint32
	Size        int64
	Raw         []byte // nil when TooLarge or Unfetched, or when it was expunged before the fetch
	TooLarge    bool   // over MaxMessageBytes: not downloaded
	// Unfetched: the server answered every FETCH of it with nothing,
	// although a search still finds it in the folder.
	Unfetched bool
	// Failure, with Unfetched, is the last error of FailLimit attempts to
	// download or file it: it is left in the folder, and may have been
	// handed on before (when filing it is what failed).
	Failure string
	// Seen: it was flagged \Seen before the watch handed it on (by an
	// earlier watch that handled it, or by a person who read it).
	Seen bool
	// Received is the server's INTERNALDATE: when the message reached the
	// folder, which (unlike its Date) the sender cannot set; zero when the
	// server gave none.
	Received time.Time
}

// fetchAttempts is how often a FETCH that returns nothing for a message
// still in the folder is tried before the message is handed on Unfetched.
const fetchAttempts = 3

// FailLimit is how many failures to download or file one message the watch
// takes, across reconnects, before it hands the message on Unfetched (with
// Failure) and moves past it.
const FailLimit = 3

// DefaultMinFetchRate is about 1 Mbit/s.
const DefaultMinFetchRate = 128 << 10

// Verdict is what the handler did with a message.
type Verdict int

const (
	// Handled: handed on; moved to ProcessedFolder, or flagged \Seen.
	Handled Verdict = iota
	// Kept: recorded, but left unread in the folder for a person (for
	// example, it matched no case).
	Kept
	// Quarantined: unusable (unparseable, too large); moved to
	// QuarantineFolder so it never blocks the messages behind it.
	Quarantined
)

// Handler receives each new message. An error stops the watch without moving
// the watermark past the message, so it is offered again on the next watch.
type Handler func(ctx context.Context, m Message) (Verdict, error)

// Progress is told the watermark each time it moves and on every quiet
// refresh, so a caller can heartbeat.
type Progress func(Watermark)

// Watch follows the folder over one connection until ctx ends or an error
// occurs, and returns the watermark reached. When the folder's UIDVALIDITY
// differs from the one in from, every message in it is offered again: the
// UIDs the watermark was measured in no longer mean anything, and the
// handler's de-duplication by Message-ID keeps that safe.
func Watch(ctx context.Context, cfg Config, from Watermark, handle Handler, progress Progress) (Watermark, error) {
	cfg.defaults()
	w := &watch{cfg: cfg, mark: from, notify: make(chan struct{}, 1), log: cfg.Logger.With("mailbox", cfg.Mailbox)}
	err := w.run(ctx, handle, progress)
	if ctx.Err() != nil {
		err = nil // asked to stop: whatever broke was the stopping
	}
	return w.mark, err
}

type watch struct {
	cfg    Config
	mark   Watermark
	notify chan struct{} // a new message may have arrived
	log    *slog.Logger
	conn   *imapconn.Conn
	move   bool // the server has MOVE
	// handing is held from handing a message on until it is filed; the
	// watch's end waits for it before it closes the connection, so a
	// message the handler took is always filed and counted, never offered
	// again by the next watch.
	handing sync.Mutex
}

func (w *watch) run(ctx context.Context, handle Handler, progress Progress) error {
	if err := w.dial(); err != nil {
		return err
	}
	// Closing the client is how a cancelled watch leaves an IDLE or a stuck
	// command at once.
	defer w.conn.Client.Close()
	stop := context.AfterFunc(ctx, func() {
		w.handing.Lock()
		defer w.handing.Unlock()
		w.conn.Client.Close()
	})
	defer stop()

	idle, err := w.prepare()
	if err != nil {
		return err
	}
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

// dial connects and logs in, with a handler that wakes the watch loop when
// the server says the folder changed.
func (w *watch) dial() error {
	var err error
	w.conn, err = imapconn.Dial(w.cfg.Conn, &imapclient.Options{
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
	})
	return err
}

// prepare reads the server's capabilities, creates the processed and
// quarantine folders and selects the watched one, starting the watermark
// afresh when its UIDVALIDITY changed. It reports whether the server has
// IDLE.
func (w *watch) prepare() (idle bool, err error) {
	caps, err := imapconn.Get(w.conn, func() (imap.CapSet, error) { return w.conn.Capability().Wait() })
	if err != nil {
		return false, fmt.Errorf("capabilities: %w", err)
	}
	idle = caps.Has(imap.CapIdle) || caps.Has(imap.CapIMAP4rev2)
	w.move = caps.Has(imap.CapMove) || caps.Has(imap.CapIMAP4rev2)
	for _, folder := range []string{w.cfg.ProcessedFolder, w.cfg.QuarantineFolder} {
		if err := w.ensureFolder(folder); err != nil {
			return false, err
		}
	}

	sel, err := imapconn.Get(w.conn, func() (*imap.SelectData, error) {
		return w.conn.Select(w.cfg.Mailbox, nil).Wait()
	})
	if err != nil {
		return false, fmt.Errorf("select %s: %w", w.cfg.Mailbox, err)
	}
	if w.mark.UIDValidity != sel.UIDValidity {
		if w.mark.UIDValidity != 0 {
			w.log.Warn("UIDVALIDITY changed: offering every message again",
				"was", w.mark.UIDValidity, "now", sel.UIDValidity)
		}
		w.mark = Watermark{UIDValidity: sel.UIDValidity}
	}
	return idle, nil
}

// ensureFolder creates folder unless it exists (an empty name is no folder).
func (w *watch) ensureFolder(folder string) error {
	if folder == "" {
		return nil
	}
	err := w.conn.Do(func() error { return w.conn.Create(folder, nil).Wait() })
	var imapErr *imap.Error
	if err == nil || (errors.As(err, &imapErr) &&
		(imapErr.Code == imap.ResponseCodeAlreadyExists || imapErr.Type == imap.StatusResponseTypeNo)) {
		// Servers differ in how they refuse an existing folder; a real
		// problem shows when a message is moved there.
		return nil
	}
	return fmt.Errorf("create folder %s: %w", folder, err)
}

// catchUp hands on every message above the watermark, in UID order. It
// searches by UID, never by sequence number, so expunges elsewhere cannot
// shift what it fetches.
func (w *watch) catchUp(ctx context.Context, handle Handler, progress Progress) error {
	criteria := &imap.SearchCriteria{UID: []imap.UIDSet{{imap.UIDRange{Start: imap.UID(w.mark.LastUID + 1), Stop: 0}}}}
	data, err := imapconn.Get(w.conn, func() (*imap.SearchData, error) { return w.conn.UIDSearch(criteria, nil).Wait() })
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
		if err := w.one(ctx, uid, handle, progress); err != nil {
			return err
		}
		w.mark = Watermark{UIDValidity: w.mark.UIDValidity, LastUID: uint32(uid)}
		progress(w.mark)
	}
	return nil
}

// one downloads, hands on and files one message. A failure to download or
// file it is counted in the watermark; once it has failed FailLimit times
// it is handed on Unfetched with the last error (for the handler to list)
// and not filed, since filing may be what fails: one message a server will
// not serve, or will not let be moved, never stops the watch for good.
// The handler's own errors are not counted: they are not the message's
// fault (Temporal unreachable), and it is offered again.
func (w *watch) one(ctx context.Context, uid imap.UID, handle Handler, progress Progress) error {
	if w.mark.FailedUID == uint32(uid) && w.mark.Failures >= FailLimit {
		w.log.Error("the watch failed on a message too often: handing it on unfetched and leaving it in the folder",
			"uid", uid, "failures", w.mark.Failures, "last_error", w.mark.LastFailure)
		m := Message{UID: uint32(uid), UIDValidity: w.mark.UIDValidity, Unfetched: true, Failure: w.mark.LastFailure}
		if _, err := handle(ctx, m); err != nil {
			return fmt.Errorf("uid %d: %w", uid, err)
		}
		return nil
	}
	m, err := w.fetch(uid)
	if err != nil {
		return w.failed(ctx, uid, err, progress)
	}
	w.handing.Lock()
	defer w.handing.Unlock()
	if ctx.Err() != nil { // ended during the download: not handed on, offered next time
		return ctx.Err()
	}
	// The handler works on even if the watch ends meanwhile (bounded by
	// handTimeout), so what it does is not cut in half.
	hctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), handTimeout)
	defer cancel()
	m.UIDValidity = w.mark.UIDValidity
	verdict, err := handle(hctx, m)
	if err != nil {
		return fmt.Errorf("uid %d: %w", uid, err)
	}
	if err := w.file(uid, verdict); err != nil {
		return w.failed(ctx, uid, err, progress)
	}
	return nil
}

// handTimeout bounds one message's hand-on once the watch has ended.
const handTimeout = 30 * time.Second

// maxFailureText bounds the error carried in the watermark.
const maxFailureText = 512

// failed counts a failure on uid (not one caused by the watch stopping) and
// reports the watermark, so the count survives this connection and, in a
// caller's heartbeat, this process.
func (w *watch) failed(ctx context.Context, uid imap.UID, err error, progress Progress) error {
	if ctx.Err() != nil {
		return err
	}
	if w.mark.FailedUID != uint32(uid) {
		w.mark.FailedUID, w.mark.Failures = uint32(uid), 0
	}
	w.mark.Failures++
	w.mark.LastFailure = err.Error()
	if len(w.mark.LastFailure) > maxFailureText {
		w.mark.LastFailure = w.mark.LastFailure[:maxFailureText]
	}
	progress(w.mark)
	return fmt.Errorf("failure %d of %d on this message: %w", w.mark.Failures, FailLimit, err)
}

// FetchWatchdog is the watchdog of the download of a message of size bytes:
// the ordinary timeout plus the time it takes at rate bytes a second (zero:
// DefaultMinFetchRate).
func FetchWatchdog(timeout time.Duration, size, rate int64) time.Duration {
	if rate <= 0 {
		rate = DefaultMinFetchRate
	}
	return timeout + time.Duration(size)*time.Second/time.Duration(rate)
}

// fetch downloads one message, or only its size when it is over the limit.
// A FETCH that returns nothing is not taken for an expunge: only a search
// that no longer finds the message says it is gone. Were the empty answer
// passing, it is tried again; after fetchAttempts the message is handed on
// Unfetched (listed for a person, left in the folder), so it never blocks
// the mail behind it and is never dropped.
func (w *watch) fetch(uid imap.UID) (Message, error) {
	for attempt := 1; ; attempt++ {
		m, got, err := w.fetchOnce(uid)
		if err != nil || got {
			return m, err
		}
		there, err := w.inFolder(uid)
		if err != nil {
			return Message{}, err
		}
		if !there {
			return Message{UID: uint32(uid)}, nil // expunged meanwhile
		}
		if attempt == fetchAttempts {
			w.log.Warn("the server returns nothing for a message in the folder; handing it on unfetched",
				"uid", uid, "attempts", attempt)
			return Message{UID: uint32(uid), Unfetched: true}, nil
		}
		w.log.Warn("the server returned nothing for a message in the folder; fetching it again",
			"uid", uid, "attempt", attempt)
		time.Sleep(time.Duration(attempt) * 250 * time.Millisecond)
	}
}

// inFolder reports whether a UID search still finds the message.
func (w *watch) inFolder(uid imap.UID) (bool, error) {
	criteria := &imap.SearchCriteria{UID: []imap.UIDSet{imap.UIDSetNum(uid)}}
	data, err := imapconn.Get(w.conn, func() (*imap.SearchData, error) { return w.conn.UIDSearch(criteria, nil).Wait() })
	if err != nil {
		return false, fmt.Errorf("search uid %d: %w", uid, err)
	}
	for _, u := range data.AllUIDs() {
		if u == uid {
			return true, nil
		}
	}
	return false, nil
}

// fetchOnce fetches the message; got is false when the server returned
// nothing for it.
func (w *watch) fetchOnce(uid imap.UID) (m Message, got bool, err error) {
	sizes, err := imapconn.Get(w.conn, func() ([]*imapclient.FetchMessageBuffer, error) {
		opts := &imap.FetchOptions{UID: true, RFC822Size: true, Flags: true, InternalDate: true}
		return w.conn.Fetch(imap.UIDSetNum(uid), opts).Collect()
	})
	if err != nil {
		return Message{}, false, fmt.Errorf("fetch size of uid %d: %w", uid, err)
	}
	m = Message{UID: uint32(uid)}
	var size *imapclient.FetchMessageBuffer
	for _, b := range sizes {
		if b.UID == uid {
			size = b
		}
	}
	if size == nil {
		return m, false, nil
	}
	m.Size, m.Received = size.RFC822Size, size.InternalDate
	for _, f := range size.Flags {
		m.Seen = m.Seen || f == imap.FlagSeen
	}
	if m.Size > w.cfg.MaxMessageBytes {
		m.TooLarge = true
		return m, true, nil
	}
	section := &imap.FetchItemBodySection{Peek: true}
	within := FetchWatchdog(w.conn.Timeout(), m.Size, w.cfg.MinFetchRate)
	msgs, err := imapconn.GetWithin(w.conn, within, func() ([]*imapclient.FetchMessageBuffer, error) {
		opts := &imap.FetchOptions{UID: true, BodySection: []*imap.FetchItemBodySection{section}}
		return w.conn.Fetch(imap.UIDSetNum(uid), opts).Collect()
	})
	if err != nil {
		return Message{}, false, fmt.Errorf("fetch uid %d: %w", uid, err)
	}
	for _, b := range msgs {
		if b.UID == uid {
			m.Raw = b.FindBodySection(section)
			if m.Raw == nil {
				m.Raw = []byte{}
			}
		}
	}
	return m, m.Raw != nil, nil
}

// file does what the verdict asks with the message in the folder.
func (w *watch) file(uid imap.UID, v Verdict) error {
	switch {
	case v == Kept:
		return nil
	case v == Quarantined:
		return w.moveTo(uid, w.cfg.QuarantineFolder)
	case w.cfg.ProcessedFolder != "":
		return w.moveTo(uid, w.cfg.ProcessedFolder)
	default:
		return w.store(uid, imap.FlagSeen)
	}
}

func (w *watch) store(uid imap.UID, flags ...imap.Flag) error {
	err := w.conn.Do(func() error {
		add := &imap.StoreFlags{Op: imap.StoreFlagsAdd, Silent: true, Flags: flags}
		return w.conn.Store(imap.UIDSetNum(uid), add, nil).Close()
	})
	if err != nil {
		return fmt.Errorf("flag uid %d: %w", uid, err)
	}
	return nil
}

// moveTo moves one message, with MOVE where the server has it and with
// COPY, \Deleted and UID EXPUNGE where it does not.
func (w *watch) moveTo(uid imap.UID, folder string) error {
	var err error
	if w.move {
		err = w.conn.Do(func() error { _, err := w.conn.Move(imap.UIDSetNum(uid), folder).Wait(); return err })
	} else {
		err = w.conn.Do(func() error { _, err := w.conn.Copy(imap.UIDSetNum(uid), folder).Wait(); return err })
		if err == nil {
			err = w.store(uid, imap.FlagDeleted)
		}
		if err == nil {
			err = w.conn.Do(func() error { return w.conn.UIDExpunge(imap.UIDSetNum(uid)).Close() })
		}
	}
	if err != nil {
		return fmt.Errorf("move uid %d to %s: %w", uid, folder, err)
	}
	return nil
}

// idle waits for a notification, the refresh interval or the end of ctx.
func (w *watch) idle(ctx context.Context) error {
	cmd, err := imapconn.Get(w.conn, func() (*imapclient.IdleCommand, error) { return w.conn.Idle() })
	if err != nil {
		return fmt.Errorf("idle: %w", err)
	}
	timer := time.NewTimer(w.cfg.Refresh)
	defer timer.Stop()
	select {
	case <-w.notify:
	case <-timer.C:
	case <-ctx.Done():
	case <-w.conn.Closed():
	}
	err = w.conn.Do(func() error {
		if err := cmd.Close(); err != nil {
			return err
		}
		return cmd.Wait()
	})
	if err != nil && ctx.Err() == nil {
		return fmt.Errorf("end idle: %w", err)
	}
	return nil
}

// poll waits without IDLE, then checks the connection with NOOP.
func (w *watch) poll(ctx context.Context) error {
	timer := time.NewTimer(w.cfg.PollInterval)
	defer timer.Stop()
	select {
	case <-timer.C:
	case <-w.notify:
	case <-ctx.Done():
		return nil
	}
	return w.conn.Do(func() error { return w.conn.Noop().Wait() })
}
