import { render } from 'preact';
import '../../components/theme.css';
import '../../components/components.css';
import './reference.css';
import { followThemeSetting } from '../../lib/theme';
import { App } from './App';

followThemeSetting(new AbortController().signal);
render(<App />, document.getElementById('app')!);
