import { SaxesParser, type SaxesTagPlain } from 'saxes';
import type { FileProblem } from './problems';
import type { RawRow } from './schema';

/**
 * TBX (ISO 30042), as terminology tools export it: TBX-Basic and TBX-Min,
 * old (`termEntry` / `langSet` / `tig`) and new (`conceptEntry` / `langSec` /
 * `termSec`) element names. From each entry it takes the terms of one
 * language section (the first is the term, the others its aliases) and the
 * definition (`descrip type="definition"`) of that section or of the entry.
 *
 * Safety: saxes is a non-validating parser that never fetches anything and
 * expands only XML's five predefined entities. A DOCTYPE with an internal
 * subset (where entity declarations live: "billion laughs", external
 * entities) is refused outright with a message, before any entity is used.
 */

const ENTRY = new Set(['termentry', 'conceptentry', 'entry']);
const LANG = new Set(['langset', 'langsec', 'langgroup']);
const DEFINITION_ELEMENTS = new Set(['definition', 'description']);

export type TbxRead =
  | { ok: true; rows: RawRow[]; language: string; title?: string }
  | { ok: false; error: FileProblem; languages?: string[] };

interface LangPart {
  terms: string[];
  definition?: string;
}
interface Entry {
  line: number;
  definition?: string;
  langs: Map<string, LangPart>;
}

const local = (name: string) => name.slice(name.indexOf(':') + 1).toLowerCase();
const primary = (lang: string) => lang.toLowerCase().split(/[-_]/)[0] ?? '';

export function readTbx(text: string, language?: string): TbxRead {
  const parser = new SaxesParser({ position: true });
  const entries: Entry[] = [];
  const languages = new Set<string>();
  let entry: Entry | null = null;
  let lang: string | null = null;
  // The element whose text is being collected, and its depth so nested inline markup (<hi>) adds its text.
  let capture: { kind: 'term' | 'definition' | 'title'; depth: number; text: string } | null = null;
  let depth = 0;
  let title: string | undefined;
  let refused = false;

  parser.on('doctype', (doctype) => {
    if (doctype.includes('[')) {
      refused = true;
      throw new Error('xml-entities');
    }
  });
  parser.on('opentag', (tag) => {
    depth++;
    if (capture) return;
    const name = local(tag.name);
    const attrs = (tag as SaxesTagPlain).attributes;
    if (ENTRY.has(name)) {
      entry = { line: parser.line, langs: new Map() };
    } else if (LANG.has(name)) {
      const code = String(attrs['xml:lang'] ?? attrs.lang ?? '').trim();
      lang = code ? code.toLowerCase() : null;
      if (lang) languages.add(lang);
    } else if (name === 'term' && entry && lang) {
      capture = { kind: 'term', depth, text: '' };
    } else if (
      entry &&
      ((name === 'descrip' && String(attrs.type ?? '').toLowerCase() === 'definition') || DEFINITION_ELEMENTS.has(name))
    ) {
      capture = { kind: 'definition', depth, text: '' };
    } else if (name === 'title' && !entry && title === undefined) {
      capture = { kind: 'title', depth, text: '' };
    }
  });
  parser.on('text', (t) => {
    if (capture) capture.text += t;
  });
  parser.on('cdata', (t) => {
    if (capture) capture.text += t;
  });
  parser.on('closetag', (tag) => {
    const name = local(tag.name);
    if (capture && capture.depth === depth) {
      const value = capture.text.replace(/\s+/g, ' ').trim();
      if (capture.kind === 'title') title = value || undefined;
      else if (entry) {
        const part = lang ? partOf(entry, lang) : null;
        if (capture.kind === 'term' && part && value) part.terms.push(value);
        if (capture.kind === 'definition' && value) {
          if (part) part.definition ??= value;
          else entry.definition ??= value;
        }
      }
      capture = null;
    } else if (!capture) {
      if (LANG.has(name)) lang = null;
      if (ENTRY.has(name) && entry) {
        entries.push(entry);
        entry = null;
      }
    }
    depth--;
  });

  try {
    parser.write(text).close();
  } catch (e) {
    if (refused) return { ok: false, error: { code: 'xml-entities' } };
    // The parser's own words (English) stay a detail after the reader's sentence; "5:12: " is where.
    const message = e instanceof Error ? e.message : String(e);
    const at = /^(?:[^:\s]*:)?(\d+):\d+: /.exec(message);
    const detail = at ? message.slice(at[0].length) : message;
    return { ok: false, error: { code: 'not-xml', detail, ...(at ? { line: Number(at[1]) } : {}) } };
  }
  if (!entries.length) return { ok: false, error: { code: 'no-tbx-entries' } };

  const chosen = chooseLanguage([...languages], language);
  if (!chosen) {
    return {
      ok: false,
      error: language ? { code: 'no-language-section', language } : { code: 'no-english-section' },
      languages: [...languages].sort(),
    };
  }
  const rows: RawRow[] = entries.map((e) => {
    const part = [...e.langs].find(([code]) => primary(code) === primary(chosen))?.[1];
    const where = { line: e.line };
    if (!part?.terms.length) return { where, fields: {}, problem: { code: 'no-term-in-language', language: chosen } };
    const [term, ...aliases] = part.terms;
    return { where, fields: { term, aliases, definition: part.definition ?? e.definition ?? '' } };
  });
  return { ok: true, rows, language: chosen, title };
}

function partOf(entry: Entry, lang: string): LangPart {
  let part = entry.langs.get(lang);
  if (!part) entry.langs.set(lang, (part = { terms: [] }));
  return part;
}

/** English when the file has it, else the language asked for, else the only language present. */
function chooseLanguage(present: string[], asked?: string): string | null {
  if (asked) return present.find((l) => primary(l) === primary(asked)) ?? null;
  const english = present.find((l) => primary(l) === 'en');
  if (english) return english;
  return present.length === 1 ? present[0]! : null;
}
