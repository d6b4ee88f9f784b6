import { render } from 'preact';
import '../../components/theme.css';
import '../../components/components.css';
import './popup.css';
import { followThemeSetting } from '../lib/theme';
import { App } from './App';
import { startEarly } from './early';

// The popup lives until it closes; nothing outlives it, so the signal never needs to fire.
const lifetime = new AbortController().signal;
const early = startEarly(lifetime);
followThemeSetting(
  lifetime,
  early.stored.then(([settings]) => settings),
);
// Drawn once the question to the page is on its way (finding the tab is one short call), so that the page
// answers while the popup renders rather than after.
void early.page.finally(() => render(<App early={early} />, document.getElementById('app')!));
