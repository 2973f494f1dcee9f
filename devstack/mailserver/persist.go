package mailserver

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/emersion/go-imap/v2"
)

// keep writes a delivered message to disk before it is filed, so what a
// client saw is what a restart loads back. The file name's number keeps
// delivery order; its modification time is the arrival time.
func (s *Server) keep(user string, msg []byte, at time.Time) error {
	if s.dir == "" {
		return nil
	}
	dir := filepath.Join(s.dir, user)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("mailserver: keep mail for %s: %w", user, err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	n, err := countMessages(dir)
	if err != nil {
		return err
	}
	path := filepath.Join(dir, fmt.Sprintf("%010d.eml", n+1))
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, msg, 0o600); err != nil {
		return fmt.Errorf("mailserver: keep mail for %s: %w", user, err)
	}
	// Where the time cannot be set the file keeps its write time, a moment
	// after the arrival, as its arrival time after a restart; the order is
	// the file name's.
	_ = os.Chtimes(tmp, at, at)
	if err := os.Rename(tmp, path); err != nil {
		return fmt.Errorf("mailserver: keep mail for %s: %w", user, err)
	}
	return nil
}

func countMessages(dir string) (int, error) {
	entries, err := os.ReadDir(dir)
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		return 0, err
	}
	n := 0
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".eml") {
			n++
		}
	}
	return n, nil
}

// load files every kept message back into its mailbox, in delivery order.
func (s *Server) load() error {
	if s.dir == "" {
		return nil
	}
	users, err := os.ReadDir(s.dir)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("mailserver: read %s: %w", s.dir, err)
	}
	total := 0
	for _, ue := range users {
		if !ue.IsDir() {
			continue
		}
		u, err := s.ensureUser(ue.Name())
		if err != nil {
			return err
		}
		dir := filepath.Join(s.dir, ue.Name())
		files, err := os.ReadDir(dir)
		if err != nil {
			return err
		}
		sort.Slice(files, func(i, j int) bool { return files[i].Name() < files[j].Name() })
		for _, f := range files {
			if !strings.HasSuffix(f.Name(), ".eml") {
				continue
			}
			raw, err := os.ReadFile(filepath.Join(dir, f.Name()))
			if err != nil {
				return err
			}
			at := time.Now()
			if info, err := f.Info(); err == nil {
				at = info.ModTime()
			}
			if _, err := s.appendIndexed(u, ue.Name(), "INBOX", raw, &imap.AppendOptions{Time: at}); err != nil {
				return fmt.Errorf("mailserver: load %s: %w", f.Name(), err)
			}
			total++
		}
	}
	s.log.Info("dev mailboxes loaded", "dir", s.dir, "messages", total)
	return nil
}
