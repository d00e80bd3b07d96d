package incidents

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"
)

var systemActor = Actor{Name: "warroom", Role: "system"}

// moveTornTail appends the incomplete last line to path+".torn", cuts the
// journal back to its last complete line and returns the system entry that
// records it.
func moveTornTail(path string, s scanned) (Draft, error) {
	torn, err := readFrom(path, s.goodLen)
	if err != nil {
		return Draft{}, fmt.Errorf("read torn tail: %w", err)
	}
	tornPath := path + ".torn"
	if err := appendSynced(tornPath, torn); err != nil {
		return Draft{}, fmt.Errorf("move torn tail aside: %w", err)
	}
	if err := truncateSynced(path, s.goodLen); err != nil {
		return Draft{}, fmt.Errorf("cut torn tail: %w", err)
	}
	sum := sha256.Sum256(torn)
	return Draft{
		Actor: systemActor, Source: SourceSystem, Kind: KindTornTail,
		Body: fmt.Sprintf("recovered an incomplete last line (%d bytes) after seq %d; moved to %s",
			len(torn), s.report.HeadSeq, filepath.Base(tornPath)),
		Data: TornTailData{Bytes: int64(len(torn)), SHA256: hex.EncodeToString(sum[:]),
			MovedTo: filepath.Base(tornPath), AfterSeq: s.report.HeadSeq},
	}, nil
}

// startSegment preserves the broken file, replaces it with its verified
// prefix (byte for byte, so the prefix still verifies) and returns the
// journal.segment entry that references the old head.
func startSegment(path string, s scanned, now time.Time) (Draft, error) {
	data, err := os.ReadFile(path) // a rare path: the whole file is copied anyway
	if err != nil {
		return Draft{}, fmt.Errorf("new segment: %w", err)
	}
	old := path + ".broken-" + now.UTC().Format("20060102T150405.000Z")
	tmp := path + ".segment-tmp"
	// Copy, then rename over: a crash at any point leaves a journal at path.
	if err := writeSynced(old, data); err != nil {
		return Draft{}, fmt.Errorf("new segment: keep old file: %w", err)
	}
	if err := writeSynced(tmp, data[:s.goodLen]); err != nil {
		return Draft{}, fmt.Errorf("new segment: %w", err)
	}
	if err := os.Rename(tmp, path); err != nil {
		return Draft{}, fmt.Errorf("new segment: %w", err)
	}
	if err := syncDir(path); err != nil {
		return Draft{}, err
	}
	sum := sha256.Sum256(data)
	return Draft{
		Actor: systemActor, Source: SourceSystem, Kind: KindSegment,
		Body: fmt.Sprintf("new segment: the chain broke at seq %d (%s); the old file is kept as %s",
			s.report.FirstBadSeq, s.report.Reason, filepath.Base(old)),
		Data: SegmentData{OldPath: filepath.Base(old), OldSHA256: hex.EncodeToString(sum[:]),
			OldHeadSeq: s.lastSeq, OldHeadHash: s.lastHash,
			FirstBadSeq: s.report.FirstBadSeq, Reason: s.report.Reason},
	}, nil
}

// readFrom reads path from offset off to its end.
func readFrom(path string, off int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if _, err := f.Seek(off, io.SeekStart); err != nil {
		return nil, err
	}
	return io.ReadAll(f)
}

func appendSynced(path string, b []byte) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o600)
	if err != nil {
		return err
	}
	return finish(f, b, path)
}

func writeSynced(path string, b []byte) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_TRUNC|os.O_CREATE, 0o600)
	if err != nil {
		return err
	}
	return finish(f, b, path)
}

func finish(f *os.File, b []byte, path string) error {
	_, err := f.Write(b)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = syncDir(path)
	}
	return err
}

func truncateSynced(path string, size int64) error {
	f, err := os.OpenFile(path, os.O_WRONLY, 0)
	if err != nil {
		return err
	}
	err = f.Truncate(size)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

// syncDir makes a created or renamed file's directory entry durable.
func syncDir(path string) error {
	d, err := os.Open(filepath.Dir(path))
	if err != nil {
		return fmt.Errorf("sync directory: %w", err)
	}
	err = d.Sync()
	if cerr := d.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("sync directory of %s: %w", path, err)
	}
	return nil
}
