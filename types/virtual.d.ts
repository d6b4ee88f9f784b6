declare module 'virtual:termlens-glossary' {
  export const entries: import('../glossary/schema').GlossaryEntry[];
}
declare module 'virtual:termlens-glossary-compact' {
  export const entries: import('../glossary/types').CompactEntry[];
}
declare module '*.css?inline' {
  const css: string;
  export default css;
}
