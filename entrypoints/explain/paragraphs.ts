/**
 * Plain text as paragraphs: a blank line ends a paragraph; the line breaks
 * inside one (a pasted e-mail, a text file wrapped at 72 columns) become
 * spaces, except after a hyphen, where the word continues.
 */
export const TEXT_LIMIT = 2_000_000;

export function toParagraphs(text: string): string[] {
  return text
    .slice(0, TEXT_LIMIT)
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t\u00a0]*\n+/)
    .map((p) =>
      p
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean)
        .reduce((acc, line) => (!acc ? line : /\p{L}-$/u.test(acc) ? acc + line : `${acc} ${line}`), ''),
    )
    .filter(Boolean);
}
