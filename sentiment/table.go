package sentiment

// table indexes a lexicon's keys for lookups that neither hash twice nor
// allocate: an open-addressing table of (hash, entry) pairs whose keys sit
// back to back in one arena, behind a membership filter small enough to stay
// in the CPU cache, so that most absent words ("the", "le", "@user") cost a
// hash and one bit test. It is filled while the model is built and only read
// afterwards.
type table struct {
	slots  []slot   // power-of-two size, at most half full
	keys   []keyRef // per entry: its key in arena
	arena  []byte
	filter *[filterBits / 64]uint64 // an array: its index needs no bounds check
}

type slot struct {
	hash uint32
	ent  int32 // entry index + 1; 0 marks an empty slot
}

type keyRef struct{ off, n uint32 }

// filterBits sizes the membership filter: 2^17 bits, 16 KiB.
const filterBits = 1 << 17

func newTable() table {
	return table{slots: make([]slot, 1<<14), filter: new([filterBits / 64]uint64)}
}

// FNV-1a, 32 bits.
const (
	fnvBasis = 2166136261
	fnvPrime = 16777619
)

// fnv32 is the FNV-1a hash of b.
func fnv32(b []byte) uint32 { return fnvBytes(fnvBasis, b) }

// fnvBytes continues hash h over b.
func fnvBytes(h uint32, b []byte) uint32 {
	for _, c := range b {
		h = (h ^ uint32(c)) * fnvPrime
	}
	return h
}

// fnvByte continues hash h over c.
func fnvByte(h uint32, c byte) uint32 { return (h ^ uint32(c)) * fnvPrime }

// filterBit spreads h over the filter with other bits than the slot index.
func filterBit(h uint32) uint32 { return (h * 0x9E3779B1) >> (32 - 17) }

// key returns entry ent's key.
func (t *table) key(ent int32) []byte { k := t.keys[ent]; return t.arena[k.off : k.off+k.n] }

// find returns the entry index of key, or -1.
func (t *table) find(key []byte) int32 { return t.findHashed(key, fnv32(key)) }

// findHashed is find for a key whose hash h is known.
func (t *table) findHashed(key []byte, h uint32) int32 {
	if !t.mayHold(h) {
		return -1
	}
	return t.probe(h, key)
}

// mayHold is the membership filter's test.
func (t *table) mayHold(h uint32) bool {
	f := filterBit(h)
	return t.filter[f>>6]&(1<<(f&63)) != 0
}

// probe returns the entry index of key, whose hash is h, or -1.
func (t *table) probe(h uint32, key []byte) int32 {
	mask := uint32(len(t.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		s := t.slots[i]
		if s.ent == 0 {
			return -1
		}
		if s.hash == h {
			k := t.keys[s.ent-1]
			if string(t.arena[k.off:k.off+k.n]) == string(key) {
				return s.ent - 1
			}
		}
	}
}

// add records key, absent so far, as entry ent (the next entry index).
func (t *table) add(key string, ent int32) {
	t.keys = append(t.keys, keyRef{uint32(len(t.arena)), uint32(len(key))})
	t.arena = append(t.arena, key...)
	if 2*len(t.keys) > len(t.slots) {
		t.grow()
	}
	t.place(fnv32([]byte(key)), ent)
}

func (t *table) place(h uint32, ent int32) {
	f := filterBit(h)
	t.filter[f>>6] |= 1 << (f & 63)
	mask := uint32(len(t.slots) - 1)
	i := h & mask
	for t.slots[i].ent != 0 {
		i = (i + 1) & mask
	}
	t.slots[i] = slot{h, ent + 1}
}

// grow doubles the slots and places every entry again.
func (t *table) grow() {
	old := t.slots
	t.slots = make([]slot, 2*len(old))
	for _, s := range old {
		if s.ent != 0 {
			t.place(s.hash, s.ent-1)
		}
	}
}
