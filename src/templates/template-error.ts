// A disclosure that its template cannot serve (unknown template, wrong stage).
export class TemplateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TemplateError';
  }
}
