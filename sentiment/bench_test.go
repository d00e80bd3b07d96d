package sentiment

import (
	"path/filepath"
	"runtime"
	"testing"
)

// benchTexts returns texts to score: UMSAB tweets when the shared data is
// there, else a few built-in posts (so the benchmark always runs).
func benchTexts(b *testing.B, set string) []string {
	b.Helper()
	if _, err := filepath.Abs(evalDir); err == nil {
		if texts := tryLines(filepath.Join(evalDir, set, "test_text.txt")); len(texts) > 0 {
			return texts
		}
	}
	if set == "umsab_fr" {
		return []string{
			"Franchement c'est pas terrible, le SAV ne répond jamais #arnaque",
			"J'adore ce produit, vraiment top 😍",
			"Panne générale chez l'opérateur depuis ce matin, c'est n'importe quoi",
			"Pas mal du tout la nouvelle version !",
		}
	}
	return []string{
		"The new update is not bad at all, really love it :)",
		"Worst customer service EVER. Still waiting for my refund!!!",
		"Outage again? This is a joke #fail",
		"Kind of disappointed but the staff were nice",
	}
}

func benchScore(b *testing.B, set, lang string) {
	texts := benchTexts(b, set)
	s := Default().NewScorer()
	for _, t := range texts {
		s.Score(t, lang) // grow the buffers
	}
	b.ReportAllocs()
	measure(b, func(i int) { s.Score(texts[i%len(texts)], lang) })
}

// measure runs one text per iteration on a locked OS thread and reports
// texts/s by the wall clock and by the thread's CPU time.
func measure(b *testing.B, score func(i int)) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	cpu0, ok := threadCPU()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		score(i)
	}
	b.StopTimer()
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "texts/s")
	if cpu1, ok1 := threadCPU(); ok && ok1 && cpu1 > cpu0 {
		b.ReportMetric(float64(b.N)/(cpu1-cpu0).Seconds(), "texts/cpu-s")
	}
}

func BenchmarkScoreEnglish(b *testing.B)       { benchScore(b, "umsab_en", English) }
func BenchmarkScoreFrench(b *testing.B)        { benchScore(b, "umsab_fr", French) }
func BenchmarkScoreEnglishDetect(b *testing.B) { benchScore(b, "umsab_en", "auto") }
func BenchmarkScoreFrenchDetect(b *testing.B)  { benchScore(b, "umsab_fr", "auto") }

// BenchmarkDefault is the cost of building the model (once per process).
func BenchmarkDefault(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		Default()
	}
}
