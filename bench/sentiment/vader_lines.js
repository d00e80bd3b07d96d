// Prints npm vader-sentiment's compound score of each stdin line, one per
// line, in order: the reference for comparing warroom's English rules with
// VADER's text by text (see BENCHMARKS.md, Sentiment).
// Usage: node vader_lines.js < texts.txt
'use strict';
const vader = require('vader-sentiment');

const input = require('fs').readFileSync(0, 'utf8').replace(/\n$/, '');
const out = input.split('\n').map((t) => vader.SentimentIntensityAnalyzer.polarity_scores(t).compound.toFixed(4));
process.stdout.write(out.join('\n') + '\n');
