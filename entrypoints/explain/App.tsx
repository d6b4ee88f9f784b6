import { useEffect, useRef, useState } from 'preact/hooks';
import { Brand } from '../../components/Brand';
import { Disclaimer } from '../../components/Disclaimer';
import { PageTerms } from '../../components/PageTerms';
import { gradeLevel } from '../../glossary/readability';
import { t, uiLanguageTag } from '../../lib/i18n';
import { takeExplainSelection } from '../../lib/storage';
import { nextOfEntry } from '../content/term-navigation';
import { TEXT_LIMIT, toParagraphs } from './paragraphs';
import { useReadingSession } from './use-reading-session';

interface Shown {
  key: number;
  title: string;
  /** Set when the title is the interface's words ("Pasted text") inside the English article, not a file name. */
  titleLang?: string;
  paragraphs: string[];
  /** Said beside the text, never inside it: how much of a long PDF is shown. */
  note?: string;
}

/** The title of a text that came without a name, in the interface's language. */
const named = (title: string) => ({ title, titleLang: uiLanguageTag() });

const FILE_LIMIT = 50 * 1024 * 1024;

/** The explain page: paste a text or open a .txt or .pdf; it is shown as a page TermLens reads like any other. */
export function App() {
  const [draft, setDraft] = useState('');
  const [shown, setShown] = useState<Shown | null>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const [dragging, setDragging] = useState(false);
  const article = useRef<HTMLElement>(null);
  // Opened from "Explain selected text in TermLens": the selection waits in session storage.
  useEffect(() => {
    if (new URLSearchParams(location.search).get('from') !== 'selection') return;
    void takeExplainSelection().then((text) => text && show(named(t('explain.selectedText')), toParagraphs(text)));
  }, []);
  const { terms, session } = useReadingSession(article, shown?.key ?? 0);

  const show = (about: Pick<Shown, 'title' | 'titleLang' | 'note'>, paragraphs: string[]) => {
    if (!paragraphs.length) {
      setError(t('explain.noText'));
      return;
    }
    setError('');
    setShown((s) => ({ key: (s?.key ?? 0) + 1, ...about, paragraphs }));
  };

  const openFile = async (file: File) => {
    setError('');
    const name = file.name;
    if (file.size > FILE_LIMIT) return setError(t('explain.tooLarge', { name }));
    const isPdf = /\.pdf$/i.test(file.name) || file.type === 'application/pdf';
    if (!isPdf && !/\.(txt|text|md)$/i.test(file.name) && !file.type.startsWith('text/'))
      return setError(t('explain.notTextOrPdf', { name }));
    if (!isPdf) return show({ title: name }, toParagraphs(await file.text()));
    setStatus(t('explain.reading', { name }));
    try {
      // pdf.js is loaded by this page only, and only once a PDF is opened.
      const { pdfParagraphs } = await import('./pdf-text');
      const result = await pdfParagraphs(await file.arrayBuffer(), (page, pages) =>
        setStatus(t('explain.readingPage', { name, page: String(page), pages: String(pages) })),
      );
      setStatus('');
      if (!result.ok) return setError(t('explain.scanned'));
      const note =
        result.totalPages > result.pages
          ? t('explain.firstPagesOnly', { shown: String(result.pages), pages: String(result.totalPages) })
          : undefined;
      show({ title: name, note }, result.paragraphs);
    } catch {
      setStatus('');
      setError(t('explain.notPdf', { name }));
    }
  };

  const text = shown?.paragraphs.join('\n\n') ?? '';
  const grade = text ? Math.max(1, Math.round(gradeLevel(text))) : null;

  return (
    <div class="tl-explain">
      <header class="tl-explain-header">
        <Brand title={t('explain.title')} size={24} />
        <p class="tl-hint">{t('explain.intro')}</p>
      </header>
      <section
        class={`tl-explain-input${dragging ? ' tl-drop-over' : ''}`}
        aria-label={t('explain.textToExplain')}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          const file = e.dataTransfer?.files[0];
          if (file) void openFile(file);
        }}
      >
        <label for="tl-paste" class="tl-explain-label">
          {t('explain.pasteHere')}
        </label>
        <textarea
          id="tl-paste"
          rows={6}
          maxLength={TEXT_LIMIT}
          value={draft}
          onInput={(e) => setDraft(e.currentTarget.value)}
          placeholder={t('explain.pastePlaceholder')}
        />
        <div class="tl-explain-actions">
          <button
            type="button"
            class="tl-button tl-button-primary"
            onClick={() => show(named(t('explain.pastedText')), toParagraphs(draft))}
          >
            {t('explain.explainThis')}
          </button>
          <label class="tl-button tl-file-button">
            {t('explain.openFile')}
            <input
              type="file"
              accept=".txt,.text,.md,.pdf,text/plain,application/pdf"
              onChange={(e) => {
                const file = e.currentTarget.files?.[0];
                e.currentTarget.value = '';
                if (file) void openFile(file);
              }}
            />
          </label>
          <span class="tl-hint">{t('explain.orDrop')}</span>
        </div>
        <p class="tl-explain-status" role="status">
          {status}
        </p>
        {error && (
          <p class="tl-explain-error" role="alert">
            {error}
          </p>
        )}
      </section>
      {shown && (
        <div class="tl-explain-body">
          <article class="tl-reading" ref={article} key={shown.key} aria-label={shown.title} lang="en">
            <h2 class="tl-reading-title" lang={shown.titleLang}>
              {shown.title}
            </h2>
            {shown.paragraphs.map((p, i) => (
              // The paragraphs of one text never change order; a new text remounts the whole article.
              // oxlint-disable-next-line react/no-array-index-key
              <p key={i}>{p}</p>
            ))}
          </article>
          <aside class="tl-explain-side" aria-labelledby="tl-on-page">
            <h2 id="tl-on-page" class="tl-section-title">
              {t('explain.onThisPage')}
            </h2>
            {shown.note && <p class="tl-hint">{shown.note}</p>}
            {grade !== null && (
              <p class="tl-hint tl-explain-grade">{t('explain.readingLevel', { grade: String(grade) })}</p>
            )}
            <PageTerms
              terms={terms}
              emptyText={t('explain.noTerms')}
              onChoose={(id) => {
                const s = session.current;
                if (s) nextOfEntry(s.engine.index, s.tooltip, id);
              }}
            />
          </aside>
        </div>
      )}
      <footer class="tl-explain-footer">
        <Disclaimer />
      </footer>
    </div>
  );
}
