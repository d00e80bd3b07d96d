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
	data, err := os.ReadFile(path)
	if err != nil {
		return Report{Path: path}, fmt.Errorf("verify %s: %w", path, err)
	}
	r := scan(data).report
	r.Path = path
	return r, nil
}

// String is the one-line verdict `warroom verify` prints.
func (r Report) String() string {
	if r.OK {
		return fmt.Sprintf("%s: intact, %d entries, head seq %d %s", r.Path, r.Entries, r.HeadSeq, r.HeadHash)
	}
	return fmt.Sprintf("%s:%d: first bad seq %d: %s (%d entries verify before it)",
		r.Path, r.Line, r.FirstBadSeq, r.Reason, r.Entries)
}
