// The error a catalog file raises: every problem names the file, and where known the row and field.

export interface CatalogProblem {
  readonly file: string;
  /** 1-based row as a spreadsheet shows it (the header is usually row 1). */
  readonly row?: number;
  readonly field?: string;
  readonly text: string;
}

const SHOWN = 20;

export function formatProblem(problem: CatalogProblem): string {
  const where = problem.row === undefined ? problem.file : `${problem.file} 第 ${problem.row} 行`;
  return `${where}: ${problem.text}`;
}

export class CatalogImportError extends Error {
  readonly problems: readonly CatalogProblem[];

  constructor(problems: readonly CatalogProblem[]) {
    const lines = problems.slice(0, SHOWN).map(formatProblem);
    if (problems.length > SHOWN) lines.push(`……另有 ${problems.length - SHOWN} 处错误 (${problems.length - SHOWN} more errors)`);
    super(lines.join('\n'));
    this.name = 'CatalogImportError';
    this.problems = problems;
  }
}
