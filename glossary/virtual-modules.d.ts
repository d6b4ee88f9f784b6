declare module 'virtual:termlens-glossary' {
  export const entries: import('./schema').GlossaryEntry[];
}
declare module 'virtual:termlens-glossary-compact' {
  export const entries: import('./compact-entry').CompactEntry[];
}
declare module 'virtual:termlens-glossary-page' {
  export const entries: import('./compact-entry').PageEntry[];
}
declare module 'virtual:termlens-glossary-texts' {
  /** [entry id, its card texts], in the glossary's order. */
  export const texts: [string, import('./compact-entry').CardTexts][];
}
declare module 'virtual:termlens-matcher' {
  export const packed: import('./matcher').PackedMatcher;
}
declare module '*.css?inline' {
  const css: string;
  export default css;
}
