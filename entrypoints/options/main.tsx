import { render } from 'preact';
import '../../components/theme.css';
import '../../components/components.css';
import './options.css';
import { localizeDocument, t } from '../../lib/i18n';
import { followThemeSetting } from '../../lib/theme';
import { App } from './App';

localizeDocument(t('options.title'));
followThemeSetting(new AbortController().signal);
render(<App />, document.getElementById('app')!);
