// Reading and writing Disclosure JSON, with errors that name the file and the field path.
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { disclosureSchema, type Disclosure, type DisclosureJson } from './disclosure.ts';

export class DisclosureError extends Error {
  constructor(
    readonly source: string,
    readonly problems: string[],
    heading = '披露数据无效 (invalid disclosure)',
  ) {
    super(`${source}: ${heading}\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'DisclosureError';
  }
}

function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : out ? `.${String(key)}` : String(key);
  return out || '(根)';
}

/** Validates parsed JSON into a Disclosure (amounts become fen). `source` names the file in errors. */
export function decodeDisclosure(json: unknown, source = '(input)'): Disclosure {
  const result = disclosureSchema.safeDecode(json as DisclosureJson);
  if (!result.success) {
    throw new DisclosureError(source, result.error.issues.map((i) => `${formatPath(i.path)}: ${i.message}`));
  }
  return result.data;
}

/** The JSON form of a Disclosure (amounts as 元 strings); decode(encode(d)) equals d. */
export function encodeDisclosure(d: Disclosure): DisclosureJson {
  return z.encode(disclosureSchema, d);
}

export async function readDisclosureFile(path: string): Promise<Disclosure> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const problem = code === 'ENOENT' ? '文件不存在 (file not found)' : `${code ?? String(err)}`;
    throw new DisclosureError(path, [problem], '无法读取 (cannot read)');
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, '')); // editors on Windows save a byte-order mark
  } catch (err) {
    throw new DisclosureError(path, [(err as Error).message], '不是有效的 JSON (not valid JSON)');
  }
  return decodeDisclosure(json, path);
}
