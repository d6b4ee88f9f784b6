import type { Policy } from '../lib/privacy-policy';

/**
 * The privacy policy as a page: plain text in, headings, paragraphs and lists
 * out. In the interface's language (the page's <html lang>).
 */
export function PrivacyPolicy({ policy }: { policy: Policy }) {
  return (
    <main class="tl-policy">
      <h1>{policy.title}</h1>
      <p class="tl-hint">
        {policy.lastUpdated} <time dateTime={policy.updated}>{policy.updated}</time>
      </p>
      {policy.sections.map((section) => (
        <section key={section.heading}>
          <h2>{section.heading}</h2>
          {section.paragraphs.map((p) => (
            <p key={p}>{p}</p>
          ))}
          {section.items && (
            <ul>
              {section.items.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </main>
  );
}
