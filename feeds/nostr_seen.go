package feeds

// boundedMap remembers at most size keys, forgetting the oldest first. The
// nostr adapter keeps the event ids it has seen in one; the mastodon adapter
// maps local status ids to their URIs. Memory stays flat however long a
// feed runs.
type boundedMap[K comparable, V any] struct {
	m    map[K]V
	ring []K
	next int
}

func newBoundedMap[K comparable, V any](size int) *boundedMap[K, V] {
	return &boundedMap[K, V]{m: make(map[K]V, size), ring: make([]K, 0, size)}
}

// put stores k (an existing key keeps its age).
func (b *boundedMap[K, V]) put(k K, v V) {
	if _, ok := b.m[k]; ok {
		b.m[k] = v
		return
	}
	if len(b.ring) < cap(b.ring) {
		b.ring = append(b.ring, k)
	} else {
		delete(b.m, b.ring[b.next])
		b.ring[b.next] = k
		b.next = (b.next + 1) % len(b.ring)
	}
	b.m[k] = v
}

func (b *boundedMap[K, V]) get(k K) (V, bool) {
	v, ok := b.m[k]
	return v, ok
}

func (b *boundedMap[K, V]) len() int { return len(b.m) }
