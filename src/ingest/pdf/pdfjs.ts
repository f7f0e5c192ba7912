// pdf.js (pdfjs-dist 5.6, legacy build for Node 20) and the options every document is opened with.
// The CMaps and standard fonts are read from the installed package on disk: without cMapUrl some real
// PDFs (CJK fonts without embedded ToUnicode, predefined CMaps such as UniGB-UCS2-H) silently yield no
// text. pdf.js is loaded on first use, so commands that read no PDF do not pay for it.
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DocumentInitParameters } from 'pdfjs-dist/types/src/display/api.js';

export type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

const require = createRequire(import.meta.url);
const PACKAGE_DIR = dirname(require.resolve('pdfjs-dist/package.json'));

/** Directories of the installed package, as filesystem paths with a trailing separator (pdf.js requires it). */
export const PDFJS_ASSETS = {
  cMapUrl: join(PACKAGE_DIR, 'cmaps') + sep,
  standardFontDataUrl: join(PACKAGE_DIR, 'standard_fonts') + sep,
  wasmUrl: join(PACKAGE_DIR, 'wasm') + sep,
} as const;

let loaded: Promise<PdfJs> | undefined;

/**
 * The pdf.js module. In Node it runs without a worker thread ("fake worker": the parser runs in this
 * thread); the worker module is named explicitly so that it is found from any working directory.
 */
export function pdfjs(): Promise<PdfJs> {
  loaded ??= import('pdfjs-dist/legacy/build/pdf.mjs').then((lib) => {
    lib.GlobalWorkerOptions.workerSrc = pathToFileURL(join(PACKAGE_DIR, 'legacy', 'build', 'pdf.worker.mjs')).href;
    return lib;
  });
  return loaded;
}

/** getDocument parameters for bytes already read: CMaps, standard fonts, no eval, no font loading, quiet. */
export function documentParams(data: Uint8Array): DocumentInitParameters {
  return {
    data,
    cMapUrl: PDFJS_ASSETS.cMapUrl,
    cMapPacked: true,
    standardFontDataUrl: PDFJS_ASSETS.standardFontDataUrl,
    wasmUrl: PDFJS_ASSETS.wasmUrl,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    stopAtErrors: false,
    verbosity: 0, // errors only: pdf.js warnings on stdout would corrupt `--format json`
  };
}
