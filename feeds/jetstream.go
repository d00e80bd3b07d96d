package feeds

import (
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"sync/atomic"
	"time"
)

// Jetstream speaks Bluesky's Jetstream /subscribe wire: one JSON event per
// text frame, "commit" events carrying app.bsky.feed.post records, "identity"
// and "account" events that we ignore. time_us is the cursor: a reconnect
// resumes a few seconds before the last processed event and drops whatever
// it has already seen, so every post is counted once and nothing the server
// still holds is lost.
type Jetstream struct {
	// last is the time_us of the last processed event (0: none yet).
	last atomic.Int64
	// rewind is how far before last a resume starts, to cover events in
	// flight when the connection broke.
	rewind time.Duration
	// ev is Decode's scratch event: Decode runs on the connection's one
	// reader goroutine, and an event the JSON library would otherwise
	// allocate every frame is reused.
	ev jetstreamEvent
}

// JetstreamRewind is the default resume margin.
const JetstreamRewind = 5 * time.Second

const (
	jetstreamCollection = "app.bsky.feed.post"
	blueskyPlatform     = "bluesky"
)

// NewJetstream returns an adapter that resumes rewind before the last event
// on reconnect (JetstreamRewind if rewind <= 0).
func NewJetstream(rewind time.Duration) *Jetstream {
	if rewind <= 0 {
		rewind = JetstreamRewind
	}
	return &Jetstream{rewind: rewind}
}

func (*Jetstream) Kind() string { return "jetstream" }

// Dial adds wantedCollections (repeated key, as Jetstream expects; keys the
// base already has, such as wantedDids, are kept) and the resume cursor.
// Compressed mode is refused: it needs Jetstream's zstd dictionary.
func (j *Jetstream) Dial(base string) (string, http.Header, error) {
	u, err := url.Parse(base)
	if err != nil {
		return "", nil, fmt.Errorf("jetstream url: %w", err)
	}
	if u.Path == "" || u.Path == "/" {
		u.Path = "/subscribe"
	}
	q := u.Query()
	if c := q.Get("compress"); c != "" && c != "false" {
		return "", nil, fmt.Errorf("jetstream url: compress=%s is not supported (zstd frames); %w", c, ErrTerminal)
	}
	if !hasValue(q["wantedCollections"], jetstreamCollection) {
		q.Add("wantedCollections", jetstreamCollection)
	}
	// A cursor in the configured URL (a backfill) serves the first
	// connection only; after that we resume from what we processed.
	if last := j.last.Load(); last > 0 {
		q.Set("cursor", strconv.FormatInt(last-j.rewind.Microseconds(), 10))
	}
	u.RawQuery = q.Encode()
	return u.String(), nil, nil
}

func hasValue(vs []string, v string) bool {
	for _, x := range vs {
		if x == v {
			return true
		}
	}
	return false
}

// Hello sends nothing: the subscription is in the URL.
func (*Jetstream) Hello() ([][]byte, error) { return nil, nil }

// Replayable is true once a cursor is known: Jetstream replays from it.
func (j *Jetstream) Replayable() bool { return j.last.Load() > 0 }

// Cursor is the time_us of the last processed event.
func (j *Jetstream) Cursor() string {
	if last := j.last.Load(); last > 0 {
		return strconv.FormatInt(last, 10)
	}
	return ""
}
