/**
 * TermLens's privacy policy, written once. The extension page privacy.html
 * renders it, and PRIVACY.md is generated from it (`npx tsx
 * scripts/privacy-md.ts`; tests/unit/privacy-policy.test.ts fails when the
 * two differ), so the page a reviewer opens and the file in the repository
 * always say the same. Keep it true: when TermLens stores something new, say
 * here what, where, and whether it leaves the device.
 */

export interface PolicySection {
  heading: string;
  paragraphs: string[];
  items?: string[];
}

export const POLICY_TITLE = 'TermLens privacy policy';
export const POLICY_UPDATED = '2026-11-30';

export const POLICY: PolicySection[] = [
  {
    heading: 'In short',
    paragraphs: [
      'TermLens makes no network requests. It has no account, no analytics, no telemetry, no advertising and no remote code. Nothing about the pages you read, the terms you look up or what you save is sent to us or to anyone else.',
      'The only data that can leave your device is what your browser itself syncs: TermLens keeps its settings in the browser’s sync storage, which your browser copies to your other browsers if you have turned on its sync. Everything else stays on this device.',
    ],
  },
  {
    heading: 'What TermLens reads',
    paragraphs: [
      'To find glossary terms, TermLens reads the text of the web pages you open (http and https pages) inside your browser. The text is matched against the glossary on your device and is never stored or sent anywhere. Text you paste or files you open on the Explain page are read the same way, in the browser, and are not kept unless you save a term.',
    ],
  },
  {
    heading: 'What TermLens stores, and where',
    paragraphs: ['TermLens keeps the following in your browser’s extension storage:'],
    items: [
      'Settings (synced by your browser if its sync is on): whether TermLens is on, where it runs, how terms are marked, the tooltip delay, the reading level, the theme, and the terms you asked it not to mark. Muted terms are synced with the other settings; they can hint at the health topics you read about. If you do not want that, turn off your browser’s sync for extensions or add-ons, or do not mute terms.',
      'Site list (this device only): the sites where you turned TermLens on or off.',
      'Your own glossaries (this device only): the glossaries you import or write, until you delete them.',
      'My terms (this device only): terms you save, the date, your notes, and, only if you turn on that setting, the title and address of the page where you met the term.',
      'A copy of your chosen light or dark theme in the extension pages’ own storage, so they open in the right colours.',
      'While the browser runs (its session storage, never written to disk, gone when the browser closes): the terms found in each open tab and its frames, for the toolbar badge and the popup; and text you chose to explain from the right-click menu, until the Explain page opens it.',
    ],
  },
  {
    heading: 'What never leaves your device',
    paragraphs: [
      'Page text, the terms found on pages, your own glossaries, your saved terms and notes, your site list, and files you open. TermLens does not use cookies and does not read your browsing history.',
      'The “Say it” button uses only voices installed on your device (the browser reports them as local); it is not shown when there is none, so no text is sent to an online speech service.',
    ],
  },
  {
    heading: 'Files',
    paragraphs: [
      'When you export your settings, a glossary or your saved terms, TermLens creates a file on your device through your browser’s download. When you import a file, it is read in the browser. Nothing is uploaded.',
    ],
  },
  {
    heading: 'Removing your data',
    paragraphs: [
      'Delete your own glossaries and saved terms in TermLens’s pages. Removing the extension deletes everything it stored on this device; synced settings are removed from your browser account when your browser next syncs.',
    ],
  },
  {
    heading: 'Permissions',
    paragraphs: [
      'storage: to keep the data above. contextMenus: for the right-click items. Access to all http and https pages: to find and mark terms on the pages you read. TermLens asks for nothing else.',
    ],
  },
  {
    heading: 'Medical information',
    paragraphs: [
      'TermLens explains words. It is not medical advice and does not replace talking with a health professional.',
    ],
  },
];
