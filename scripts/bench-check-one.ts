// One document's check, timed inside its own process: read (PDF, text or prepared JSON) and check, several
// runs; prints the median wall time, CPU time of all runs and the process's peak memory as one JSON line.
import { performance } from 'node:perf_hooks';
import { checkDocument } from '../src/check/check.ts';
import { documentFromDisclosure } from '../src/check/from-disclosure.ts';
import { documentFromPdf } from '../src/ingest/pdf/pdf-document.ts';
import { readTextDocument } from '../src/ingest/text/read-text.ts';
import { readDisclosureFile } from '../src/model/io.ts';

const [file, runsArg] = process.argv.slice(2);
if (!file) throw new Error('usage: bench-check-one <file> [runs]');
const runs = Number(runsArg ?? 3);

async function once(): Promise<{ pages?: number; errors: number }> {
  const doc = /\.pdf$/i.test(file!)
    ? await documentFromPdf(file!)
    : /\.txt$/i.test(file!)
      ? await readTextDocument(file!)
      : documentFromDisclosure(await readDisclosureFile(file!), { path: file! });
  const report = checkDocument(doc);
  return { ...(doc.meta.pages !== undefined ? { pages: doc.meta.pages } : {}), errors: report.summary.errors };
}

const times: number[] = [];
let last: { pages?: number; errors: number } = { errors: 0 };
const cpu0 = process.cpuUsage();
for (let i = 0; i < runs; i++) {
  const t0 = performance.now();
  last = await once();
  times.push(performance.now() - t0);
}
const cpu = process.cpuUsage(cpu0);
times.sort((a, b) => a - b);
console.log(
  JSON.stringify({
    file,
    runs,
    medianMs: times[Math.floor(times.length / 2)],
    firstMs: times[0],
    cpuMsPerRun: (cpu.user + cpu.system) / 1000 / runs,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    ...last,
  }),
);
