package incidents

import (
	"fmt"
	"os"
)

// Verify checks a journal without taking its lock or changing it: every
// line's hash, the seq sequence, the prev_hash chain and the time order. A
// broken chain is reported in Report (OK false, FirstBadSeq, Reason); the
// error is for a file that cannot be read at all.
//
// The chain makes every edit, deletion, insertion or reordering evident;
// removing whole entries from the end is evident only against a head
// recorded elsewhere (an export manifest, say).
func Verify(path string) (Report, error) {
	_, r, err := Read(path)
	return r, err
}

// String is the one-line verdict `warroom verify` prints.
func (r Report) String() string {
	if r.OK {
		return fmt.Sprintf("%s: intact, %d entries, head seq %d %s", r.Path, r.Entries, r.HeadSeq, r.HeadHash)
	}
	return fmt.Sprintf("%s:%d: first bad seq %d: %s (%d entries verify before it)",
		r.Path, r.Line, r.FirstBadSeq, r.Reason, r.Entries)
}

// Read loads a journal without locking it: the entries that verify, and
// the report on the rest. The error is for a file that cannot be read.
func Read(path string) ([]Entry, Report, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, Report{Path: path}, fmt.Errorf("read %s: %w", path, err)
	}
	s := scan(data)
	s.report.Path = path
	return s.entries, s.report, nil
}
