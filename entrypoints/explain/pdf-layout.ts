/**
 * Paragraphs from the text runs of one PDF page, in reading order. A PDF
 * holds positioned runs of text, not lines or paragraphs. Runs are put into
 * columns (two when the page's text falls on both sides of its middle with
 * little crossing it), then into lines by their baseline, and lines into
 * paragraphs where the gap between lines is clearly larger than usual.
 */
export interface Run {
  text: string;
  /** Left edge and baseline, in PDF units (y grows upwards). */
  x: number;
  y: number;
  width: number;
  /** Font size. */
  size: number;
}

interface Line {
  y: number;
  size: number;
  text: string;
}

function linesOf(runs: Run[]): Line[] {
  const sorted = [...runs].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: { y: number; size: number; runs: Run[] }[] = [];
  for (const run of sorted) {
    const last = lines.at(-1);
    if (last && Math.abs(last.y - run.y) <= Math.max(last.size, run.size) * 0.4) last.runs.push(run);
    else lines.push({ y: run.y, size: run.size, runs: [run] });
  }
  return lines.map((l) => {
    const parts = l.runs.sort((a, b) => a.x - b.x);
    let text = '';
    let end = -Infinity;
    for (const r of parts) {
      const gap = r.x - end;
      if (text && gap > r.size * 0.15 && !/\s$/.test(text) && !/^\s/.test(r.text)) text += ' ';
      text += r.text;
      end = r.x + r.width;
    }
    return { y: l.y, size: l.size, text: text.replace(/\s+/g, ' ').trim() };
  });
}

function paragraphsOf(lines: Line[]): string[] {
  if (!lines.length) return [];
  const gaps = lines
    .slice(1)
    .map((l, i) => lines[i]!.y - l.y)
    .filter((g) => g > 0);
  const usual = gaps.length ? [...gaps].sort((a, b) => a - b)[Math.floor(gaps.length / 2)]! : lines[0]!.size * 1.2;
  const out: string[] = [];
  let current = '';
  lines.forEach((line, i) => {
    const gap = i === 0 ? 0 : lines[i - 1]!.y - line.y;
    const breaks = i > 0 && (gap > usual * 1.45 || gap < 0 || Math.abs(line.size - lines[i - 1]!.size) > 1.5);
    if (breaks && current) {
      out.push(current);
      current = '';
    }
    current = !current ? line.text : /\p{L}-$/u.test(current) ? current + line.text : `${current} ${line.text}`;
  });
  if (current) out.push(current);
  return out;
}

/** Two columns when most text sits wholly left or right of the middle, with enough on each side. */
function splitColumns(runs: Run[], pageWidth: number): Run[][] {
  const mid = pageWidth / 2;
  const weight = (rs: Run[]) => rs.reduce((n, r) => n + r.text.length, 0);
  const left = runs.filter((r) => r.x + r.width <= mid + 2);
  const right = runs.filter((r) => r.x >= mid - 2);
  const across = runs.filter((r) => !left.includes(r) && !right.includes(r));
  const total = weight(runs);
  const twoColumns = weight(across) < total * 0.15 && weight(left) > total * 0.2 && weight(right) > total * 0.2;
  if (!twoColumns) return [runs];
  // Text across both columns (a title) is read before the columns when above them, after when below.
  const top = Math.max(...left.map((r) => r.y), ...right.map((r) => r.y));
  return [across.filter((r) => r.y > top), left, right, across.filter((r) => r.y <= top)].filter((g) => g.length);
}

export function layoutParagraphs(runs: Run[], pageWidth: number): string[] {
  return splitColumns(runs, pageWidth).flatMap((group) => paragraphsOf(linesOf(group)));
}
