package incidents

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"syscall"
	"testing"
)

// lines splits a journal file into its lines, newline kept.
func fileLines(t *testing.T, path string) [][]byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return bytes.SplitAfter(b, []byte("\n"))
}

func TestVerifyDetectsTampering(t *testing.T) {
	cases := []struct {
		name    string
		tamper  func(ls [][]byte) [][]byte
		badSeq  int64
		reason  string
		entries int64
	}{
		{"flip a byte", func(ls [][]byte) [][]byte {
			ls[3] = bytes.Replace(ls[3], []byte("note"), []byte("nOte"), 1)
			return ls
		}, 4, "hash mismatch", 3},
		{"delete a line", func(ls [][]byte) [][]byte { return append(ls[:4], ls[5:]...) }, 5, "seq 6 found where 5", 4},
		{"reorder two lines", func(ls [][]byte) [][]byte { ls[2], ls[3] = ls[3], ls[2]; return ls }, 3, "seq 4 found where 3", 2},
		{"edit a timestamp", func(ls [][]byte) [][]byte {
			ls[5] = bytes.Replace(ls[5], []byte(`"recorded_at":"2026-03-14T09:00:0`), []byte(`"recorded_at":"2026-03-14T08:00:0`), 1)
			return ls
		}, 6, "hash mismatch", 5},
		{"truncate mid-line", func(ls [][]byte) [][]byte {
			ls[7] = ls[7][:len(ls[7])/2]
			return ls[:8]
		}, 8, "torn write", 7},
		{"rewrite a hash", func(ls [][]byte) [][]byte {
			var e Entry
			decodeLine(bytes.TrimSuffix(ls[2], []byte("\n")), &e)
			e.Body = "forged"
			line, _, _ := encodeLine(e)
			ls[2] = line
			return ls
		}, 4, "prev_hash does not match", 3},
		{"garbage line", func(ls [][]byte) [][]byte { ls[1] = []byte("{oops}\n"); return ls }, 2, "not a journal entry", 1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			path := writeJournal(t, 8)
			ls := c.tamper(fileLines(t, path))
			if err := os.WriteFile(path, bytes.Join(ls, nil), 0o600); err != nil {
				t.Fatal(err)
			}
			r, err := Verify(path)
			if err != nil {
				t.Fatal(err)
			}
			if r.OK || r.FirstBadSeq != c.badSeq || !strings.Contains(r.Reason, c.reason) || r.Entries != c.entries {
				t.Fatalf("report %+v, want first bad seq %d (%s)", r, c.badSeq, c.reason)
			}
			if !strings.Contains(r.String(), "first bad seq") {
				t.Fatalf("verdict %q", r.String())
			}
			assertStreamingAgrees(t, path)
		})
	}
}

func TestOpenRefusesBrokenJournal(t *testing.T) {
	path := writeJournal(t, 4)
	ls := fileLines(t, path)
	os.WriteFile(path, bytes.Join(append(ls[:2], ls[3:]...), nil), 0o600)
	_, err := Open(path, testOptions())
	var be *BrokenError
	if !errors.As(err, &be) || be.Report.FirstBadSeq != 3 {
		t.Fatalf("open broken journal: %v", err)
	}
	// The lock is released on refusal.
	if _, err := Open(path, testOptions()); !errors.As(err, &be) {
		t.Fatalf("second attempt: %v", err)
	}
}

func TestNewSegmentReferencesOldHead(t *testing.T) {
	path := writeJournal(t, 4)
	ls := fileLines(t, path)
	var oldHead Entry
	decodeLine(bytes.TrimSuffix(ls[4], []byte("\n")), &oldHead)
	ls[2] = bytes.Replace(ls[2], []byte("note"), []byte("NOTE"), 1)
	tampered := bytes.Join(ls, nil)
	os.WriteFile(path, tampered, 0o600)

	opts := testOptions()
	opts.NewSegment = true
	j, err := Open(path, opts)
	if err != nil {
		t.Fatal(err)
	}
	es := j.Entries()
	seg := es[len(es)-1]
	var d SegmentData
	if err := seg.Decode(&d); err != nil {
		t.Fatal(err)
	}
	if seg.Kind != KindSegment || seg.Seq != 3 || d.FirstBadSeq != 3 || d.OldHeadSeq != 5 || d.OldHeadHash != oldHead.Hash {
		t.Fatalf("segment entry %+v data %+v", seg, d)
	}
	mustAppend(t, j, Draft{Kind: KindNote, Body: "carry on"})
	j.Close()
	if r, _ := Verify(path); !r.OK || r.HeadSeq != 4 {
		t.Fatalf("new segment does not verify: %+v", r)
	}
	kept, err := os.ReadFile(filepath.Join(filepath.Dir(path), d.OldPath))
	if err != nil || !bytes.Equal(kept, tampered) {
		t.Fatalf("old file not kept intact: %v", err)
	}
}

func TestTornTailRecovered(t *testing.T) {
	path := writeJournal(t, 3)
	ls := fileLines(t, path)
	torn := ls[3][:20]
	os.WriteFile(path, append(bytes.Join(ls[:3], nil), torn...), 0o600)
	if r, _ := Verify(path); !r.Torn || r.FirstBadSeq != 4 {
		t.Fatalf("verify torn: %+v", r)
	}
	j, err := Open(path, testOptions())
	if err != nil {
		t.Fatal(err)
	}
	es := j.Entries()
	last := es[len(es)-1]
	var d TornTailData
	last.Decode(&d)
	if last.Seq != 4 || last.Kind != KindTornTail || last.Source != SourceSystem || d.Bytes != 20 || d.AfterSeq != 3 {
		t.Fatalf("torn entry %+v %+v", last, d)
	}
	j.Close()
	got, _ := os.ReadFile(path + ".torn")
	if !bytes.Equal(got, torn) {
		t.Fatalf(".torn holds %q, want %q", got, torn)
	}
	if fi, _ := os.Stat(path + ".torn"); fi.Mode().Perm() != 0o600 {
		t.Fatalf(".torn mode %v", fi.Mode().Perm())
	}
	if r, _ := Verify(path); !r.OK {
		t.Fatalf("after recovery: %+v", r)
	}
}

// fullDisk accepts budget bytes, then writes part of the next buffer and
// fails with ENOSPC, as a filling disk does.
type fullDisk struct {
	File
	budget int
}

func (f *fullDisk) Write(b []byte) (int, error) {
	if len(b) <= f.budget {
		f.budget -= len(b)
		return f.File.Write(b)
	}
	n, _ := f.File.Write(b[:f.budget])
	f.budget = 0
	return n, &os.PathError{Op: "write", Path: "journal", Err: syscall.ENOSPC}
}

func TestFullDiskNothingAcknowledged(t *testing.T) {
	path := writeJournal(t, 2)
	disk := &fullDisk{}
	opts := testOptions()
	opts.WrapFile = func(f File) File { disk.File = f; return disk }
	j, err := Open(path, opts)
	if err != nil {
		t.Fatal(err)
	}
	defer j.Close()
	disk.budget = 10
	e, err := j.Append(context.Background(), Draft{Kind: KindNote, Body: "lost"})
	if err == nil || !strings.Contains(err.Error(), "no space left") || !strings.Contains(err.Error(), "not recorded") || e.Seq != 0 {
		t.Fatalf("append on full disk = %+v, %v", e, err)
	}
	if n := len(j.Entries()); n != 3 {
		t.Fatalf("%d entries after failed append, want 3", n)
	}
	if r, _ := Verify(path); !r.OK || r.HeadSeq != 3 {
		t.Fatalf("journal after failed write: %+v", r)
	}
	disk.budget = 1 << 20 // space freed
	if e := mustAppend(t, j, Draft{Kind: KindNote, Body: "space again"}); e.Seq != 4 {
		t.Fatalf("seq after recovery %d", e.Seq)
	}
	if r, _ := Verify(path); !r.OK || r.HeadSeq != 4 {
		t.Fatalf("journal after recovery: %+v", r)
	}
}

// failingSync reports an I/O error on fsync, as a dying disk does.
type failingSync struct{ File }

func (failingSync) Sync() error { return &os.PathError{Op: "fsync", Path: "journal", Err: syscall.EIO} }

func TestFsyncFailureStopsTheJournal(t *testing.T) {
	path := writeJournal(t, 1)
	opts := testOptions()
	opts.WrapFile = func(f File) File { return failingSync{f} }
	j, err := Open(path, opts)
	if err != nil {
		t.Fatal(err)
	}
	defer j.Close()
	if _, err := j.Append(context.Background(), Draft{Kind: KindNote, Body: "x"}); err == nil || !strings.Contains(err.Error(), "fsync failed, entry not recorded") {
		t.Fatalf("first append: %v", err)
	}
	if _, err := j.Append(context.Background(), Draft{Kind: KindNote, Body: "y"}); err == nil || !strings.Contains(err.Error(), "reopen it") {
		t.Fatalf("append after a failed fsync: %v", err)
	}
	if n := len(j.Entries()); n != 2 {
		t.Fatalf("%d entries acknowledged, want 2", n)
	}
}

// assertStreamingAgrees checks that verifying in chunks small enough to cut
// lines anywhere gives the report of the whole-file scan.
func assertStreamingAgrees(t *testing.T, path string) {
	t.Helper()
	data, _ := os.ReadFile(path)
	whole := scan(data)
	want := whole.report
	for _, chunk := range []int{1, 97, 700, 1 << 20} {
		got, err := verifyStream(bytes.NewReader(data), chunk)
		if err != nil || got != want {
			t.Fatalf("chunk %d: streaming verify %+v, whole-file scan %+v (%v)", chunk, got, want, err)
		}
		kept, err := scanStream(bytes.NewReader(data), chunk, true, 0)
		if err != nil || !reflect.DeepEqual(kept, whole) {
			t.Fatalf("chunk %d: streaming load %+v\nwhole-file scan %+v (%v)", chunk, kept, whole, err)
		}
	}
}
