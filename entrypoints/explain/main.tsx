import { render } from 'preact';
import '../../components/theme.css';
import '../../components/components.css';
import '../content/highlight.css';
import './explain.css';
import { localizeDocument, t } from '../../lib/i18n';
import { followThemeSetting } from '../../lib/theme';
import { App } from './App';

localizeDocument(t('explain.pageTitle'));
followThemeSetting(new AbortController().signal);
render(<App />, document.getElementById('app')!);
