package export

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/warroom-dev/warroom/feeds"
	"github.com/warroom-dev/warroom/incidents"
)

var day = time.Date(2026, 3, 14, 0, 0, 0, 0, time.UTC)

func at(hhmmss string) time.Time {
	d, err := time.Parse("15:04:05", hhmmss)
	if err != nil {
		panic(err)
	}
	return day.Add(time.Duration(d.Hour())*time.Hour + time.Duration(d.Minute())*time.Minute + time.Duration(d.Second())*time.Second)
}

type step struct {
	at    string
	draft incidents.Draft
}

var (
	alice  = incidents.Actor{Name: "alice", Role: "comms lead"}
	bob    = incidents.Actor{Name: "bob", Role: "social media"}
	claire = incidents.Actor{Name: "Claire Martin", Role: "legal"}
	bot    = incidents.Actor{Name: "warroom", Role: "alerts"}
)

func ptr(t time.Time) *time.Time { return &t }

// crisisScript is a fixed yoghurt-recall rumour, morning of 14 March 2026.
func crisisScript(drill bool) []step {
	rb := "rumour-response"
	return []step{
		{"09:00:00", incidents.Draft{Incident: "INC-42", Actor: alice, Kind: incidents.KindDeclared, Body: "Rumeur de rappel",
			Data: incidents.DeclaredData{Title: "Rumeur de rappel des yaourts", Severity: incidents.SEV2, Drill: drill, TimeZone: "Europe/Paris"}}},
		{"09:00:05", incidents.Draft{Actor: bot, Source: incidents.SourceAlert, Kind: incidents.KindAlertFired, EventAt: ptr(at("08:52:00")),
			Data: incidents.AlertData{ID: "A1", Rule: "neg-spike", Summary: "negative volume x4 in 10 min", Severity: "high", Value: 4}}},
		{"09:01:00", incidents.Draft{Actor: bob, Kind: incidents.KindAlertAcked, Data: incidents.AlertData{ID: "A1"}}},
		{"09:02:00", incidents.Draft{Actor: alice, Kind: incidents.KindRoleAssigned, Data: incidents.RoleData{Role: "comms lead", Name: "alice"}}},
		{"09:02:30", incidents.Draft{Actor: alice, Kind: incidents.KindRoleAssigned, Data: incidents.RoleData{Role: "legal", Name: "Claire Martin"}}},
		{"09:03:00", incidents.Draft{Actor: alice, Source: incidents.SourceRunbook, Kind: incidents.KindRunbookAttached,
			Data: incidents.RunbookData{ID: rb, Version: "3", SHA256: "ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12", Title: "Rumour response"}}},
		{"09:05:00", incidents.Draft{Actor: bot, Source: incidents.SourceFeed, Kind: incidents.KindFeedSnapshot, Data: incidents.FeedSnapshotData{
			At: at("09:05:00"), RatePerMin: 120, Neg: 80, Neu: 30, Pos: 10, Net: -0.41,
			TopAuthors: []incidents.AuthorStat{{Handle: "influenceuse", Platform: "bluesky", Followers: 250000, Mentions: 3}},
			TopTerms:   []incidents.TermStat{{Term: "rappel", Recent: 140, Lift: 9.5}}}}},
		{"09:06:00", incidents.Draft{Actor: bob, Source: incidents.SourceRunbook, Kind: incidents.KindStepStarted,
			Data: incidents.StepData{Runbook: rb, Step: "ack", Title: "Acknowledge internally", DueAfter: incidents.Duration(10 * time.Minute)}}},
		{"09:09:00", incidents.Draft{Actor: bob, Source: incidents.SourceRunbook, Kind: incidents.KindStepDone,
			Data: incidents.StepData{Runbook: rb, Step: "ack", DueAfter: incidents.Duration(10 * time.Minute)}}},
		{"09:10:00", incidents.Draft{Actor: bob, Kind: incidents.KindMentionPinned, Body: "origin of the rumour", Data: incidents.MentionPinnedData{
			Mention: feeds.Mention{Schema: feeds.Schema, ID: "at://did:plc:x/app.bsky.feed.post/1", Platform: "bluesky",
				Author: feeds.Author{Handle: "influenceuse", Followers: 250000}, Text: "Rappel massif des yaourts ?", CreatedAt: at("08:47:00")},
			RawSHA256: "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", Followers: 250000,
			Metrics: feeds.Metrics{Likes: 1200, Reposts: 430, Replies: 88}, CapturedAt: at("09:10:00")}}},
		{"09:12:00", incidents.Draft{Actor: alice, Kind: incidents.KindDecision, Data: incidents.DecisionData{Runbook: rb, Step: "holding",
			Question: "Publier un message d'attente ?", Answer: "oui", Rationale: "l'influenceuse relaie, 250k abonnés"}}},
		{"09:14:00", incidents.Draft{Actor: bob, Kind: incidents.KindMessageDrafted, Data: incidents.MessageData{ID: "M1", Channel: "bluesky", Holding: true,
			Text: "Nous vérifions les informations qui circulent et reviendrons vers vous d'ici 10h30."}}},
		{"09:18:00", incidents.Draft{Actor: claire, Kind: incidents.KindMessageApproved, Data: incidents.MessageData{ID: "M1"}}},
		{"09:20:00", incidents.Draft{Actor: bob, Kind: incidents.KindMessagePublished, Data: incidents.MessageData{ID: "M1", URL: "https://bsky.app/profile/brand/post/1"}}},
		{"09:20:30", incidents.Draft{Actor: bob, Source: incidents.SourceRunbook, Kind: incidents.KindStepDone,
			Data: incidents.StepData{Runbook: rb, Step: "holding", Title: "Publish a holding statement", DueAfter: incidents.Duration(15 * time.Minute)}}},
		{"09:25:00", incidents.Draft{Actor: bot, Source: incidents.SourceFeed, Kind: incidents.KindFeedSnapshot, Data: incidents.FeedSnapshotData{
			At: at("09:25:00"), RatePerMin: 300, Neg: 200, Neu: 70, Pos: 30, Net: -0.5}}},
		{"09:30:00", incidents.Draft{Actor: alice, Kind: incidents.KindSeverityChanged, Body: "reprise par un média national",
			Data: incidents.SeverityData{Severity: incidents.SEV1}}},
		{"09:31:00", incidents.Draft{Actor: bob, Kind: incidents.KindNote, Body: "Appel qualité : aucun lot concerné <script>alert(1)</script> | à confirmer"}},
		{"09:32:00", incidents.Draft{Actor: bob, Kind: incidents.KindCorrection, Supersedes: 18, Body: "Appel qualité : deux lots en cours de vérification"}},
		{"09:40:00", incidents.Draft{Actor: bot, Source: incidents.SourceFeed, Kind: incidents.KindFeedGap,
			Data: incidents.FeedGapData{Feed: "bluesky", From: at("09:33:00"), To: at("09:38:00"), Reason: "connection reset"}}},
		{"09:45:00", incidents.Draft{Actor: bob, Source: incidents.SourceRunbook, Kind: incidents.KindStepBlocked,
			Data: incidents.StepData{Runbook: rb, Step: "press", Title: "Brief the press office", DueAfter: incidents.Duration(30 * time.Minute), Reason: "waiting for the quality report"}}},
		{"10:00:00", incidents.Draft{Actor: alice, Kind: incidents.KindStatusChanged, Data: incidents.StatusData{Status: incidents.StatusIdentified}}},
		{"10:30:00", incidents.Draft{Actor: bob, Kind: incidents.KindMessageDrafted, Data: incidents.MessageData{ID: "M2", Channel: "bluesky", Text: "Aucun rappel : nos yaourts sont sûrs."}}},
		{"10:35:00", incidents.Draft{Actor: claire, Kind: incidents.KindMessageApproved, Data: incidents.MessageData{ID: "M2"}}},
		{"10:40:00", incidents.Draft{Actor: bob, Kind: incidents.KindMessagePublished, Data: incidents.MessageData{ID: "M2"}}},
		{"10:45:00", incidents.Draft{Actor: bot, Source: incidents.SourceFeed, Kind: incidents.KindFeedSnapshot, Data: incidents.FeedSnapshotData{
			At: at("10:45:00"), RatePerMin: 90, Neg: 40, Neu: 40, Pos: 10, Net: -0.2}}},
		{"11:00:00", incidents.Draft{Actor: alice, Kind: incidents.KindStatusChanged, Data: incidents.StatusData{Status: incidents.StatusMonitoring}}},
		{"11:30:00", incidents.Draft{Actor: alice, Source: incidents.SourceRunbook, Kind: incidents.KindStepSkipped,
			Data: incidents.StepData{Runbook: rb, Step: "press", Reason: "no press inquiry"}}},
		{"11:35:00", incidents.Draft{Actor: alice, Kind: incidents.KindResolved, Body: "la qualité confirme : aucun rappel"}},
	}
}

// crisisJournal writes the script to a journal and returns its entries.
func crisisJournal(t testing.TB, drill bool) []incidents.Entry {
	t.Helper()
	var now time.Time
	j, err := incidents.Open(filepath.Join(t.TempDir(), "crisis.jsonl"), incidents.Options{Clock: func() time.Time { return now }})
	if err != nil {
		t.Fatal(err)
	}
	defer j.Close()
	for _, s := range crisisScript(drill) {
		now = at(s.at)
		if _, err := j.Append(context.Background(), s.draft); err != nil {
			t.Fatalf("%s %s: %v", s.at, s.draft.Kind, err)
		}
	}
	return j.Entries()
}
