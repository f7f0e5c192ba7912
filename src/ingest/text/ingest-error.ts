// Input the text reader cannot make sense of: the message names the file and, where it can, the line.
export class TextReadError extends Error {
  constructor(
    readonly source: string,
    problem: string,
    readonly line?: number,
  ) {
    super(`${source}${line !== undefined ? `:${line}` : ''}: ${problem}`);
    this.name = 'TextReadError';
  }
}
