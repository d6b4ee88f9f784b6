import { render } from 'preact';
import '../../components/theme.css';
import '../../components/components.css';
import './popup.css';
import { localizeDocument, t } from '../../lib/i18n';
import { followThemeSetting } from '../../lib/theme';
import { App } from './App';
import { startEarly } from './early';
import { afterLoad } from './start-main';

// The popup lives until it closes; nothing outlives it, so the signal never needs to fire.
const lifetime = new AbortController().signal;
localizeDocument(t('ext.name'));
const early = startEarly(lifetime);
followThemeSetting(
  lifetime,
  early.stored.then(([settings]) => settings),
);
// Drawn once the page has loaded: the page's load event is when Chrome shows the popup, and it must not wait for
// this render (start-main.ts); run just after it, the render overlaps the time Chrome takes to bring the popup up.
// The page's answer, if not in yet, fills in the list when it comes.
afterLoad(document, () => render(<App early={early} />, document.getElementById('app')!));
