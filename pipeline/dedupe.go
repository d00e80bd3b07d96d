package pipeline

import (
	"hash/maphash"

	"github.com/warroom-dev/warroom/feeds"
)

// Dedupe remembers recently seen mention keys in bounded memory: two
// generations of 64-bit hashes, the older dropped whole when the newer
// fills. It remembers at least genSize and at most 2*genSize keys, so a
// duplicate is caught as long as fewer than genSize other mentions came in
// between (about 5 s at 50,000/s, hours at crisis rates of a few per
// second). A 64-bit hash makes a false duplicate about as likely as a disk
// error; storing hashes, not ids, keeps memory flat (8 MiB for the room's
// generations).
type Dedupe struct {
	// One seed per op keeps a create and a delete of the same id apart
	// without hashing the op: maphash.String on the id alone is the
	// fast path for the creates that make up nearly every mention.
	create, update, remove maphash.Seed
	genSize                int
	cur, old               *hashSet
}

// DefaultDedupeSize is the generation size used by the room.
const DefaultDedupeSize = 1 << 18

// NewDedupe returns a Dedupe with generations of genSize keys.
func NewDedupe(genSize int) *Dedupe {
	return &Dedupe{create: maphash.MakeSeed(), update: maphash.MakeSeed(), remove: maphash.MakeSeed(), genSize: genSize,
		cur: newHashSet(genSize), old: newHashSet(genSize)}
}

// Seen records m's key and reports whether it was already there. The key is
// the id for a create; an update is new when its text is, and a delete is
// seen once, so that an edit or a deletion is not mistaken for a resend of
// the original post.
func (d *Dedupe) Seen(m *feeds.Mention) bool {
	k := d.key(m)
	if d.cur.has(k) || d.old.has(k) {
		return true
	}
	if d.cur.len() >= d.genSize {
		d.old, d.cur = d.cur, d.old
		d.cur.clear()
	}
	d.cur.add(k)
	return false
}

// key hashes what makes m new: its id, and for an edit its text too.
func (d *Dedupe) key(m *feeds.Mention) uint64 {
	switch m.Op {
	case feeds.OpDelete:
		return maphash.String(d.remove, m.ID)
	case feeds.OpUpdate:
		var h maphash.Hash
		h.SetSeed(d.update)
		h.WriteString(m.ID)
		h.WriteByte(0)
		h.WriteString(m.Text)
		return h.Sum64()
	}
	return maphash.String(d.create, m.ID)
}
