import { render } from 'preact';
import '../../components/theme.css';
import '../../components/components.css';
import { PrivacyPolicy } from '../../components/PrivacyPolicy';
import { localizeDocument, t } from '../../lib/i18n';
import { privacyPolicy } from '../../lib/privacy-policy';
import { followThemeSetting } from '../../lib/theme';

const policy = privacyPolicy((key) => t(key));
localizeDocument(policy.title);
followThemeSetting(new AbortController().signal);
render(<PrivacyPolicy policy={policy} />, document.getElementById('app')!);
