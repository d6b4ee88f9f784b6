import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { TooltipProps } from '../../components/Tooltip';
import { badgeName, categoryName } from '../../components/labels';
import { showsCrisisInTooltip } from '../../glossary/notices';
import { t } from '../../lib/i18n';
import { sendToBackground } from '../../lib/messages';
import { isSaved, saveTerm } from '../../lib/saved-terms';
import type { ReadingLevel, Theme } from '../../lib/settings';
import { ENTRY_BY_ID } from './glossary-data';
import { ownTerm } from './own-glossaries';
import type { Occurrence } from './occurrences';
import { liveRange } from './ranges';
import type { TooltipView, TooltipViewModule } from './tooltip-view';
import { loadTooltipView } from './tooltip-view-loader';

export type OpenedBy = 'pointer' | 'keyboard' | 'touch';

/** What the tooltip's "Don't mark this term" and its undo do (write the muted-terms setting). */
export interface MuteActions {
  mute(entryId: string): Promise<void>;
  unmute(entryId: string): Promise<void>;
}

/**
 * The one tooltip: which term it shows, what its card says, and what its
 * buttons do. The card itself (a Preact card in the top layer, so no z-index,
 * transform or overflow of the page can hide or clip it) is the view, loaded
 * at the first hover (tooltip-view-loader.ts): `prepare()` starts that load
 * while the hover delay runs.
 */
export class TooltipUi {
  private view: TooltipView | null = null;
  private viewLoading: Promise<TooltipViewModule | null> | null = null;
  current: Occurrence | null = null;
  openedBy: OpenedBy | null = null;
  /** The entry just muted from this card, while the card still offers its undo. */
  private justMuted: string | null = null;
  /** The open term is in My terms. */
  private saved = false;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly signal: AbortSignal,
    /** The card's theme for this term: the setting, with "auto" already decided from the page. */
    private readonly theme: (occ: Occurrence) => Exclude<Theme, 'auto'>,
    private readonly readingLevel: () => ReadingLevel,
    private readonly onActive: (occ: Occurrence | null) => void,
    /** Whether a saved term also keeps this page's title and address (the reader's setting). */
    private readonly savePageInfo: () => boolean = () => false,
    private readonly muteActions?: MuteActions,
  ) {
    signal.addEventListener('abort', () => this.destroy(), { once: true });
    document.addEventListener('fullscreenchange', () => this.view?.followFullscreen(), { signal });
  }

  get host(): HTMLElement | null {
    return this.view?.host ?? null;
  }

  /** Is this node part of TermLens's UI (events inside the tooltip are ours, not the page's)? */
  contains(node: EventTarget | null): boolean {
    const host = this.host;
    return !!node && !!host && (node === host || (node instanceof Node && host.contains(node)));
  }

  /** The card's code is loaded or on its way. */
  get prepared(): boolean {
    return this.viewLoading !== null;
  }

  /** The pointer rests on a term: load the card's code now, so it is ready when the delay ends. */
  prepare(): Promise<TooltipViewModule | null> {
    this.viewLoading ??= loadTooltipView().then(
      (loaded) => {
        if (this.signal.aborted) return null;
        this.view ??= loaded.createTooltipView(this.ctx, this.signal);
        return loaded;
      },
      () => {
        this.viewLoading = null; // tried again at the next hover
        return null;
      },
    );
    return this.viewLoading;
  }

  async open(occ: Occurrence, by: OpenedBy): Promise<void> {
    const loaded = await this.prepare();
    const card = loaded && (await cardFor(occ.entryId, loaded.textsOf));
    const view = this.view;
    const anchor = liveRange(occ.range);
    if (!card || !anchor || !view || this.signal.aborted) return;
    if (!(await view.mount()) || this.signal.aborted) return;
    this.current = occ;
    this.openedBy = by;
    this.justMuted = null;
    this.saved = false;
    this.draw(view, occ, by, card);
    void isSaved(card.entry.id).then(
      (saved) => {
        if (!saved || this.current !== occ) return;
        this.saved = true;
        this.draw(view, occ, by, card);
      },
      () => undefined,
    );
    view.show(anchor);
    this.onActive(occ);
  }

  private draw(view: TooltipView, occ: Occurrence, by: OpenedBy, card: Card): void {
    const { entry } = card;
    const actions = this.muteActions;
    const props: TooltipProps = {
      ...card,
      found: occ.text,
      readingLevel: this.readingLevel(),
      announce: by === 'keyboard',
      onMore: () => void sendToBackground({ type: 'open-reference', id: entry.id }).catch(() => undefined),
      onClose: () => this.close(),
      saved: this.saved,
      onSave: () =>
        void this.save(card).then((ok) => {
          if (!ok || this.current !== occ) return;
          this.saved = true;
          this.draw(view, occ, by, card);
        }),
      onMute: actions && (() => this.setMuted(view, occ, by, card, true)),
      muted: this.justMuted === entry.id,
      onUndo: actions && (() => this.setMuted(view, occ, by, card, false)),
    };
    view.draw(props, this.theme(occ));
  }

  private setMuted(view: TooltipView, occ: Occurrence, by: OpenedBy, card: Card, muted: boolean): void {
    if (!this.muteActions || this.current !== occ) return;
    this.justMuted = muted ? occ.entryId : null;
    this.draw(view, occ, by, card);
    const act = muted ? this.muteActions.mute : this.muteActions.unmute;
    void act(occ.entryId).catch(() => undefined);
  }

  /** Keeps the term in My terms, with the page's title and address only if the reader asked for that. */
  private async save({ entry }: Card): Promise<boolean> {
    const page = this.savePageInfo() ? { pageTitle: document.title, pageUrl: location.href } : {};
    try {
      await saveTerm({ id: entry.id, headword: entry.headword, definition: entry.short, ...page });
      return true;
    } catch {
      return false; // storage refused (quota): the button stays "Save", nothing is lost
    }
  }

  close(): void {
    if (!this.current) return;
    this.justMuted = null;
    this.current = null;
    this.openedBy = null;
    this.view?.hide();
    this.onActive(null);
  }

  private destroy(): void {
    this.close();
    this.view?.destroy();
    this.view = null;
  }
}

type Card = Pick<TooltipProps, 'entry' | 'categoryLabel' | 'badgeLabel' | 'crisisNote' | 'glossaryName' | 'sourceUrl'>;

/** What a tooltip shows for an entry: a bundled one with its texts from the card's code, a reader's term once its chunk is read. */
async function cardFor(id: string, textsOf: TooltipViewModule['textsOf']): Promise<Card | null> {
  const entry = ENTRY_BY_ID.get(id);
  const texts = entry && textsOf(id);
  if (entry && texts)
    return {
      entry: { ...entry, ...texts },
      categoryLabel: categoryName(entry.category),
      badgeLabel: entry.badge ? badgeName(entry.badge) : undefined,
      crisisNote: showsCrisisInTooltip(entry) ? t('notice.crisisShort') : undefined,
    };
  if (entry) return null;
  const own = await ownTerm(id);
  if (!own) return null;
  return {
    entry: { id, headword: own.term.term, short: own.term.definition },
    categoryLabel: own.term.category ?? t('page.yourTerm'),
    glossaryName: own.glossary,
    sourceUrl: own.term.source,
  };
}
