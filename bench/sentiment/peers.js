// Measures the npm peers of warroom's sentiment engine on the shared
// evaluation data, with the metrics of sentiment/eval_test.go:
// Pearson r and the VADER paper's weighted F1 on the four VADER sets,
// macro-F1 on UMSAB-fr and UMSAB-en test, and texts/s on one core.
// Usage: npm install && node peers.js [EVAL_DIR]   (default ../../../shared/eval/sentiment)
'use strict';
const fs = require('fs');
const path = require('path');
const Sentiment = require('sentiment');
const vader = require('vader-sentiment');

const evalDir = process.argv[2] || path.resolve(__dirname, '../../../shared/eval/sentiment');
if (!fs.existsSync(evalDir)) {
  console.error(`evaluation data ${evalDir} absent: nothing to measure`);
  process.exit(0);
}

const afinn = new Sentiment();
// Each peer maps a text to a compound-like score in -1..1 (for r) and a
// class 0 neg / 1 neu / 2 pos (VADER's +/-0.05 bounds; AFINN: sign of its score).
const peers = {
  'npm sentiment 5.0.2 (AFINN-165)': (t) => {
    const r = afinn.analyze(t);
    return { score: r.score, cls: r.score > 0 ? 2 : r.score < 0 ? 0 : 1 };
  },
  'npm vader-sentiment 1.1.3': (t) => {
    const c = vader.SentimentIntensityAnalyzer.polarity_scores(t).compound;
    return { score: c, cls: c >= 0.05 ? 2 : c <= -0.05 ? 0 : 1 };
  },
};

const lines = (f) => fs.readFileSync(f, 'utf8').replace(/\n$/, '').split('\n');

function readVader(name) {
  return lines(path.join(evalDir, 'vader', name)).map((l) => {
    const [, rating, text] = l.replace(/\r$/, '').split('\t');
    return { text, rating: parseFloat(rating) };
  });
}

function pearson(xs, ys) {
  const n = xs.length;
  const mx = xs.reduce((a, b) => a + b) / n;
  const my = ys.reduce((a, b) => a + b) / n;
  let sxy = 0, sxx = 0, syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = xs[i] - mx, dy = ys[i] - my;
    sxy += dx * dy; sxx += dx * dx; syy += dy * dy;
  }
  return sxy / Math.sqrt(sxx * syy);
}

function perClass(gold, pred) {
  const tp = [0, 0, 0], fp = [0, 0, 0], fn = [0, 0, 0], sup = [0, 0, 0];
  gold.forEach((g, i) => {
    sup[g]++;
    if (g === pred[i]) tp[g]++; else { fp[pred[i]]++; fn[g]++; }
  });
  const f1 = tp.map((t, c) => (2 * t + fp[c] + fn[c] ? (2 * t) / (2 * t + fp[c] + fn[c]) : 0));
  return { f1, sup };
}
const weightedF1 = (g, p) => { const { f1, sup } = perClass(g, p); return f1.reduce((a, f, c) => a + f * sup[c], 0) / g.length; };
const macroF1 = (g, p) => perClass(g, p).f1.reduce((a, b) => a + b) / 3;

// speed returns texts per wall-second and per CPU-second of this process
// (the machine may be shared: the CPU figure is the steadier one).
function speed(fn, texts, seconds) {
  for (const t of texts) fn(t); // warm up
  let n = 0;
  const start = process.hrtime.bigint();
  const cpu0 = process.cpuUsage();
  const limit = BigInt(Math.round(seconds * 1e9));
  while (process.hrtime.bigint() - start < limit) {
    for (const t of texts) fn(t);
    n += texts.length;
  }
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  const cpu = process.cpuUsage(cpu0);
  return `${Math.round(n / wall)} texts/s, ${Math.round(n / ((cpu.user + cpu.system) / 1e6))} texts/cpu-s`;
}

const vaderSets = ['tweets', 'movieReviewSnippets', 'amazonReviewSnippets', 'nytEditorialSnippets'];
for (const [name, fn] of Object.entries(peers)) {
  const out = [name];
  for (const set of vaderSets) {
    const items = readVader(`${set}_GroundTruth.txt`);
    const res = items.map((it) => fn(it.text));
    const gold = items.map((it) => (it.rating > 0 ? 2 : it.rating < 0 ? 0 : 1));
    out.push(`${set} r=${pearson(res.map((r) => r.score), items.map((it) => it.rating)).toFixed(3)} F1=${weightedF1(gold, res.map((r) => r.cls)).toFixed(3)}`);
  }
  for (const set of ['umsab_fr', 'umsab_en']) {
    const texts = lines(path.join(evalDir, set, 'test_text.txt'));
    const gold = lines(path.join(evalDir, set, 'test_labels.txt')).map(Number);
    out.push(`${set} test macro-F1=${macroF1(gold, texts.map((t) => fn(t).cls)).toFixed(3)}`);
    out.push(`${set} ${speed(fn, texts, 3)}`);
  }
  console.log(out.join('\n  '));
}
