package feeds

import (
	"errors"
	"strings"
)

// Rejects is what Decode returns, alongside the mentions it kept, when some
// elements of a batch frame were refused: the client keeps the mentions and
// counts every reject. One bad post must not cost its whole batch.
type Rejects []*RejectError

func (r Rejects) Error() string {
	parts := make([]string, 0, min(len(r), 3))
	for i, e := range r {
		if i == 3 {
			parts = append(parts, "...")
			break
		}
		parts = append(parts, e.Error())
	}
	return strings.Join(parts, "; ")
}

// EachReject calls fn with the reason of every reject err carries: one for a
// *RejectError, one per element for Rejects, none for a nil or other error.
// It reports whether err was made of rejects only (nil counts as true).
func EachReject(err error, fn func(reason string)) bool {
	if err == nil {
		return true
	}
	var many Rejects
	if errors.As(err, &many) {
		for _, e := range many {
			fn(e.Reason)
		}
		return true
	}
	var one *RejectError
	if errors.As(err, &one) {
		fn(one.Reason)
		return true
	}
	return false
}
