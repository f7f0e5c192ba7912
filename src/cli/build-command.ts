// `yusuan build`: generate the published document from a disclosure in the asked formats. The data is
// checked first (the same rules as `yusuan check`); with an error-level finding nothing is written and the
// findings are printed (exit 1), unless --draft, which writes the files marked 草稿.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { checkDocument } from '../check/check.ts';
import { documentFromDisclosure } from '../check/from-disclosure.ts';
import type { Disclosure } from '../model/disclosure.ts';
import { readDisclosureFile } from '../model/io.ts';
import { assembleDocument } from '../render/assemble.ts';
import type { DocumentPart } from '../render/document-model.ts';
import { reportToText } from '../render/report-text.ts';
import { registeredFormats, writerFor, type DocumentWriter } from '../render/writers.ts';
import { CliError } from './cli-error.ts';
import type { CommandResult } from './main.ts';

export interface BuildOptions {
  out?: string;
  formats?: string;
  draft?: boolean;
  /** 第三部分 情况说明 for the disclosure, from the narrative generator when there is one. */
  narrative?: (d: Disclosure) => DocumentPart | undefined;
}

/** The writers of `--formats` (every registered format by default); an unknown format is a usage error. */
export function writersOf(formats: string | undefined): DocumentWriter[] {
  const known = registeredFormats();
  const asked = formats === undefined ? known : [...new Set(formats.split(',').map((f) => f.trim().toLowerCase()).filter(Boolean))];
  if (asked.length === 0) throw new CliError(`--formats 不能为空，可用：${known.join(',')} (no format given; available: ${known.join(',')})`);
  return asked.map((f) => {
    const w = writerFor(f);
    if (!w) throw new CliError(`未知或尚未提供的格式 "${f}"，可用：${known.join(',')} (format "${f}" is not available; available: ${known.join(',')})`);
    return w;
  });
}

export async function buildCommand(file: string, options: BuildOptions): Promise<CommandResult> {
  if (!options.out) throw new CliError('build: 需要 --out 输出目录 (--out DIR is required)');
  const writers = writersOf(options.formats);
  const draft = options.draft === true;
  const disclosure = await readDisclosureFile(file);
  const report = checkDocument(documentFromDisclosure(disclosure, { path: file }));
  if (report.summary.errors > 0 && !draft) {
    return {
      stdout: reportToText(report),
      stderr: `${file}: 校验发现 ${report.summary.errors} 个错误，未生成文件；改正后重试，或用 --draft 生成标有“草稿”的文件 (${report.summary.errors} error-level findings: nothing written; fix them, or build a draft with --draft)`,
      exitCode: 1,
    };
  }
  const narrative = options.narrative?.(disclosure);
  const doc = assembleDocument(disclosure, { draft, ...(narrative ? { narrative } : {}) });
  await mkdir(options.out, { recursive: true });
  const written: string[] = [];
  for (const w of writers) {
    const path = join(options.out, `${doc.fileStem}${draft ? '-草稿' : ''}.${w.extension}`);
    const bytes = await w.write(doc);
    await writeFile(path, bytes);
    written.push(path);
  }
  const summary = `错误 ${report.summary.errors}，警告 ${report.summary.warnings}，提示 ${report.summary.info} (errors, warnings, info)`;
  return {
    stdout: written.map((p) => `已生成 (wrote) ${p}`).join('\n'),
    stderr: draft ? `草稿 (draft): ${summary}` : summary,
  };
}
