import { type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { hasRole, useSession } from '../api/session';
import { LANGUAGES, setLanguage, type Language } from '../i18n';
import { PageFrame } from './PageFrame';

interface NavItem {
  to: string;
  key: string;
  roles: string[];
}

const NAV: NavItem[] = [
  { to: '/', key: 'nav.dashboard', roles: ['planner', 'unit_operator', 'evaluator', 'viewer'] },
  { to: '/scorecards', key: 'nav.scorecards', roles: ['planner', 'unit_operator', 'evaluator', 'viewer'] },
  { to: '/my-realizations', key: 'nav.myRealizations', roles: ['unit_operator'] },
  { to: '/verification', key: 'nav.verification', roles: ['evaluator'] },
  { to: '/replay', key: 'nav.replay', roles: ['evaluator'] },
  { to: '/org', key: 'nav.org', roles: ['planner', 'admin'] },
  { to: '/plan', key: 'nav.plan', roles: ['planner', 'admin'] },
  { to: '/plan-import', key: 'nav.planImport', roles: ['planner', 'admin'] },
  { to: '/policies', key: 'nav.policies', roles: ['evaluator', 'admin'] },
  { to: '/sakip', key: 'nav.sakip', roles: ['evaluator'] },
  { to: '/vfm', key: 'nav.vfm', roles: ['evaluator', 'planner', 'viewer'] },
  { to: '/recommendations', key: 'nav.recommendations', roles: ['evaluator', 'admin'] },
  { to: '/reports', key: 'nav.reports', roles: ['planner', 'evaluator', 'admin', 'viewer'] },
];

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <label className="language-switch">
      {t('language')}
      <select value={i18n.language} onChange={(e) => setLanguage(e.target.value as Language)} data-testid="language">
        {LANGUAGES.map((l) => (
          <option key={l} value={l} lang={l}>
            {t(`languages.${l}`)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The frame of every signed-in screen: header, navigation by role, language, sign-out, main landmark. */
export function Layout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { session, signOut } = useSession();
  const roles = session?.principal.roles ?? [];
  return (
    <PageFrame
      brand={t('appName')}
      tagline={t('tagline')}
      nav={
        <nav aria-label={t('nav.main')}>
          <ul>
            {NAV.filter((n) => hasRole(session, ...n.roles)).map((n) => (
              <li key={n.to}>
                <NavLink to={n.to} end={n.to === '/'}>
                  {t(n.key)}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      }
      tools={
        <>
          <LanguageSwitch />
          {session && (
            <>
              <span className="who" data-testid="who">
                {t('signedInAs', { sub: session.principal.sub, roles: roles.map((r) => t(`roles.${r}`, { defaultValue: r })).join(', ') })}
                {session.principal.unit ? ` · ${session.principal.unit}` : ''}
              </span>
              <button type="button" onClick={signOut}>
                {t('signOut')}
              </button>
            </>
          )}
        </>
      }
    >
      {children}
    </PageFrame>
  );
}
