import { render } from 'preact';
import '../../components/theme.css';
import '../../components/components.css';
import { PrivacyPolicy } from '../../components/PrivacyPolicy';
import { POLICY, POLICY_TITLE, POLICY_UPDATED } from '../../lib/privacy-policy';
import { followThemeSetting } from '../../lib/theme';

followThemeSetting(new AbortController().signal);
render(
  <PrivacyPolicy title={POLICY_TITLE} updated={POLICY_UPDATED} sections={POLICY} />,
  document.getElementById('app')!,
);
