// The text layer's pieces: lookalike radicals mapped, full-width figures normalised beside the original,
// CMaps found on disk, runs merged into lines, drawn rules read from the operator list. The corpus has no
// lookalike radical nor a font that needs a predefined CMap (pdf-corpus.test.ts checks), so those cases
// are PDFs written for the test (test/support/pdf-fixtures.ts).
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { mergeRules } from '../../src/ingest/pdf/drawn-rules.ts';
import { hasLookalikes, mapLookalikes, normaliseFigures, parsePdf, type PdfTextItem } from '../../src/ingest/pdf/index.ts';
import { buildLines } from '../../src/ingest/pdf/lines.ts';
import { documentParams, PDFJS_ASSETS, pdfjs } from '../../src/ingest/pdf/pdfjs.ts';
import { landscapePdf, predefinedCMapPdf, ruledPdf, toUnicodePdf } from '../support/pdf-fixtures.ts';

test('Kangxi radicals and CJK radicals-supplement lookalikes become ordinary characters', () => {
  assert.equal(mapLookalikes('⽀出'), '支出'); // U+2F40 KANGXI RADICAL BRANCH
  assert.equal(mapLookalikes('⼈员经费'), '人员经费'); // U+2F08 KANGXI RADICAL MAN
  assert.equal(mapLookalikes('⼀般公共预算'), '一般公共预算'); // U+2F00
  assert.equal(mapLookalikes('⻔户⽹站'), '门户网站'); // U+2ED4 C-SIMPLIFIED GATE (no Unicode mapping), U+2F79
  assert.equal(mapLookalikes('⻓期'), '长期'); // U+2ED3 C-SIMPLIFIED LONG
  assert.equal(mapLookalikes('⺟'), '母'); // U+2E9F, Unicode's own mapping
  assert.equal(mapLookalikes('\uf9b2'), '零'); // CJK COMPATIBILITY IDEOGRAPH-F9B2
  assert.equal(mapLookalikes('⺮'), '⺮'); // a component only: no ordinary character, left as it is
  assert.equal(mapLookalikes('单位：万元（１２）'), '单位：万元（１２）'); // nothing else changes
  assert.equal(hasLookalikes('⽀出'), true);
  assert.equal(hasLookalikes('支出'), false);
  // Every Kangxi radical maps to a unified ideograph.
  for (let c = 0x2f00; c <= 0x2fd5; c++) assert.match(mapLookalikes(String.fromCodePoint(c)), /^[\u4e00-\u9fff]$/u, c.toString(16));
});

test('full-width figures are normalised in their own field; Chinese punctuation is not', () => {
  assert.equal(normaliseFigures('合计 １２３，４５６．７８ 万元'), '合计 123,456.78 万元');
  assert.equal(normaliseFigures('增长１０．５％，减少－３'), '增长10.5%，减少-3');
  assert.equal(normaliseFigures('单位：元（一）\u3000说明'), '单位：元（一） 说明');
});

test('a PDF whose ToUnicode map gives lookalike radicals: runs keep the raw text, lines the ordinary one', async () => {
  const doc = await parsePdf({ data: toUnicodePdf(['⽀出⼈员 ⻔户', '合计 １２３．４５ 万元']), name: 'lookalikes.pdf' });
  const [first, second] = doc.pages[0]!.lines;
  assert.equal(first!.text, '支出人员 门户');
  assert.deepEqual(
    first!.items.map((i) => [i.raw, i.text]),
    [
      ['⽀出⼈员', '支出人员'],
      ['⻔户', '门户'],
    ],
  );
  assert.equal(second!.text, '合计 １２３．４５ 万元');
  assert.equal(second!.normalised, '合计 123.45 万元');
});

test('pdf.js is given the package’s CMaps and standard fonts as directories on disk', () => {
  for (const dir of [PDFJS_ASSETS.cMapUrl, PDFJS_ASSETS.standardFontDataUrl]) assert.match(dir, /[/\\]$/);
  assert.ok(existsSync(join(PDFJS_ASSETS.cMapUrl, 'UniGB-UCS2-H.bcmap')));
  assert.ok(existsSync(join(PDFJS_ASSETS.standardFontDataUrl, 'FoxitSerif.pfb')));
  const params = documentParams(new Uint8Array(1));
  assert.equal(params.cMapPacked, true);
  assert.equal(params.isEvalSupported, false);
});

test('text in a predefined CMap (UniGB-UCS2-H) reads with the CMaps, and silently not at all without them', async () => {
  const data = predefinedCMapPdf('部门支出预算');
  const doc = await parsePdf({ data, name: 'cmap.pdf' });
  assert.equal(doc.pages[0]!.lines[0]!.text, '部门支出预算');
  // What happens without cMapUrl: no error, no text.
  const lib = await pdfjs();
  const params = documentParams(new Uint8Array(data));
  delete params.cMapUrl;
  const bare = await lib.getDocument(params).promise;
  const content = await (await bare.getPage(1)).getTextContent();
  await bare.destroy();
  assert.equal(content.items.length, 0);
});

const run = (text: string, x: number, baseline: number, fontSize = 10, width = text.length * fontSize): PdfTextItem => ({
  raw: text,
  text,
  x,
  y: baseline - 0.86 * fontSize,
  width,
  height: fontSize,
  baseline,
  fontSize,
  font: 'f1',
  angle: 0,
});

test('runs on one baseline (within 0.3 of the font size) make one line, left to right, a space only across a gap', () => {
  const lines = buildLines([
    run('164,978,640', 341, 189.1, 12, 66),
    run('一、财政拨款收入', 61, 189.1, 12),
    run('2,976,800', 721, 188.4, 12, 54), // a smaller offset than the tolerance
    run('一、一般公共服务支出', 416, 189.1, 12),
    run('1. 一般公共预算', 61, 214.1, 12), // the next row, 25 units down
    run('2017', 100, 300, 16, 32),
    run('年度部门预算', 132, 300, 16), // touching: no space
  ]);
  assert.deepEqual(
    lines.map((l) => l.text),
    ['一、财政拨款收入 164,978,640 一、一般公共服务支出 2,976,800', '1. 一般公共预算', '2017年度部门预算'],
  );
  const row = lines[0]!;
  assert.deepEqual(
    row.items.map((i) => i.x),
    [61, 341, 416, 721],
  );
  assert.equal(row.x, 61);
  assert.equal(row.width, 721 + 54 - 61);
  assert.equal(row.baseline, 189.1);
});

test('an amount drawn as touching runs ("28" ",849.38") is one run; a name touching its amount stays two', () => {
  // 江苏高院 p. 13: "支出合计" then "28"@486.9 (10.0 wide) and ",849.38"@497.0
  const [line] = buildLines([run('支出合计', 360.6, 200, 10, 40.2), run('28', 486.9, 200, 10, 10), run(',849.38', 497, 200, 10, 34.9)]);
  assert.equal(line!.text, '支出合计 28,849.38');
  assert.deepEqual(line!.items.map((i) => [i.text, i.x, Math.round(i.width * 10) / 10]), [['支出合计', 360.6, 40.2], ['28,849.38', 486.9, 45]]);
  // 决算 表6: "工资福利支出" touching "2,082.85" — a name and an amount, two cells' text
  const [named] = buildLines([run('工资福利支出', 100, 300, 10, 60), run('2,082.85', 160, 300, 10, 40)]);
  assert.deepEqual(named!.items.map((i) => i.text), ['工资福利支出', '2,082.85']);
  // figures apart by a gap are two runs, as before
  const [apart] = buildLines([run('28', 100, 400, 10, 10), run('849.38', 120, 400, 10, 30)]);
  assert.deepEqual(apart!.items.map((i) => i.text), ['28', '849.38']);
});

test('a run overprinted to look bold is read once; the same figure in two cells is kept twice', () => {
  const lines = buildLines([run('合计', 100, 200), run('合计', 100.4, 200.2), run('0.00', 300, 200, 10, 20), run('0.00', 400, 200, 10, 20)]);
  assert.equal(lines[0]!.text, '合计 0.00 0.00');
});

test('drawn rules: stroked lines, rectangle sides, thin filled bars, through cm; collinear pieces merged', async () => {
  const doc = await parsePdf({ data: ruledPdf(), name: 'ruled.pdf' });
  const page = doc.pages[0]!;
  const summary = page.rules.map((r) => `${r.orientation[0]} ${r.x1},${r.y1}–${r.x2},${r.y2} w${r.thickness}`);
  assert.deepEqual(summary, [
    'h 72,142–372,142 w0.5', // 72 700 m 372 700 l: y = 842 − 700 from the top
    'h 72,192–372,192 w0.5', // the rectangle's top and bottom
    'h 72,242–372,242 w1', // drawn at half scale under a 2× cm: its width doubles too
    'v 72,142–72,192 w0.5',
    'v 200.4,142–200.4,192 w0.8', // a 0.8-wide filled bar
    'v 372,142–372,192 w0.5',
  ]);
  // The text line sits inside the box the rules draw.
  const line = page.lines[0]!;
  assert.equal(line.text, 'Total 1,234.00');
  assert.ok(line.y > 142 && line.y + line.height < 192);
  // Rules not collected on request.
  assert.deepEqual((await parsePdf({ data: ruledPdf(), name: 'ruled.pdf' }, { rules: false })).pages[0]!.rules, []);
});

test('mergeRules joins pieces that overlap or nearly touch on one line, and keeps apart ones apart', () => {
  const h = (x1: number, x2: number, y: number) => ({ orientation: 'horizontal' as const, x1, y1: y, x2, y2: y, thickness: 0.5 });
  assert.deepEqual(
    mergeRules([h(100, 300, 50), h(0, 101, 50.3), h(301, 310, 50.1), h(350, 400, 50), h(0, 400, 80)]).map((r) => [r.x1, r.x2, r.y1]),
    [
      [0, 310, 50], // where the longest piece lies
      [350, 400, 50],
      [0, 400, 80],
    ],
  );
});

test('a landscape page (/Rotate 90 or 270, content turned back) reads upright: display coordinates, top-left origin', async () => {
  for (const rotate of [90, 270] as const) {
    const page = (await parsePdf({ data: landscapePdf(rotate), name: `landscape-${rotate}.pdf` })).pages[0]!;
    assert.deepEqual([page.width, page.height, page.rotation], [842, 595, rotate]);
    const [row, upwards] = page.lines;
    // Drawn at (72, 500) from the bottom-left of the landscape page: baseline 595 − 500 from the top.
    assert.deepEqual([row!.text, row!.angle, row!.x, row!.baseline], ['Total 1,234.00', 0, 72, 95]);
    assert.deepEqual(
      page.rules.map((r) => [r.orientation, r.x1, r.y1, r.x2]),
      [['horizontal', 72, 105, 400]],
    );
    // Text written upwards is a line of its own, after the ordinary ones, its box standing upright.
    assert.equal(upwards!.text, 'Upwards');
    assert.equal(upwards!.angle, 90);
    assert.ok(upwards!.height > upwards!.width);
    assert.ok(upwards!.y + upwards!.height <= 295.01 && upwards!.x < 500 && upwards!.x + upwards!.width > 500);
  }
});
