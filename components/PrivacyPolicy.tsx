import type { PolicySection } from '../lib/privacy-policy';

/** The privacy policy as a page: plain text in, headings, paragraphs and lists out. */
export function PrivacyPolicy({
  title,
  updated,
  sections,
}: {
  title: string;
  updated: string;
  sections: PolicySection[];
}) {
  return (
    <main class="tl-policy" lang="en" dir="ltr">
      <h1>{title}</h1>
      <p class="tl-hint">
        Last updated: <time dateTime={updated}>{updated}</time>
      </p>
      {sections.map((section) => (
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
