import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { toProblem, type ApiProblem } from '../api/errors';
import { useLoad } from '../api/hooks';
import { useSession } from '../api/session';
import { FieldError, fieldProps, Loading, ProblemBanner } from '../components/Problem';
import { LanguageSwitch } from '../components/Layout';
import type { RuntimeConfig } from '../config';

interface DevOptions {
  tenant: string;
  roles: string[];
  units: { unitId: string; name: string; kind: string }[];
}

/** Where a role lands after signing in. */
export function homeOf(roles: string[]): string {
  if (roles.includes('unit_operator')) return '/my-realizations';
  if (roles.includes('evaluator')) return '/verification';
  return '/';
}

export default function SignIn({ config }: { config: RuntimeConfig }) {
  const { t } = useTranslation('signin');
  const { signIn } = useSession();
  const navigate = useNavigate();
  const options = useLoad<DevOptions | undefined>(async () => {
    if (!config.devSignIn) return undefined;
    const r = await fetch(`${import.meta.env.BASE_URL}dev/sign-in`);
    if (!r.ok) throw toProblem(r.status, await r.json().catch(() => undefined));
    return (await r.json()) as DevOptions;
  }, [config.devSignIn]);
  const [role, setRole] = useState('unit_operator');
  const [unit, setUnit] = useState('');
  const [token, setToken] = useState('');
  const [problem, setProblem] = useState<ApiProblem | undefined>();

  const finish = (tok: string) => {
    if (!signIn(tok)) {
      setProblem(toProblem(400, { code: 'INVALID_TOKEN', field: 'token', message: t('invalidToken') }));
      return;
    }
    const payload = JSON.parse(atob(tok.split('.')[1]!.replace(/-/g, '+').replace(/_/g, '/'))) as { roles: string[] };
    navigate(homeOf(payload.roles), { replace: true });
  };

  const submitDev = async (e: FormEvent) => {
    e.preventDefault();
    setProblem(undefined);
    const r = await fetch(`${import.meta.env.BASE_URL}dev/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ role, unit: unit || undefined }) });
    const body = await r.json().catch(() => undefined);
    if (!r.ok) return setProblem(toProblem(r.status, body));
    finish((body as { token: string }).token);
  };

  const submitToken = (e: FormEvent) => {
    e.preventDefault();
    finish(token.trim());
  };

  return (
    <main id="main" className="sign-in">
      <div className="sign-in-tools">
        <LanguageSwitch />
      </div>
      <h1>{t('title')}</h1>
      {config.devSignIn ? (
        options.loading ? (
          <Loading />
        ) : options.problem ? (
          <ProblemBanner problem={options.problem} />
        ) : (
          <form onSubmit={submitDev} noValidate>
            <p>{t('devIntro')}</p>
            <label>
              {t('role')}
              <select name="role" value={role} onChange={(e) => setRole(e.target.value)} {...fieldProps(problem, 'role')}>
                {options.data?.roles.map((r) => (
                  <option key={r} value={r}>
                    {t(`common:roles.${r}`, { defaultValue: r })}
                  </option>
                ))}
              </select>
            </label>
            <FieldError problem={problem} field="role" />
            <label>
              {t('unit')}
              <select name="unit" value={unit} onChange={(e) => setUnit(e.target.value)} {...fieldProps(problem, 'unit')}>
                <option value="">{t('noUnit')}</option>
                {options.data?.units.map((u) => (
                  <option key={u.unitId} value={u.unitId}>
                    {u.name} ({u.unitId})
                  </option>
                ))}
              </select>
            </label>
            <FieldError problem={problem} field="unit" />
            <ProblemBanner problem={problem} shownFields={['role', 'unit']} />
            <button type="submit">{t('submit')}</button>
          </form>
        )
      ) : (
        <form onSubmit={submitToken} noValidate>
          <p>{t('tokenIntro')}</p>
          <label>
            {t('token')}
            <textarea name="token" rows={4} value={token} onChange={(e) => setToken(e.target.value)} {...fieldProps(problem, 'token')} />
          </label>
          <FieldError problem={problem} field="token" />
          <button type="submit">{t('submit')}</button>
        </form>
      )}
    </main>
  );
}
