package trust

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"net"
	"os"
	"strings"
)

// StaticTXT answers TXT look-ups from a fixed table (name -> records) and
// says "no such host" for every other name. Tests use it, and closed setups
// (the compose mail profile) that have no DNS for their dev domain.
type StaticTXT map[string][]string

// LookupTXT implements Resolver.
func (s StaticTXT) LookupTXT(_ context.Context, name string) ([]string, error) {
	if recs, ok := s[strings.ToLower(strings.TrimSuffix(name, "."))]; ok {
		return recs, nil
	}
	return nil, &net.DNSError{Err: "no such host in the static TXT table", Name: name, IsNotFound: true}
}

// LoadStaticTXT reads a table of TXT records: one "<name> <record>" per
// line, # comments; a name may appear on several lines.
func LoadStaticTXT(path string) (StaticTXT, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("DKIM TXT table: %w", err)
	}
	table := StaticTXT{}
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(nil, 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		name, record, ok := strings.Cut(line, " ")
		if !ok || strings.TrimSpace(record) == "" {
			return nil, fmt.Errorf("%s:%d: want \"<name> <record>\"", path, n)
		}
		name = strings.ToLower(strings.TrimSuffix(name, "."))
		table[name] = append(table[name], strings.TrimSpace(record))
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return table, nil
}
