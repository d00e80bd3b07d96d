package pipeline

// hashSet is a set of 64-bit hashes in a fixed table, open addressing with
// linear probing, half full at most. Dedupe asks it two or three questions
// per mention; a Go map spent a tenth of the pipeline's time on them, and
// since its keys are already uniform hashes a table indexed by their low bits
// needs no hashing of its own. Clearing it is one memclr.
type hashSet struct {
	slots []uint64 // 0 marks an empty slot; the key 0 is stored as 1
	mask  uint64
	n     int
}

// newHashSet returns a set that holds up to size keys.
func newHashSet(size int) *hashSet {
	slots := 2
	for slots < 2*size {
		slots *= 2
	}
	return &hashSet{slots: make([]uint64, slots), mask: uint64(slots - 1)}
}

// has reports whether k is in the set.
func (s *hashSet) has(k uint64) bool {
	k = max(k, 1)
	for i := k & s.mask; ; i = (i + 1) & s.mask {
		switch s.slots[i] {
		case k:
			return true
		case 0:
			return false
		}
	}
}

// add inserts k; the caller keeps the set at most half full (len < size).
func (s *hashSet) add(k uint64) {
	k = max(k, 1)
	for i := k & s.mask; ; i = (i + 1) & s.mask {
		switch s.slots[i] {
		case k:
			return
		case 0:
			s.slots[i] = k
			s.n++
			return
		}
	}
}

func (s *hashSet) len() int { return s.n }

func (s *hashSet) clear() {
	clear(s.slots)
	s.n = 0
}
