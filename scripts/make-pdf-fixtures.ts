/**
 * `npx tsx scripts/make-pdf-fixtures.ts [out-dir] [--pages N]`: writes the
 * explain page's PDF fixtures, made by hand from text of this project's own
 * (no PDF library): a two-column text PDF (tests/fixtures/pdf/two-columns.pdf,
 * two pages) and a scanned-looking one with only an image and no text layer
 * (image-only.pdf). With --pages N it writes many-pages.pdf of N pages, for
 * timing the explain page.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

type Obj = string | { dict: string; stream: string };

function pdf(objects: Obj[]): Buffer {
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    const body =
      typeof o === 'string'
        ? o
        : `<< ${o.dict} /Length ${Buffer.byteLength(o.stream, 'latin1')} >>\nstream\n${o.stream}\nendstream`;
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) out += `${String(off).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

const esc = (s: string) => s.replace(/[\\()]/g, (c) => `\\${c}`);
const text = (x: number, y: number, size: number, s: string) => `BT /F1 ${size} Tf ${x} ${y} Td (${esc(s)}) Tj ET`;

/** Column text: short lines, a blank line between paragraphs. */
const PAGES: { title: string; left: string[]; right: string[] }[] = [
  {
    title: 'Notes before my first clinic visit',
    left: [
      'My doctor said ketamine might help',
      'when two antidepressants did not.',
      'It works on the NMDA receptor,',
      'which is different from how most',
      'other medicines for mood work.',
      '',
      'The clinic gives it as an infusion',
      'and watches blood pressure during',
      'each session.',
    ],
    right: [
      'A nasal spray called esketamine is',
      'another form. It is used with an',
      'oral antidepressant and only in a',
      'certified clinic.',
      '',
      'I want to ask how many sessions',
      'people usually have at first.',
    ],
  },
  {
    title: 'Questions I wrote down',
    left: [
      'Some people feel dissociation, a',
      'sense of being apart from their',
      'body, for a short while after a',
      'dose. Ask how long it lasts.',
    ],
    right: [
      'My aunt was treated for CRPS, a',
      'long-lasting pain condition, with',
      'a similar medicine. Ask whether',
      'that is the same treatment.',
    ],
  },
];

function textPdf(pageCount: number): Buffer {
  const pages = Array.from({ length: pageCount }, (_, i) => PAGES[i % PAGES.length]!);
  // 1 catalog, 2 pages, 3 font, then per page: page object and its content stream.
  const objects: Obj[] = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${pages.map((_, i) => `${4 + i * 2} 0 R`).join(' ')}] /Count ${pages.length} >>`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
  ];
  pages.forEach((p, i) => {
    const ops = [text(54, 740, 18, p.title)];
    for (const [x, lines] of [
      [54, p.left],
      [320, p.right],
    ] as const) {
      let y = 700;
      for (const line of lines) {
        if (line) ops.push(text(x, y, 11, line));
        y -= line ? 15 : 12;
      }
    }
    ops.push(text(54, 40, 9, `Page ${i + 1}`));
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${5 + i * 2} 0 R >>`,
    );
    objects.push({ dict: '', stream: ops.join('\n') });
  });
  return pdf(objects);
}

function imageOnlyPdf(): Buffer {
  const pixels = Array.from({ length: 64 }, (_, i) => String.fromCharCode(((i * 37) % 200) + 40)).join('');
  return pdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /XObject << /Im1 4 0 R >> >> /Contents 5 0 R >>',
    {
      dict: '/Type /XObject /Subtype /Image /Width 8 /Height 8 /ColorSpace /DeviceGray /BitsPerComponent 8',
      stream: pixels,
    },
    { dict: '', stream: 'q 500 0 0 700 56 46 cm /Im1 Do Q' },
  ]);
}

const args = process.argv.slice(2);
const pagesAt = args.indexOf('--pages');
const out = resolve(args.find((a, i) => !a.startsWith('--') && i !== pagesAt + 1) ?? 'tests/fixtures/pdf');
mkdirSync(out, { recursive: true });
if (pagesAt >= 0) {
  writeFileSync(join(out, 'many-pages.pdf'), textPdf(Number(args[pagesAt + 1])));
} else {
  writeFileSync(join(out, 'two-columns.pdf'), textPdf(2));
  writeFileSync(join(out, 'image-only.pdf'), imageOnlyPdf());
}
console.log(`PDF fixtures written to ${out}`);
