// Small PDFs written byte by byte for the cases the corpus has none of: a CJK font that needs pdf.js's
// CMaps, lookalike radicals from a ToUnicode map, a scan, zero pages, a password. Each is a complete,
// valid PDF (cross-reference table with exact offsets) unless a test cuts it on purpose.
import { createHash } from 'node:crypto';

const latin1 = (s: string): Buffer => Buffer.from(s, 'latin1');

/** A PDF whose objects are numbered 1…n in the order given; object 1 is the catalog. */
export function buildPdf(objects: readonly (string | Buffer)[], trailer = ''): Buffer {
  const parts: Buffer[] = [latin1('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n')];
  let offset = parts[0]!.length;
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    const chunk = Buffer.concat([latin1(`${i + 1} 0 obj\n`), typeof body === 'string' ? latin1(body) : body, latin1('\nendobj\n')]);
    offsets.push(offset);
    offset += chunk.length;
    parts.push(chunk);
  });
  const xref = [`xref\n0 ${objects.length + 1}\n`, '0000000000 65535 f \n', ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
  parts.push(latin1(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailer}>>\nstartxref\n${offset}\n%%EOF\n`));
  return Buffer.concat(parts);
}

const stream = (data: Buffer | string, dict = ''): Buffer => {
  const bytes = typeof data === 'string' ? latin1(data) : data;
  return Buffer.concat([latin1(`<< /Length ${bytes.length} ${dict}>>\nstream\n`), bytes, latin1('\nendstream')]);
};

/** UTF-16BE hex of a string (codes of a UCS-2 encoded font). */
const ucs2Hex = (text: string): string => Buffer.from(text, 'utf16le').swap16().toString('hex').toUpperCase();

/**
 * One page of text in STSong-Light through the predefined CMap UniGB-UCS2-H, no ToUnicode and no font
 * program: pdf.js can only tell the characters with its CMap files (cMapUrl). What old Chinese PDFs do.
 */
export function predefinedCMapPdf(text: string): Buffer {
  return buildPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    stream(`BT /F1 16 Tf 72 760 Td <${ucs2Hex(text)}> Tj ET`),
    '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [6 0 R] >>',
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 7 0 R /DW 1000 >>',
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
  ]);
}

/**
 * One page whose font maps each glyph (CID 1, 2, …) to the given characters by a ToUnicode CMap, as
 * a PDF producer does when its font shares a glyph between a radical and an ideograph.
 * `lines`: the text of each line, drawn 30 units apart from the top.
 */
export function toUnicodePdf(lines: readonly string[]): Buffer {
  const chars = [...new Set(lines.flatMap((l) => [...l]))];
  const cid = (ch: string) => (chars.indexOf(ch) + 1).toString(16).toUpperCase().padStart(4, '0');
  const cmap = [
    '/CIDInit /ProcSet findresource begin 12 dict begin begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def /CMapName /Adobe-Identity-UCS def /CMapType 2 def',
    '1 begincodespacerange <0000> <FFFF> endcodespacerange',
    `${chars.length} beginbfchar`,
    ...chars.map((ch) => `<${cid(ch)}> <${ucs2Hex(ch)}>`),
    'endbfchar endcmap CMapName currentdict /CMap defineresource pop end end',
  ].join('\n');
  const content = lines.map((l, i) => `BT /F1 14 Tf 72 ${760 - 30 * i} Td <${[...l].map(cid).join('')}> Tj ET`).join('\n');
  return buildPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    stream(content),
    '<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /Identity-H /DescendantFonts [6 0 R] /ToUnicode 8 0 R >>',
    '<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 7 0 R /DW 1000 /CIDToGIDMap /Identity >>',
    '<< /Type /FontDescriptor /FontName /SimSun /Flags 6 /FontBBox [0 -141 1000 859] /ItalicAngle 0 /Ascent 859 /Descent -141 /CapHeight 859 /StemV 80 >>',
    stream(cmap),
  ]);
}

/** A page that is only an image (a scan): a grey 2×2 picture scaled over the page. */
export function scannedPdf(): Buffer {
  return buildPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>',
    stream('q 495 0 0 742 50 50 cm /Im1 Do Q'),
    stream(Buffer.from([0x40, 0x80, 0xc0, 0xff]), '/Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 '),
  ]);
}

/**
 * Pages of Helvetica text, one line each; `null` for a page that is only an image (a scan), `''` for a
 * blank page.
 */
export function pagesPdf(pages: readonly (string | null)[]): Buffer {
  const objects: (string | Buffer)[] = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${pages.map((_, i) => `${5 + 2 * i} 0 R`).join(' ')}] /Count ${pages.length} >>`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    stream(Buffer.from([0x40, 0x80, 0xc0, 0xff]), '/Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 '),
  ];
  for (const [i, text] of pages.entries()) {
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> /XObject << /Im1 4 0 R >> >> /Contents ${6 + 2 * i} 0 R >>`);
    objects.push(stream(text === null ? 'q 495 0 0 742 50 50 cm /Im1 Do Q' : text ? `BT /F1 12 Tf 72 760 Td (${text}) Tj ET` : ''));
  }
  return buildPdf(objects);
}

/** A well-formed PDF whose page tree is empty. */
export function zeroPagePdf(): Buffer {
  return buildPdf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [] /Count 0 >>']);
}

/** A page of Helvetica text with a ruled box: 3 horizontal and 2 vertical rules, one of them a filled bar. */
export function ruledPdf(): Buffer {
  const content = [
    '0.5 w 72 700 m 372 700 l S', // horizontal, stroked
    '72 650 300 50 re S', // a stroked rectangle: two horizontal and two vertical sides
    '200 650 0.8 50 re f', // a filled bar: a vertical rule
    'q 2 0 0 2 0 0 cm 36 300 m 186 300 l S Q', // scaled by cm: (72,600)–(372,600)
    'BT /F1 12 Tf 80 670 Td (Total 1,234.00) Tj ET',
  ].join('\n');
  return buildPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    stream(content),
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
  ]);
}

/**
 * A landscape table page as producers make one: a portrait MediaBox shown turned (/Rotate 90 or 270),
 * the content turned back by cm so that it reads upright. Text at (72, 500) and a rule at y 490 in the
 * landscape frame; and a run written upwards (rotated 90° counter-clockwise) at (500, 300).
 */
export function landscapePdf(rotate: 90 | 270): Buffer {
  const cm = rotate === 90 ? '0 1 -1 0 595 0' : '0 -1 1 0 0 842';
  const content = [
    `q ${cm} cm`,
    'BT /F1 12 Tf 72 500 Td (Total) Tj 100 0 Td (1,234.00) Tj ET',
    '0.5 w 72 490 m 400 490 l S',
    'BT /F1 10 Tf 0 1 -1 0 500 300 Tm (Upwards) Tj ET',
    'Q',
  ].join('\n');
  return buildPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Rotate ${rotate} /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>`,
    stream(content),
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
  ]);
}

// The standard security handler, revision 2 (40-bit RC4): enough to make a PDF that needs a password.
const PAD = Buffer.from('28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a', 'hex');

function rc4(key: Buffer, data: Buffer): Buffer {
  const s = Array.from({ length: 256 }, (_, i) => i);
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + s[i]! + key[i % key.length]!) & 255;
    [s[i], s[j]] = [s[j]!, s[i]!];
  }
  const out = Buffer.alloc(data.length);
  for (let k = 0, i = 0, j = 0; k < data.length; k++) {
    i = (i + 1) & 255;
    j = (j + s[i]!) & 255;
    [s[i], s[j]] = [s[j]!, s[i]!];
    out[k] = data[k]! ^ s[(s[i]! + s[j]!) & 255]!;
  }
  return out;
}

const md5 = (...parts: Buffer[]): Buffer => createHash('md5').update(Buffer.concat(parts)).digest();
const padded = (password: string): Buffer => Buffer.concat([latin1(password), PAD]).subarray(0, 32);

/**
 * A one-page text PDF encrypted with the standard security handler (RC4, 40 bits). With a user password
 * it cannot be opened without it; with an empty one (owner password only: "copy protection", common in
 * published documents) any reader opens it.
 */
export function encryptedPdf(userPassword: string, text = 'Budget 2025'): Buffer {
  const id = Buffer.from('0123456789abcdef0123456789abcdef', 'hex');
  const permissions = -44; // print and read, no copying or changing
  const o = rc4(md5(padded('owner-secret')).subarray(0, 5), padded(userPassword));
  const p = Buffer.alloc(4);
  p.writeInt32LE(permissions);
  const key = md5(padded(userPassword), o, p, id).subarray(0, 5);
  const u = rc4(key, PAD);
  const objectKey = (num: number) => md5(key, Buffer.from([num & 255, (num >> 8) & 255, (num >> 16) & 255, 0, 0])).subarray(0, 10);
  const content = rc4(objectKey(4), latin1(`BT /F1 18 Tf 72 760 Td (${text}) Tj ET`));
  return buildPdf(
    [
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
      stream(content),
      '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
      `<< /Filter /Standard /V 1 /R 2 /O <${o.toString('hex')}> /U <${u.toString('hex')}> /P ${permissions} >>`,
    ],
    `/Encrypt 6 0 R /ID [<${id.toString('hex')}> <${id.toString('hex')}>] `,
  );
}
