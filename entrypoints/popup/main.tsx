import { render } from 'preact';
import '../../components/theme.css';
import '../../components/components.css';
import './popup.css';
import { followThemeSetting } from '../lib/theme';
import { App } from './App';

// The popup lives until it closes; nothing outlives it, so the signal never needs to fire.
followThemeSetting(new AbortController().signal);
render(<App />, document.getElementById('app')!);
