package feeds

import "testing"

func TestBoundedMapForgetsOldest(t *testing.T) {
	b := newBoundedMap[string, int](3)
	for i, k := range []string{"a", "b", "c", "a", "d"} {
		b.put(k, i)
	}
	if b.len() != 3 {
		t.Fatalf("len = %d", b.len())
	}
	if _, ok := b.get("a"); ok {
		t.Error("a should be forgotten: it is the oldest even though it was put again")
	}
	for k, want := range map[string]int{"b": 1, "c": 2, "d": 4} {
		if v, ok := b.get(k); !ok || v != want {
			t.Errorf("%s = %d, %v; want %d", k, v, ok, want)
		}
	}
}
