// Measures the npm peers on warroom's held-out crisis posts
// (sentiment/testdata/crisis_posts_{en,fr}.tsv: label<TAB>crisis<TAB>text),
// with the figures TestCrisisPosts logs for our engine and govader:
// accuracy and macro-F1 over neg/neu/pos.
// Usage: node crisis_posts.js
'use strict';
const fs = require('fs');
const path = require('path');
const Sentiment = require('sentiment');
const vader = require('vader-sentiment');

const afinn = new Sentiment();
const CLASS = { neg: 0, neu: 1, pos: 2 };
const peers = {
  'npm sentiment 5.0.2 (AFINN-165)': (t) => Math.sign(afinn.analyze(t).score) + 1,
  'npm vader-sentiment 1.1.3': (t) => {
    const c = vader.SentimentIntensityAnalyzer.polarity_scores(t).compound;
    return c >= 0.05 ? 2 : c <= -0.05 ? 0 : 1;
  },
};

function readPosts(lang) {
  const file = path.resolve(__dirname, '../../sentiment/testdata', `crisis_posts_${lang}.tsv`);
  return fs.readFileSync(file, 'utf8').split('\n')
    .filter((l) => l !== '' && !l.startsWith('#'))
    .map((l, i) => {
      const [label, , text] = l.split('\t');
      if (!(label in CLASS) || text === undefined) throw new Error(`${file}: bad post ${i + 1}: ${l}`);
      return { gold: CLASS[label], text };
    });
}

function figures(posts, classify) {
  const tp = [0, 0, 0], fp = [0, 0, 0], fn = [0, 0, 0];
  let hits = 0;
  for (const p of posts) {
    const c = classify(p.text);
    if (c === p.gold) { hits++; tp[c]++; } else { fp[c]++; fn[p.gold]++; }
  }
  const f1 = tp.map((t, c) => (t === 0 ? 0 : (2 * t) / (2 * t + fp[c] + fn[c])));
  return { acc: hits / posts.length, f1: (f1[0] + f1[1] + f1[2]) / 3 };
}

for (const lang of ['en', 'fr']) {
  const posts = readPosts(lang);
  for (const [name, classify] of Object.entries(peers)) {
    const { acc, f1 } = figures(posts, classify);
    console.log(`${lang}: ${name}: ${posts.length} posts, accuracy ${acc.toFixed(3)}, macro-F1 ${f1.toFixed(3)}`);
  }
}
