// `--max-bytes`, `--max-pages` and `--timeout` of `check` and `parse`: the limits on each PDF read
// (src/ingest/pdf/limits.ts), from the command line. A bad value is a usage error naming the option.
import { PDF_LIMITS, type PdfLimits } from '../ingest/pdf/limits.ts';
import { CliError } from './cli-error.ts';

export const PDF_LIMIT_OPTIONS = {
  'max-bytes': { type: 'string' },
  'max-pages': { type: 'string' },
  timeout: { type: 'string' },
} as const;

const BYTE_UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, kb: 1024, m: 1024 ** 2, mb: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3 };

/** "64MB", "500k", "1048576" → bytes. */
function bytes(text: string): number | undefined {
  const m = /^(\d+)\s*([a-z]*)$/i.exec(text.trim());
  const unit = m ? BYTE_UNITS[m[2]!.toLowerCase()] : undefined;
  return m && unit !== undefined ? Number(m[1]) * unit : undefined;
}

/** "120", "120s", "2m", "500ms" → milliseconds (a bare number is seconds). */
function millis(text: string): number | undefined {
  const m = /^(\d+)\s*(ms|s|m)?$/i.exec(text.trim());
  if (!m) return undefined;
  const n = Number(m[1]);
  return (m[2] ?? 's').toLowerCase() === 'ms' ? n : (m[2] ?? 's').toLowerCase() === 'm' ? n * 60_000 : n * 1000;
}

/** The limits the options set (absent options keep the defaults, see PDF_LIMITS). */
export function pdfLimitOptions(options: Record<string, string | undefined>): Partial<PdfLimits> {
  const out: Partial<PdfLimits> = {};
  const bad = (name: string, value: string, form: string) =>
    new CliError(`--${name} 的值“${value}”无效，应为${form} (invalid --${name} "${value}": expected ${form})`);
  const b = options['max-bytes'];
  if (b !== undefined) {
    const n = bytes(b);
    if (!n) throw bad('max-bytes', b, '正整数字节数，可带 K/M/G（如 64M）');
    out.maxBytes = n;
  }
  const p = options['max-pages'];
  if (p !== undefined) {
    if (!/^\d+$/.test(p.trim()) || Number(p) < 1) throw bad('max-pages', p, '正整数页数');
    out.maxPages = Number(p);
  }
  const t = options.timeout;
  if (t !== undefined) {
    const n = millis(t);
    if (!n) throw bad('timeout', t, '正整数秒数，或带 ms/s/m（如 30s）');
    out.timeoutMs = n;
  }
  return out;
}

/** The defaults, for the usage text. */
export const PDF_LIMIT_DEFAULTS = `--max-bytes ${PDF_LIMITS.maxBytes / 1024 ** 2}M --max-pages ${PDF_LIMITS.maxPages} --timeout ${PDF_LIMITS.timeoutMs / 1000}s`;
