// Reading the seed text: whitespace from the PDF extraction removed, sections cut by their headings.
export function compact(text: string): string {
  return text.replace(/\s+/g, '');
}

/** The text between two headings (exclusive of the second); throws when a heading is missing. */
export function section(text: string, from: string, to?: string): string {
  const start = text.indexOf(from);
  if (start < 0) throw new Error(`heading not found: ${from}`);
  const end = to === undefined ? text.length : text.indexOf(to, start + from.length);
  if (end < 0) throw new Error(`heading not found: ${to}`);
  return text.slice(start, end);
}
