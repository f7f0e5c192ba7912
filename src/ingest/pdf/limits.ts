// Limits on one PDF, so that no input can make ingestion hang or take unbounded memory.
// Every limit can be overridden per call (PdfOptions); the defaults are generous for published
// budgets and final accounts (the largest corpus document: 3.6 MB, 35 pages, under 2 s).

export interface PdfLimits {
  /** Largest file accepted, in bytes. Default 64 MiB: text-layer budgets are a few MB; bigger files are scans. */
  maxBytes: number;
  /** Most pages accepted. Default 1000: a consolidated department with its units rarely passes 300. */
  maxPages: number;
  /** Time budget for the whole document (open + every page), in ms. Default 120 s (corpus: ~40 ms a page). */
  timeoutMs: number;
}

export const PDF_LIMITS: Readonly<PdfLimits> = Object.freeze({
  maxBytes: 64 * 1024 * 1024,
  maxPages: 1000,
  timeoutMs: 120_000,
});

/** The default limits with the given ones in their place. */
export function pdfLimits(overrides: Partial<PdfLimits> = {}): PdfLimits {
  const limits = { ...PDF_LIMITS };
  for (const key of Object.keys(PDF_LIMITS) as (keyof PdfLimits)[]) {
    const value = overrides[key];
    if (value === undefined) continue;
    if (!Number.isFinite(value) || value <= 0) throw new RangeError(`PDF limit ${key} must be a positive number, got ${value}`);
    limits[key] = value;
  }
  return limits;
}
