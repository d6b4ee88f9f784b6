import { Fragment, type ComponentChildren } from 'preact';

/**
 * A translated sentence with elements inside it ("Saved <time> from <a>"):
 * the message keeps its `{name}` placeholders where the language puts them,
 * and each is replaced by the element given for it. Pass the message through
 * `t(key, keepPlaceholders('date', 'page'))` so its placeholders survive `t`.
 */
export function messageParts(message: string, parts: Record<string, ComponentChildren>): ComponentChildren {
  return (
    message
      .split(/\{(\w+)\}/)
      // The pieces of one message never move; a different message is a different list.
      // oxlint-disable-next-line react/no-array-index-key
      .map((piece, i) => <Fragment key={i}>{i % 2 === 1 ? (parts[piece] ?? `{${piece}}`) : piece}</Fragment>)
  );
}

/** Named substitutions that put each placeholder back, for messageParts. */
export const keepPlaceholders = <N extends string>(...names: N[]): Record<N, string> =>
  Object.fromEntries(names.map((n) => [n, `{${n}}`])) as Record<N, string>;
