// `npm run bench`: how long yusuan takes, measured, never asserted in tests. For each PDF of the corpus and
// the reference document: `check` (read + all rules) per document and per page, median of several runs in a
// process of its own, CPU time and peak memory; `pdftotext -layout` on the same PDF as the floor for
// reading its text, and the ratio. Writes bench/results.json and prints a table.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const CORPUS = '../shared/corpus/pdf';
const SEED = '../shared/seeds/000_78b1f14d7728d5af.txt';
const SAMPLE = 'data/samples/changji-hrss-2025.json';

interface CheckResult {
  file: string;
  runs: number;
  medianMs: number;
  cpuMsPerRun: number;
  peakRssMb: number;
  pages?: number;
  errors: number;
}

function checkOne(file: string): CheckResult {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/bench-check-one.ts', file, String(RUNS)], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${file}: ${r.stderr.trim().split('\n').at(-1)}`);
  return JSON.parse(r.stdout.trim().split('\n').at(-1)!) as CheckResult;
}

/** pdftotext -layout's median wall time, or undefined without poppler-utils. */
function pdftotext(file: string): number | undefined {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const r = spawnSync('pdftotext', ['-layout', file, '-'], { stdio: ['ignore', 'ignore', 'ignore'] });
    if (r.error || r.status !== 0) return undefined;
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
}

const files = [
  ...(existsSync(CORPUS) ? readdirSync(CORPUS).filter((f) => f.endsWith('.pdf')).sort().map((f) => join(CORPUS, f)) : []),
  ...(existsSync(SEED) ? [SEED] : []),
  SAMPLE,
];
const rows = files.map((file) => {
  const check = checkOne(file);
  const floor = file.endsWith('.pdf') ? pdftotext(file) : undefined;
  return {
    ...check,
    msPerPage: check.pages ? check.medianMs / check.pages : undefined,
    pdftotextMs: floor,
    ratio: floor ? check.medianMs / floor : undefined,
  };
});

mkdirSync('bench', { recursive: true });
const results = { date: new Date().toISOString(), node: process.version, runs: RUNS, check: rows };
writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);

const fmt = (n: number | undefined, d = 0) => (n === undefined ? '—' : n.toFixed(d));
console.log(`check (median of ${RUNS} runs, each document in a process of its own)`);
console.log(['file', 'pages', 'ms', 'ms/page', 'cpu ms', 'peak MB', 'pdftotext ms', '× pdftotext'].join('\t'));
for (const r of rows) {
  console.log([r.file.split('/').at(-1), r.pages ?? '—', fmt(r.medianMs), fmt(r.msPerPage, 1), fmt(r.cpuMsPerRun), fmt(r.peakRssMb), fmt(r.pdftotextMs), fmt(r.ratio, 1)].join('\t'));
}
console.log('written: bench/results.json');
