import { getDocument, GlobalWorkerOptions } from 'pdfjs-dist';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
// The bundler's `?url` import: the worker becomes a file of the extension and this is its address.
// oxlint-disable-next-line import/default
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { layoutParagraphs, type Run } from './pdf-layout';

/**
 * A PDF's text, read in the browser by pdf.js (its worker is a file of the
 * extension, never fetched from elsewhere), page by page, and rebuilt into
 * paragraphs in reading order from the positions of its text runs
 * (pdf-layout.ts). A scanned PDF has no text to read: the page says so
 * (`error: 'scanned'`), in the interface's words.
 */
GlobalWorkerOptions.workerSrc = workerUrl;

export const PDF_PAGE_LIMIT = 500;

/** The paragraphs, and how many pages were read of how many (at most PDF_PAGE_LIMIT). */
export type PdfRead =
  { ok: true; paragraphs: string[]; pages: number; totalPages: number } | { ok: false; error: 'scanned' };

export async function pdfParagraphs(
  data: ArrayBuffer,
  onPage: (page: number, pages: number) => void,
): Promise<PdfRead> {
  const pdf = await getDocument({
    data: new Uint8Array(data),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    disableAutoFetch: true,
    disableStream: true,
    useWorkerFetch: false,
  }).promise;
  try {
    const pages = Math.min(pdf.numPages, PDF_PAGE_LIMIT);
    const paragraphs: string[] = [];
    let letters = 0;
    for (let n = 1; n <= pages; n++) {
      onPage(n, pages);
      const page = await pdf.getPage(n);
      const { width } = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const runs: Run[] = [];
      for (const item of content.items) {
        if (!('str' in item)) continue;
        const { str, transform, width: w, height: h } = item as TextItem;
        if (!str.trim()) continue;
        letters += str.replace(/\s/g, '').length;
        runs.push({
          text: str,
          x: transform[4]!,
          y: transform[5]!,
          width: w,
          size: h || Math.abs(transform[3]!) || 10,
        });
      }
      paragraphs.push(...layoutParagraphs(runs, width));
      page.cleanup();
    }
    if (letters < 20) return { ok: false, error: 'scanned' };
    return { ok: true, paragraphs, pages, totalPages: pdf.numPages };
  } finally {
    void pdf.destroy();
  }
}
