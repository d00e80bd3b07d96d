package feeds

import (
	"reflect"
	"strings"
	"testing"
	"time"
)

const goodTime = `"created_at":"2026-03-01T10:00:00Z"`

func TestDecodeNativeRejects(t *testing.T) {
	cases := []struct {
		name, frame string
		kept        int
		reasons     []string
	}{
		{"object", `{"id":"a","text":"t",` + goodTime + `}`, 1, nil},
		{"leading whitespace", "\n {\"id\":\"a\",\"text\":\"t\"," + goodTime + `}`, 1, nil},
		{"empty array", `[]`, 0, nil},
		{"empty frame", ``, 0, []string{RejectMalformedJSON}},
		{"truncated", `{"id":"a","te`, 0, []string{RejectMalformedJSON}},
		{"trailing garbage", `{"id":"a","text":"t",` + goodTime + `} x`, 0, []string{RejectMalformedJSON}},
		{"truncated array", `[{"id":"a"`, 0, []string{RejectMalformedJSON}},
		{"number root", `42`, 0, []string{RejectWrongType}},
		{"null root", `null`, 0, []string{RejectWrongType}},
		{"garbage root", `hello`, 0, []string{RejectMalformedJSON}},
		{"id not a string", `{"id":1,"text":"t",` + goodTime + `}`, 0, []string{RejectWrongType}},
		{"followers not a number", `{"id":"a","text":"t",` + goodTime + `,"author":{"followers":"many"}}`, 0, []string{RejectWrongType}},
		{"topics not strings", `{"id":"a","text":"t",` + goodTime + `,"topics":[1]}`, 0, []string{RejectWrongType}},
		{"created_at a number", `{"id":"a","text":"t","created_at":17}`, 0, []string{RejectWrongType}},
		{"created_at not RFC 3339", `{"id":"a","text":"t","created_at":"01/03/2026"}`, 0, []string{RejectBadTime}},
		{"empty object", `{}`, 0, []string{RejectMissingID}},
		{"no text", `{"id":"a",` + goodTime + `}`, 0, []string{RejectMissingText}},
		{"delete needs no text", `{"id":"a","op":"delete",` + goodTime + `}`, 1, nil},
		{"unknown op", `{"id":"a","op":"zap","text":"t",` + goodTime + `}`, 0, []string{RejectUnknownOp}},
		{"no created_at", `{"id":"a","text":"t"}`, 0, []string{RejectMissingTime}},
		{"invalid utf8", "{\"id\":\"a\",\"text\":\"\xc3\x28\"," + goodTime + `}`, 0, []string{RejectInvalidUTF8}},
		{"observed_at ignored even if bad", `{"id":"a","text":"t",` + goodTime + `,"observed_at":"soon"}`, 1, nil},
		{"batch keeps good elements", `[{"id":"a","text":"t",` + goodTime + `},{"id":2},null,{},{"id":"b","text":"t",` + goodTime + `}]`,
			2, []string{RejectWrongType, RejectWrongType, RejectMissingID}},
		{"batch with a bad time", `[{"id":"a","text":"t","created_at":"x"},{"id":"b","text":"t",` + goodTime + `}]`,
			1, []string{RejectBadTime}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := DecodeNative([]byte(c.frame), nil)
			var reasons []string
			if !EachReject(err, func(r string) { reasons = append(reasons, r) }) {
				t.Fatalf("error %v is not a reject", err)
			}
			if len(got) != c.kept || !reflect.DeepEqual(reasons, c.reasons) {
				t.Errorf("kept %d rejects %v (%v), want %d %v", len(got), reasons, err, c.kept, c.reasons)
			}
		})
	}
}

func TestDecodeNativeFields(t *testing.T) {
	frame := `{"id":"bluesky:x","op":"update","platform":"bluesky","url":"https://u","text":"salut",` +
		`"author":{"id":"did:x","handle":"h","name":"N","followers":12},"lang":"fr",` +
		`"created_at":"2026-03-01T11:00:00.5+01:00","metrics":{"likes":1,"reposts":2,"replies":3},` +
		`"sentiment":{"score":-0.5,"label":"neg","model":"m"},"topics":["brand"],"reply_to":"r","quotes":"q","unknown":{"x":[1]}}`
	got, err := DecodeNative([]byte(frame), nil)
	if err != nil {
		t.Fatal(err)
	}
	want := &Mention{
		ID: "bluesky:x", Op: OpUpdate, Platform: "bluesky", URL: "https://u", Text: "salut",
		Author: Author{ID: "did:x", Handle: "h", Name: "N", Followers: 12}, Lang: "fr",
		Metrics: Metrics{Likes: 1, Reposts: 2, Replies: 3}, Sentiment: &Sentiment{Score: -0.5, Label: Negative, Model: "m"},
		Topics: []string{"brand"}, ReplyTo: "r", Quotes: "q",
	}
	m := got[0]
	if !m.CreatedAt.Equal(time.Date(2026, 3, 1, 10, 0, 0, 5e8, time.UTC)) {
		t.Errorf("created_at %v", m.CreatedAt)
	}
	m.CreatedAt = time.Time{}
	if !reflect.DeepEqual(m, want) {
		t.Errorf("got  %+v\nwant %+v", m, want)
	}
}

// TestDecodeLibrariesAgree guards the choice of JSON library: the fast one
// must decode the native wire exactly as encoding/json does.
func TestDecodeLibrariesAgree(t *testing.T) {
	frame := benchFrame(20)
	fast, err1 := nativeDecoder{decodeJSON}.decode(frame, nil)
	std, err2 := nativeDecoder{unmarshalJSON}.decode(frame, nil)
	if err1 != nil || err2 != nil || !reflect.DeepEqual(fast, std) {
		t.Fatalf("libraries disagree: %v %v", err1, err2)
	}
	bad := []byte(strings.Replace(string(frame), `"followers":340`, `"followers":"340"`, 1))
	_, err1 = nativeDecoder{decodeJSON}.decode(bad, nil)
	_, err2 = nativeDecoder{unmarshalJSON}.decode(bad, nil)
	if err1 == nil || err1.Error()[:10] != err2.Error()[:10] {
		t.Errorf("rejects differ: %v / %v", err1, err2)
	}
}
