import { render } from 'preact';
import '../../components/theme.css';
import '../../components/components.css';
import '../content/highlight.css';
import './explain.css';
import { followThemeSetting } from '../../lib/theme';
import { App } from './App';

followThemeSetting(new AbortController().signal);
render(<App />, document.getElementById('app')!);
