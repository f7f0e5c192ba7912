// A PDF file's bytes, checked before pdf.js sees them: readable, not empty, within the size limit,
// a PDF header, and an end-of-file marker (a file cut short in a download has none).
import { readFile, stat } from 'node:fs/promises';
import { IngestError } from '../ingest-error.ts';

/** Bytes already in memory, with the name errors give them. */
export interface PdfSource {
  data: Uint8Array;
  name: string;
}

/** As PDF readers do: the header within the first 1024 bytes, %%EOF within the last 1024. */
const HEADER_WINDOW = 1024;
const TRAILER_WINDOW = 1024;

const latin1 = (bytes: Uint8Array): string => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');

const megabytes = (n: number): string => (n / 1024 / 1024).toLocaleString('en', { maximumFractionDigits: 1 });

function tooLarge(name: string, size: number, maxBytes: number): IngestError {
  return new IngestError(
    name,
    'too_large',
    `文件过大（${megabytes(size)} MB，上限 ${megabytes(maxBytes)} MB）`,
    `file too large: ${megabytes(size)} MB, the limit is ${megabytes(maxBytes)} MB`,
  );
}

async function readPath(path: string, maxBytes: number): Promise<Uint8Array> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new IngestError(path, 'unreadable', '是目录，不是文件', 'a directory, not a file');
    if (info.size > maxBytes) throw tooLarge(path, info.size, maxBytes);
    return await readFile(path);
  } catch (err) {
    if (err instanceof IngestError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new IngestError(path, 'unreadable', '文件不存在', 'file not found');
    if (code === 'EACCES' || code === 'EPERM') throw new IngestError(path, 'unreadable', '没有读取权限', 'permission denied');
    throw new IngestError(path, 'unreadable', '无法读取', `cannot read: ${code ?? (err as Error).message}`);
  }
}

/** The checked bytes of a PDF given by path or in memory (a copy: pdf.js takes ownership of what it is given). */
export async function pdfBytes(input: string | PdfSource, maxBytes: number): Promise<PdfSource> {
  const name = typeof input === 'string' ? input : input.name;
  const data = typeof input === 'string' ? await readPath(input, maxBytes) : input.data;
  if (data.byteLength === 0) throw new IngestError(name, 'empty', '文件为空（0 字节）', 'empty file: 0 bytes');
  if (data.byteLength > maxBytes) throw tooLarge(name, data.byteLength, maxBytes);
  if (!latin1(data.subarray(0, HEADER_WINDOW)).includes('%PDF-')) {
    throw new IngestError(name, 'not_pdf', '不是 PDF 文件（没有 %PDF- 文件头）', 'not a PDF: no %PDF- header');
  }
  if (!latin1(data.subarray(Math.max(0, data.byteLength - TRAILER_WINDOW))).includes('%%EOF')) {
    throw new IngestError(name, 'truncated', 'PDF 文件不完整（缺少文件结尾 %%EOF，可能下载中断）', 'truncated PDF: no %%EOF at the end, the download may have been cut short');
  }
  return { name, data: new Uint8Array(data) };
}
