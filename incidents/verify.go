package incidents

import (
	"fmt"
	"io"
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
//
// Verify streams the file in chunks and keeps no entry, so its memory does
// not grow with the journal.
func Verify(path string) (Report, error) {
	f, err := os.Open(path)
	if err != nil {
		return Report{Path: path}, fmt.Errorf("verify %s: %w", path, err)
	}
	defer f.Close()
	r, err := verifyStream(f, verifyChunk)
	r.Path = path
	if err != nil {
		return r, fmt.Errorf("verify %s: %w", path, err)
	}
	return r, nil
}

// verifyChunk is how much of the file is decoded at a time.
const verifyChunk = 16 << 20

func verifyStream(rd io.Reader, chunk int) (Report, error) {
	s, err := scanStream(rd, chunk, false, 0)
	return s.report, err
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
	s, err := readJournal(path)
	if err != nil {
		return nil, Report{Path: path}, fmt.Errorf("read %s: %w", path, err)
	}
	return s.entries, s.report, nil
}

// readJournal streams the journal at path through scanStream, keeping its
// entries; a missing file reads as an empty journal for callers that check
// os.ErrNotExist themselves.
func readJournal(path string) (scanned, error) {
	f, err := os.Open(path)
	if err != nil {
		return scanned{report: Report{Path: path, OK: true}}, err
	}
	defer f.Close()
	var size int64
	if fi, err := f.Stat(); err == nil {
		size = fi.Size()
	}
	s, err := scanStream(f, verifyChunk, true, size)
	s.report.Path = path
	return s, err
}
