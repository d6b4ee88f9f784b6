/** A glossary entry id: kebab-case, at most 80 characters. The schema, messages, settings and addresses use this one pattern. */
export const ENTRY_ID = /^(?=.{1,80}$)[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const isEntryId = (v: unknown): v is string => typeof v === 'string' && ENTRY_ID.test(v);
