import { useEffect, useRef, useState } from 'preact/hooks';
import { Brand } from '../../components/Brand';
import { Disclaimer } from '../../components/Disclaimer';
import { PageTerms } from '../../components/PageTerms';
import { gradeLevel } from '../../glossary/readability';
import { takeExplainSelection } from '../../lib/storage';
import { nextOfEntry } from '../content/term-navigation';
import { TEXT_LIMIT, toParagraphs } from './paragraphs';
import { useReadingSession } from './use-reading-session';

interface Shown {
  key: number;
  title: string;
  paragraphs: string[];
}

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
    void takeExplainSelection().then((text) => text && show('Selected text', toParagraphs(text)));
  }, []);
  const { terms, session } = useReadingSession(article, shown?.key ?? 0);

  const show = (title: string, paragraphs: string[]) => {
    if (!paragraphs.length) {
      setError('There is no text to explain.');
      return;
    }
    setError('');
    setShown((s) => ({ key: (s?.key ?? 0) + 1, title, paragraphs }));
  };

  const openFile = async (file: File) => {
    setError('');
    if (file.size > FILE_LIMIT) return setError(`${file.name} is larger than 50 MB; TermLens opens smaller files.`);
    const isPdf = /\.pdf$/i.test(file.name) || file.type === 'application/pdf';
    if (!isPdf && !/\.(txt|text|md)$/i.test(file.name) && !file.type.startsWith('text/'))
      return setError(
        `${file.name} is neither a text file (.txt) nor a PDF. Open a .txt or .pdf file, or paste the text.`,
      );
    if (!isPdf) return show(file.name, toParagraphs(await file.text()));
    setStatus(`Reading ${file.name}…`);
    try {
      // pdf.js is loaded by this page only, and only once a PDF is opened.
      const { pdfParagraphs } = await import('./pdf-text');
      const result = await pdfParagraphs(await file.arrayBuffer(), (page, pages) =>
        setStatus(`Reading ${file.name}: page ${page} of ${pages}…`),
      );
      setStatus('');
      if (!result.ok) return setError(result.error);
      show(file.name, result.paragraphs);
    } catch {
      setStatus('');
      setError(`${file.name} could not be read as a PDF. It may be damaged or protected by a password.`);
    }
  };

  const text = shown?.paragraphs.join('\n\n') ?? '';
  const grade = text ? Math.max(1, Math.round(gradeLevel(text))) : null;

  return (
    <div class="tl-explain">
      <header class="tl-explain-header">
        <Brand title="Explain a text" size={24} />
        <p class="tl-hint">
          Paste a text or open a .txt or .pdf file. TermLens marks the terms it knows, as on a web page. The file never
          leaves your browser.
        </p>
      </header>
      <section
        class={`tl-explain-input${dragging ? ' tl-drop-over' : ''}`}
        aria-label="Text to explain"
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
          Paste the text here
        </label>
        <textarea
          id="tl-paste"
          rows={6}
          maxLength={TEXT_LIMIT}
          value={draft}
          onInput={(e) => setDraft(e.currentTarget.value)}
          placeholder="For example, a message from your clinic or a consent form"
        />
        <div class="tl-explain-actions">
          <button
            type="button"
            class="tl-button tl-button-primary"
            onClick={() => show('Pasted text', toParagraphs(draft))}
          >
            Explain this text
          </button>
          <label class="tl-button tl-file-button">
            Open a file (.txt or .pdf)
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
          <span class="tl-hint">or drop a file here</span>
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
            <h2 class="tl-reading-title">{shown.title}</h2>
            {shown.paragraphs.map((p, i) => (
              // The paragraphs of one text never change order; a new text remounts the whole article.
              // oxlint-disable-next-line react/no-array-index-key
              <p key={i}>{p}</p>
            ))}
          </article>
          <aside class="tl-explain-side" aria-labelledby="tl-on-page">
            <h2 id="tl-on-page" class="tl-section-title">
              On this page
            </h2>
            {grade !== null && (
              <p class="tl-hint tl-explain-grade">
                Reading level of this text: about grade {grade} (Flesch-Kincaid; 8 or lower is easy for most readers).
              </p>
            )}
            <PageTerms
              terms={terms}
              emptyText="No glossary terms in this text."
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
