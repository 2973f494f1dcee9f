package mailserver

import (
	"bytes"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapserver"
	"github.com/emersion/go-imap/v2/imapserver/imapmemserver"
	gomessage "github.com/emersion/go-message"
	"github.com/emersion/go-message/mail"
)

// imapmemserver answers SEARCH by parsing every message of the folder,
// under the folder's lock. certflow searches its Sent folder by Message-ID
// before every send, so with tens of thousands of copies each search took
// long enough to stall every session of the mailbox. idIndex knows, per
// folder, which UIDs carry which Message-ID, so such a search looks at
// those messages alone.
//
// The index only narrows: the search still runs in imapmemserver, limited
// to the candidate UIDs, so it answers exactly what a full search would.
// It is used only for a folder where it saw every message arrive: UIDs are
// handed out in order, so when it saw as many appends as UIDNEXT-1, no
// message is missing from it. A message that came another way (COPY, MOVE)
// or a renamed folder leaves it short, and the search falls back to the
// full scan.
type idIndex struct {
	mu      sync.Mutex
	folders map[string]*folderIndex // by user, folder and UIDVALIDITY
}

type folderIndex struct {
	seen int                   // appends seen: UIDs 1..seen, if complete
	ids  map[string][]imap.UID // "<msg-id>" in lower case -> UIDs
}

func folderKey(user, folder string, uidValidity uint32) string {
	return user + "\x00" + strings.ToUpper(folder) + "\x00" + strconv.FormatUint(uint64(uidValidity), 10)
}

// add records that raw was appended to folder as uid.
func (x *idIndex) add(user, folder string, data *imap.AppendData, raw []byte) {
	keys := messageIDKeys(raw)
	x.mu.Lock()
	defer x.mu.Unlock()
	if x.folders == nil {
		x.folders = map[string]*folderIndex{}
	}
	k := folderKey(user, folder, data.UIDValidity)
	f := x.folders[k]
	if f == nil {
		f = &folderIndex{ids: map[string][]imap.UID{}}
		x.folders[k] = f
	}
	f.seen++
	for _, id := range keys {
		f.ids[id] = append(f.ids[id], data.UID)
	}
}

// candidates returns the UIDs that may carry pattern in folder, and false
// when the index cannot tell (it has not seen every message).
func (x *idIndex) candidates(u *imapmemserver.User, user, folder, pattern string) (imap.UIDSet, bool) {
	st, err := u.Status(folder, &imap.StatusOptions{UIDNext: true, UIDValidity: true})
	if err != nil {
		return nil, false
	}
	x.mu.Lock()
	defer x.mu.Unlock()
	f := x.folders[folderKey(user, folder, st.UIDValidity)]
	// Read after Status: an append done since only makes seen larger than
	// what Status saw, which fails the check and falls back.
	if f == nil || uint32(f.seen) != uint32(st.UIDNext)-1 {
		return nil, false
	}
	var set imap.UIDSet
	for _, uid := range f.ids[strings.ToLower(pattern)] {
		set.AddNum(uid)
	}
	if set == nil {
		set = imap.UIDSet{} // matches nothing
	}
	return set, true
}

// messageIDKeys returns every "<...>" in raw's Message-ID fields, in lower
// case, read the way imapmemserver reads them for SEARCH HEADER (so that
// any field it would match by substring is under that key).
func messageIDKeys(raw []byte) []string {
	r, _ := gomessage.Read(bytes.NewReader(raw))
	if r == nil {
		return nil
	}
	header := mail.Header{Header: r.Header}
	fields := header.FieldsByKey("Message-Id")
	var keys []string
	for fields.Next() {
		v, _ := fields.Text()
		v = strings.ToLower(v)
		for {
			i := strings.IndexByte(v, '<')
			if i < 0 {
				break
			}
			j := strings.IndexByte(v[i:], '>')
			if j < 0 {
				break
			}
			keys = append(keys, v[i:i+j+1])
			v = v[i+1:]
		}
	}
	return keys
}

// indexedPattern returns the Message-ID a search asks for when that is all
// it asks (besides dates and UID ranges), as "<id>", or "".
func indexedPattern(criteria *imap.SearchCriteria) string {
	rest := *criteria
	rest.Header, rest.UID, rest.Since, rest.Before = nil, nil, time.Time{}, time.Time{}
	if len(criteria.Header) != 1 || !strings.EqualFold(criteria.Header[0].Key, "Message-ID") ||
		!reflect.DeepEqual(rest, imap.SearchCriteria{}) {
		return ""
	}
	v := criteria.Header[0].Value
	if len(v) < 3 || v[0] != '<' || v[len(v)-1] != '>' || strings.ContainsAny(v[1:len(v)-1], "<>") {
		return ""
	}
	return v
}

// Search narrows a search by Message-ID to the UIDs the index names (see
// idIndex); any other search runs as imapmemserver runs it.
func (s *imapSession) Search(kind imapserver.NumKind, criteria *imap.SearchCriteria,
	options *imap.SearchOptions) (*imap.SearchData, error) {
	if pattern := indexedPattern(criteria); pattern != "" && s.selected != "" && !options.ReturnSave {
		if uids, ok := s.srv.index.candidates(s.user, s.userName, s.selected, pattern); ok {
			narrowed := *criteria
			narrowed.UID = append(slices.Clip(criteria.UID), uids) // and: every set must hold the UID
			return s.UserSession.Search(kind, &narrowed, options)
		}
	}
	return s.UserSession.Search(kind, criteria, options)
}
