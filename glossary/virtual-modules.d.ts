declare module 'virtual:termlens-glossary' {
  export const entries: import('./schema').GlossaryEntry[];
}
declare module 'virtual:termlens-glossary-compact' {
  export const entries: import('./compact-entry').CompactEntry[];
}
declare module 'virtual:termlens-matcher' {
  export const packed: import('./matcher').PackedMatcher;
}
declare module '*.css?inline' {
  const css: string;
  export default css;
}
