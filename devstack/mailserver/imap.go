package mailserver

import (
	"bytes"
	"strings"
	"sync"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapserver"
	"github.com/emersion/go-imap/v2/imapserver/imapmemserver"
	"github.com/emersion/go-sasl"
)

// newIMAPSession is imapserver's NewSession hook. It counts the session so
// Close can wait for it, and refuses new ones once Close has begun.
func (s *Server) newIMAPSession(*imapserver.Conn) (imapserver.Session, *imapserver.GreetingData, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return nil, nil, &imap.Error{Type: imap.StatusResponseTypeBye, Text: "Server shutting down"}
	}
	s.sessions.Add(1)
	n := s.open.Add(1)
	for m := s.mostOpen.Load(); n > m && !s.mostOpen.CompareAndSwap(m, n); m = s.mostOpen.Load() {
	}
	return &imapSession{srv: s}, nil, nil
}

// Logins is the number of successful IMAP logins (LOGIN or AUTHENTICATE)
// since Start, so tests can see how often a client logs in.
func (s *Server) Logins() int64 { return s.logins.Load() }

// MostOpen is the largest number of IMAP connections open at once since
// Start, as a server's per-user connection limit would count them.
func (s *Server) MostOpen() int64 { return s.mostOpen.Load() }

// imapSession is imapmemserver's session with our users (logins are
// case-insensitive addresses) and a reliable IDLE.
//
// imapmemserver's own IDLE only reacts to updates queued after it starts
// waiting and never sends what was already pending, so a message that
// arrives between SELECT (or the end of the previous command) and IDLE, or
// just as IDLE starts, is not announced until some later change. Our Idle
// sends pending updates first, then again after every change, using the
// server-wide change signal that every mutation below raises.
type imapSession struct {
	*imapmemserver.UserSession // nil until LOGIN succeeds

	srv      *Server
	user     *imapmemserver.User // set with UserSession
	userName string
	selected string         // the selected folder, "" when none
	idling   sync.WaitGroup // an Idle call still running
}

var (
	_ imapserver.SessionIMAP4rev2   = (*imapSession)(nil)
	_ imapserver.SessionAppendLimit = (*imapSession)(nil)
	_ imapserver.SessionSASL        = (*imapSession)(nil)
)

func (s *imapSession) Login(username, password string) error {
	u := s.srv.authenticate(username, password)
	if u == nil {
		return imapserver.ErrAuthFailed
	}
	s.loggedIn(u, username)
	return nil
}

func (s *imapSession) loggedIn(u *imapmemserver.User, login string) {
	s.UserSession = imapmemserver.NewUserSession(u)
	s.user, s.userName = u, strings.ToLower(login)
	s.srv.logins.Add(1)
}

// AuthenticateMechanisms offers PLAIN (the password) and XOAUTH2 (a token
// set with Server.SetToken). Once a session offers its own mechanisms,
// imapserver no longer handles PLAIN itself, hence both here.
func (s *imapSession) AuthenticateMechanisms() []string {
	return []string{sasl.Plain, mechXOAUTH2}
}

// Authenticate runs one AUTHENTICATE exchange.
func (s *imapSession) Authenticate(mech string) (sasl.Server, error) {
	switch mech {
	case sasl.Plain:
		return sasl.NewPlainServer(func(identity, username, password string) error {
			if identity != "" && !strings.EqualFold(identity, username) {
				return imapserver.ErrAuthFailed
			}
			return s.Login(username, password)
		}), nil
	case mechXOAUTH2:
		return newXOAUTH2Server(func(username, token string) bool {
			u := s.srv.authenticateToken(username, token)
			if u != nil {
				s.loggedIn(u, username)
			}
			return u != nil
		}, imapserver.ErrAuthFailed), nil
	}
	return nil, &imap.Error{Type: imap.StatusResponseTypeNo, Text: "SASL mechanism not supported"}
}

func (s *imapSession) Close() error {
	// imapserver does not wait for Idle when the connection drops; wait
	// here so Server.Close's wait covers it. It returns promptly: its stop
	// channel is closed before the connection handler ends.
	s.idling.Wait()
	err := s.UserSession.Close() // safe on nil: never logged in
	s.srv.open.Add(-1)
	s.srv.sessions.Done()
	return err
}

// AppendLimit makes imapserver refuse and advertise (APPENDLIMIT) the same
// size limit SMTP enforces.
func (s *imapSession) AppendLimit() uint32 { return maxMessageBytes }

func (s *imapSession) Idle(w *imapserver.UpdateWriter, stop <-chan struct{}) error {
	s.idling.Add(1)
	defer s.idling.Done()
	for {
		changed := s.srv.changes() // before Poll, so no change slips between
		if err := s.Poll(w, true); err != nil {
			return err
		}
		select {
		case <-stop:
			return nil
		case <-changed:
		}
	}
}

// The methods below may queue updates for other sessions (EXISTS, EXPUNGE,
// FETCH FLAGS); each wakes the idling ones afterwards.

func (s *imapSession) Append(mailbox string, r imap.LiteralReader,
	options *imap.AppendOptions) (*imap.AppendData, error) {
	defer s.srv.notifyChanged()
	var buf bytes.Buffer
	if _, err := buf.ReadFrom(r); err != nil {
		return nil, err
	}
	return s.srv.appendIndexed(s.user, s.userName, mailbox, buf.Bytes(), options)
}

func (s *imapSession) Select(mailbox string, options *imap.SelectOptions) (*imap.SelectData, error) {
	data, err := s.UserSession.Select(mailbox, options)
	s.selected = ""
	if err == nil {
		s.selected = mailbox
	}
	return data, err
}

func (s *imapSession) Unselect() error {
	s.selected = ""
	return s.UserSession.Unselect()
}

func (s *imapSession) Copy(numSet imap.NumSet, dest string) (*imap.CopyData, error) {
	defer s.srv.notifyChanged()
	return s.UserSession.Copy(numSet, dest)
}

func (s *imapSession) Move(w *imapserver.MoveWriter, numSet imap.NumSet, dest string) error {
	defer s.srv.notifyChanged()
	return s.UserSession.Move(w, numSet, dest)
}

func (s *imapSession) Expunge(w *imapserver.ExpungeWriter, uids *imap.UIDSet) error {
	defer s.srv.notifyChanged()
	return s.UserSession.Expunge(w, uids)
}

func (s *imapSession) Store(w *imapserver.FetchWriter, numSet imap.NumSet, flags *imap.StoreFlags,
	options *imap.StoreOptions) error {
	defer s.srv.notifyChanged()
	return s.UserSession.Store(w, numSet, flags, options)
}

// Fetch can set \Seen (a non-PEEK body fetch).
func (s *imapSession) Fetch(w *imapserver.FetchWriter, numSet imap.NumSet, options *imap.FetchOptions) error {
	if fetchSetsSeen(options) {
		defer s.srv.notifyChanged()
	}
	return s.UserSession.Fetch(w, numSet, options)
}

func fetchSetsSeen(options *imap.FetchOptions) bool {
	for _, bs := range options.BodySection {
		if !bs.Peek {
			return true
		}
	}
	return false
}
