// Where table views get the names of classification codes.
export interface ClassificationNames {
  /** Name of a function code (类/款/项); undefined when unknown. */
  functionName(code: string): string | undefined;
  /** Name of an economic code (类/款); undefined when unknown. */
  economicName(code: string): string | undefined;
}

/** Shown when neither the disclosure nor the catalog names a code. */
export function unknownName(code: string): string {
  return `（未知科目 ${code}）`;
}
