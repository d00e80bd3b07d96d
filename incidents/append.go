package incidents

import (
	"context"
	"errors"
	"fmt"
	"strconv"

	"github.com/warroom-dev/warroom/sanitize"
)

// maxBatch bounds one group commit, so one fsync never waits on an
// unbounded write.
const maxBatch = 1024

// Append writes d and returns the entry once it is on disk (written and
// fsynced). Concurrent appends share one write and one fsync. ctx is only
// honoured while the entry waits to be queued: once queued its outcome is
// always reported.
func (j *Journal) Append(ctx context.Context, d Draft) (Entry, error) {
	if d.Kind == "" {
		return Entry{}, errors.New("append: draft has no kind")
	}
	if !d.Kind.Known() {
		return Entry{}, fmt.Errorf("append: unknown kind %q", d.Kind)
	}
	if d.Source == "" {
		d.Source = SourceOperator
	}
	if !d.Source.Known() {
		return Entry{}, fmt.Errorf("append %s: unknown source %q", d.Kind, d.Source)
	}
	if d.Actor.Name == "" {
		d.Actor = j.opts.Actor
	}
	// The journal is where operator and bot text enters the record: it is
	// sanitized here, once, like a feed's posts at ingestion, so that no
	// reader of the journal (the TUI, log show) can be handed an escape.
	d.Body = sanitize.Lines(d.Body, maxBody)
	d.Actor = Actor{Name: sanitize.Text(d.Actor.Name, maxName), Role: sanitize.Text(d.Actor.Role, maxName)}
	safe, err := sanitizedData(d.Data)
	if err != nil {
		return Entry{}, fmt.Errorf("append %s: %w", d.Kind, err)
	}
	data, err := canonicalData(safe)
	if err != nil {
		return Entry{}, fmt.Errorf("append %s: %w", d.Kind, err)
	}
	r := &appendReq{draft: d, data: data, res: make(chan appendRes, 1)}
	select {
	case j.reqs <- r:
	case <-j.stop:
		return Entry{}, ErrClosed
	case <-ctx.Done():
		return Entry{}, ctx.Err()
	}
	select {
	case res := <-r.res:
		return res.entry, res.err
	case <-j.done:
		select {
		case res := <-r.res:
			return res.entry, res.err
		default:
			return Entry{}, ErrClosed
		}
	}
}

// writer is the only goroutine that writes the file.
func (j *Journal) writer() {
	defer close(j.done)
	for {
		select {
		case r := <-j.reqs:
			j.commit(j.gather(r))
		case <-j.stop:
			for {
				select {
				case r := <-j.reqs:
					j.commit(j.gather(r))
				default:
					return
				}
			}
		}
	}
}

// gather takes first and whatever else is already queued.
func (j *Journal) gather(first *appendReq) []*appendReq {
	batch := []*appendReq{first}
	for len(batch) < maxBatch {
		select {
		case r := <-j.reqs:
			batch = append(batch, r)
		default:
			return batch
		}
	}
	return batch
}

// commit writes a batch with one write and one fsync. On any failure no
// entry of the batch is acknowledged and the file is cut back to its size
// before the batch; if even that fails the journal refuses further appends.
func (j *Journal) commit(batch []*appendReq) {
	if j.failed != nil {
		replyAll(batch, j.failed)
		return
	}
	h := j.head
	now := j.opts.Clock()
	var buf []byte
	var ok []*appendReq
	var built []Entry
	for _, r := range batch {
		e, line, err := h.next(r.draft, r.data, now)
		if err != nil {
			r.res <- appendRes{err: err}
			continue
		}
		buf = append(buf, line...)
		ok, built = append(ok, r), append(built, e)
	}
	if len(ok) == 0 {
		return
	}
	if err := j.writeSync(buf); err != nil {
		replyAll(ok, err)
		return
	}
	j.head = h
	j.mu.Lock()
	j.entries = append(j.entries, built...)
	j.mu.Unlock()
	for i, r := range ok {
		r.res <- appendRes{entry: built[i]}
	}
}

func (j *Journal) writeSync(buf []byte) error {
	n, err := j.f.Write(buf)
	if err == nil && n < len(buf) {
		err = fmt.Errorf("short write (%d of %d bytes)", n, len(buf))
	}
	if err == nil {
		if err = j.f.Sync(); err != nil {
			// After a failed fsync the page cache cannot be trusted: stop.
			j.failed = fmt.Errorf("journal %s: fsync failed earlier, reopen it: %w", j.path, err)
			return fmt.Errorf("journal %s: fsync failed, entry not recorded: %w", j.path, err)
		}
		j.size += int64(len(buf))
		return nil
	}
	werr := fmt.Errorf("journal %s: write failed, entry not recorded: %w", j.path, err)
	if terr := j.f.Truncate(j.size); terr != nil {
		j.failed = fmt.Errorf("journal %s: could not undo a failed write, reopen it: %w", j.path, terr)
		return errors.Join(werr, j.failed)
	}
	return werr
}

func replyAll(batch []*appendReq, err error) {
	for _, r := range batch {
		r.res <- appendRes{err: err}
	}
}

func entryID(incident string, seq int64) string {
	if incident == "" {
		incident = "journal"
	}
	return incident + "#" + strconv.FormatInt(seq, 10)
}
