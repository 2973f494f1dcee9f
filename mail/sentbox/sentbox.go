// Package sentbox keeps certflow's copies of what it sent in an IMAP folder
// and answers whether a message with a given Message-ID is already there.
// Searching before sending and storing after is what lets a retried send
// step recognise that its mail already went out.
package sentbox

import (
	"errors"
	"fmt"
	"time"

	"github.com/emersion/go-imap/v2"

	"github.com/certflow/certflow/mail/imapconn"
)

// Box is one Sent folder.
type Box struct {
	Conn   imapconn.Config
	Folder string
}

// Session is an open connection to the folder.
type Session struct {
	box  Box
	conn *imapconn.Conn
}

// Open connects and makes sure the folder exists.
func (b Box) Open() (*Session, error) {
	conn, err := imapconn.Dial(b.Conn, nil)
	if err != nil {
		return nil, err
	}
	err = conn.Do(func() error { return conn.Create(b.Folder, nil).Wait() })
	var imapErr *imap.Error
	if err != nil && !(errors.As(err, &imapErr) && imapErr.Type == imap.StatusResponseTypeNo) {
		conn.Close()
		return nil, fmt.Errorf("create folder %s: %w", b.Folder, err)
	}
	return &Session{box: b, conn: conn}, nil
}

// Close ends the session.
func (s *Session) Close() error { return s.conn.Close() }

// Contains reports whether a message with messageID (without angle
// brackets) is in the folder.
func (s *Session) Contains(messageID string) (bool, error) {
	if _, err := imapconn.Get(s.conn, func() (*imap.SelectData, error) {
		return s.conn.Select(s.box.Folder, &imap.SelectOptions{ReadOnly: true}).Wait()
	}); err != nil {
		return false, fmt.Errorf("select %s: %w", s.box.Folder, err)
	}
	criteria := &imap.SearchCriteria{Header: []imap.SearchCriteriaHeaderField{{Key: "Message-ID", Value: "<" + messageID + ">"}}}
	data, err := imapconn.Get(s.conn, func() (*imap.SearchData, error) { return s.conn.UIDSearch(criteria, nil).Wait() })
	if err != nil {
		return false, fmt.Errorf("search %s for %s: %w", s.box.Folder, messageID, err)
	}
	return len(data.AllUIDs()) > 0, nil
}

// Store appends raw to the folder, flagged \Seen.
func (s *Session) Store(raw []byte) error {
	err := s.conn.Do(func() error {
		cmd := s.conn.Append(s.box.Folder, int64(len(raw)), &imap.AppendOptions{Flags: []imap.Flag{imap.FlagSeen}, Time: time.Now()})
		if _, err := cmd.Write(raw); err != nil {
			cmd.Close()
			return err
		}
		if err := cmd.Close(); err != nil {
			return err
		}
		_, err := cmd.Wait()
		return err
	})
	if err != nil {
		return fmt.Errorf("keep a copy in %s: %w", s.box.Folder, err)
	}
	return nil
}
