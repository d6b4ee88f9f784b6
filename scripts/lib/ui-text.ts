/**
 * Finds interface text written straight into the code instead of coming from
 * the locales (lib/i18n.ts): JSX text, reader-facing JSX attributes, and
 * string literals that read as words. Used by tests/unit/ui-strings.test.ts.
 * A literal that is meant to stay (a brand, a unit, a format name) carries a
 * `// i18n-ignore: why` comment on the line above, or its line.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

export interface UiText {
  file: string;
  line: number;
  text: string;
}

/** Attributes a reader sees or hears. Others (class, id, href, type…) are code. */
const READER_ATTRIBUTES = new Set([
  'title',
  'placeholder',
  'alt',
  'label',
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-placeholder',
  'aria-valuetext',
]);

/** Code-facing attributes and call targets whose strings are never shown. */
const CODE_ATTRIBUTES =
  /^(class|className|id|key|type|role|href|rel|name|for|htmlFor|style|lang|dir|src|accept|autocomplete|autoComplete|inputMode|pattern|method|target|part|slot|data-.*|aria-(controls|describedby|labelledby|live|haspopup|current|owns|activedescendant|keyshortcuts))$/;
const CODE_CALLS =
  /^(t|i18n\.t|console\.\w+|querySelector|querySelectorAll|closest|matches|getElementById|addEventListener|removeEventListener|setAttribute|getAttribute|hasAttribute|removeAttribute|createElement|postMessage|sendMessage|defineItem|require|import|Symbol|RegExp|attachShadow|getPropertyValue|setProperty|\w+\.(startsWith|endsWith|includes|split|join|replace|replaceAll|padStart|padEnd))$/;

/** Brand, product and format names that are the same in every language. */
const NAMES =
  /^(TermLens|MedlinePlus|PubMed|Chrome|Chromium|Firefox|CSV|TSV|JSON|TBX|PDF|URL|https?|MIT|Preact|OK|NIH|NHS|FDA|WHO|ICD-10|Floating UI|Ctrl|Alt|Shift|Esc|Enter|Tab|Space|⌘|↑|↓|←|→)$/;

/** Reads as words: two words with a space, or a capitalised word ending a sentence. */
const looksLikeWords = (text: string): boolean => {
  const s = text.trim();
  if (s === '' || NAMES.test(s)) return false;
  if (/^[a-z0-9-]+(:[a-z0-9-]+)*$/.test(s)) return false; // keys, ids, message names
  if (/[{};]|^\.|^#|^\[|^@|^\w+\(|=>|\\[nt]/.test(s)) return false; // CSS, selectors, code
  if (/^(https?|moz-extension|chrome-extension):\/\//.test(s)) return false;
  return /\p{L}{2,}[ \u00a0]+\p{L}{2,}/u.test(s) || /^\p{Lu}\p{Ll}{2,}[.:!?…]?$/u.test(s);
};

const ignored = (source: ts.SourceFile, node: ts.Node): boolean => {
  const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
  const lines = source.text.split('\n');
  return [lines[line], lines[line - 1]].some((l) => l !== undefined && /i18n-ignore/.test(l));
};

const callName = (call: ts.CallExpression | ts.NewExpression): string => {
  const e = call.expression;
  if (ts.isIdentifier(e)) return e.text;
  if (ts.isPropertyAccessExpression(e)) {
    const target = ts.isIdentifier(e.expression) ? e.expression.text : '_';
    return /^(console|i18n)$/.test(target)
      ? `${target}.${e.name.text}`
      : `${/^(startsWith|endsWith|includes|split|join|replace|replaceAll|padStart|padEnd)$/.test(e.name.text) ? 'x.' : ''}${e.name.text}`;
  }
  return '';
};

/** Whether a literal sits where its text is code: an import, a `t()` key, a CSS class… */
function inCodePosition(node: ts.Node): boolean {
  for (let n: ts.Node = node, parent = n.parent; parent; n = parent, parent = n.parent) {
    if (ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent) || ts.isImportTypeNode(parent)) return true;
    if (ts.isLiteralTypeNode(parent) || ts.isTypeNode(parent)) return true;
    if ((ts.isCallExpression(parent) || ts.isNewExpression(parent)) && n !== parent.expression) {
      const name = callName(parent);
      if (CODE_CALLS.test(name) || (ts.isNewExpression(parent) && name.endsWith('Error'))) return true;
    }
    if (ts.isJsxAttribute(parent)) return CODE_ATTRIBUTES.test(parent.name.getText());
    if (ts.isPropertyAssignment(parent) && n === parent.name) return true;
    if (ts.isElementAccessExpression(parent) && n === parent.argumentExpression) return true;
    if (ts.isBinaryExpression(parent) && /^(===|!==|==|!=|in)$/.test(parent.operatorToken.getText())) return true;
    if (ts.isCaseClause(parent)) return true;
    if (ts.isStatement(parent) || ts.isJsxElement(parent)) return false;
  }
  return false;
}

export function findUiText(file: string, code: string): UiText[] {
  const source = ts.createSourceFile(
    file,
    code,
    ts.ScriptTarget.Latest,
    true,
    file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const found: UiText[] = [];
  const report = (node: ts.Node, text: string) => {
    if (ignored(source, node)) return;
    found.push({ file, line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1, text: text.trim() });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node)) {
      const text = node.text.replace(/\s+/g, ' ').trim();
      if (/\p{L}/u.test(text) && !NAMES.test(text)) report(node, text);
    } else if (ts.isJsxAttribute(node) && node.initializer && ts.isStringLiteral(node.initializer)) {
      const name = node.name.getText();
      if (READER_ATTRIBUTES.has(name) && /\p{L}/u.test(node.initializer.text) && !NAMES.test(node.initializer.text))
        report(node, node.initializer.text);
      return;
    } else if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      if (looksLikeWords(node.text) && !inCodePosition(node)) report(node, node.text);
    } else if (ts.isTemplateExpression(node)) {
      const parts = [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' … ');
      if (looksLikeWords(parts) && !inCodePosition(node)) report(node, parts);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The interface's code: everything a reader's eyes or screen reader meet, tests and glossary data aside. */
const UI_SOURCE_DIRS = ['components', 'entrypoints', 'lib', 'glossary'];

/**
 * Not interface: the bundled glossary's data and its build-time checks (messages
 * for the glossary's authors, shown by `npm test`), and the English word lists
 * the sense guards match against page text.
 */
const NOT_INTERFACE = /\.test\.tsx?$|\.d\.ts$|^glossary\/(entries\/|schema\.ts$|validate\.ts$|sense-guards\.ts$)/;

export const uiSourceFiles = (root: string): string[] =>
  UI_SOURCE_DIRS.flatMap((dir) =>
    (readdirSync(join(root, dir), { recursive: true }) as string[])
      .map((f) => `${dir}/${f.replaceAll('\\', '/')}`)
      .filter((f) => /\.tsx?$/.test(f) && !NOT_INTERFACE.test(f)),
  ).sort();
