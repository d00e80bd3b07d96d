package sentiment

import (
	"path/filepath"
	"testing"

	"github.com/jonreiter/govader"
	"github.com/warroom-dev/warroom/feeds"
)

// The Go peer, github.com/jonreiter/govader, measured in the same run as
// our engine for BENCHMARKS.md (the npm peers are in bench/sentiment).

// govaderScorer adapts govader to the evaluation helpers.
type govaderScorer struct {
	a *govader.SentimentIntensityAnalyzer
}

func (g govaderScorer) compound(text string) float64 { return g.a.PolarityScores(text).Compound }

// classify is govader's label at VADER's +/-0.05, as classOfLabel orders it.
func (g govaderScorer) classify(text string) int {
	return classOfLabel(feeds.LabelFor(g.compound(text)))
}

func TestPeerGovaderFigures(t *testing.T) {
	needEval(t)
	if testing.Short() {
		t.Skip("peer figures: not in -short")
	}
	g := govaderScorer{govader.NewSentimentIntensityAnalyzer()}
	for _, name := range vaderSets {
		set := readVADER(t, name)
		xs, ys := make([]float64, len(set)), make([]float64, len(set))
		gold, pred := make([]int, len(set)), make([]int, len(set))
		for i, it := range set {
			c := g.compound(it.text)
			xs[i], ys[i] = c, it.rating
			gold[i], pred[i] = classOfRating(it.rating), classOfLabel(feeds.LabelFor(c))
		}
		t.Logf("govader VADER %-40s r=%.3f paperF1=%.3f", name, pearson(xs, ys), weightedF1(gold, pred))
	}
	for _, set := range []string{"umsab_fr", "umsab_en"} {
		texts := readLines(t, filepath.Join(evalDir, set, "test_text.txt"))
		labels := readLines(t, filepath.Join(evalDir, set, "test_labels.txt"))
		gold, pred := make([]int, len(texts)), make([]int, len(texts))
		for i := range texts {
			gold[i] = int(labels[i][0] - '0')
			pred[i] = classOfLabel(feeds.LabelFor(g.compound(texts[i])))
		}
		t.Logf("govader %s test macro-F1=%.3f", set, macroF1(gold, pred))
	}
}

func benchGovader(b *testing.B, set string) {
	texts := benchTexts(b, set)
	g := govaderScorer{govader.NewSentimentIntensityAnalyzer()}
	b.ReportAllocs()
	measure(b, func(i int) { g.compound(texts[i%len(texts)]) })
}

func BenchmarkPeerGovaderEnglish(b *testing.B) { benchGovader(b, "umsab_en") }
func BenchmarkPeerGovaderFrench(b *testing.B)  { benchGovader(b, "umsab_fr") }
