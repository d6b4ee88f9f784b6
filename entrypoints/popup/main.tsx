import { render } from 'preact';
import '../../components/theme.css';
import '../../components/components.css';
import './popup.css';
import { localizeDocument, t } from '../../lib/i18n';
import { followThemeSetting } from '../../lib/theme';
import { App } from './App';
import { startEarly } from './early';

// The popup lives until it closes; nothing outlives it, so the signal never needs to fire.
const lifetime = new AbortController().signal;
localizeDocument(t('ext.name'));
const early = startEarly(lifetime);
followThemeSetting(
  lifetime,
  early.stored.then(([settings]) => settings),
);
// Drawn now, before the document's load event: Chrome shows a popup only once its page has loaded, so what is
// rendered by then is what the reader first sees. The page's answer fills in the list when it comes.
render(<App early={early} />, document.getElementById('app')!);
