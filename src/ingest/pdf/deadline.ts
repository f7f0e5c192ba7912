// The time budget of one document. pdf.js parses in this thread and yields between its steps: a timer
// rejects whatever step is running once the budget is spent, and the budget is also checked between
// pages. One step that never yields (a single enormous content stream) cannot be interrupted in-thread;
// the file-size limit bounds that. TODO: run ingestion in a worker thread with resourceLimits to make
// the time and memory limits hard.
import { IngestError } from '../ingest-error.ts';

export class Deadline {
  readonly #at: number;
  readonly #expired: Promise<never>;
  #timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly file: string,
    private readonly ms: number,
  ) {
    this.#at = Date.now() + ms;
    this.#expired = new Promise<never>((_, reject) => {
      this.#timer = setTimeout(() => reject(this.error()), ms);
    });
    this.#expired.catch(() => {}); // rejected for nobody's step: not an unhandled rejection
  }

  error(page?: number): IngestError {
    const s = (this.ms / 1000).toLocaleString('en', { maximumFractionDigits: 3 });
    return new IngestError(this.file, 'timeout', `超过每个文件 ${s} 秒的处理时限`, `over the time budget of ${s} s per document`, page);
  }

  /** The step's result, or a timeout IngestError when the budget runs out first. */
  race<T>(step: Promise<T>): Promise<T> {
    return Promise.race([step, this.#expired]);
  }

  /** Throws the timeout error when the budget is spent. */
  check(page?: number): void {
    if (Date.now() > this.#at) throw this.error(page);
  }

  clear(): void {
    clearTimeout(this.#timer);
  }
}
