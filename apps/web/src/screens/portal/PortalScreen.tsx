import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Route, Routes, useNavigate } from 'react-router';
import { LanguageSwitch } from '../../components/Layout';
import { PageFrame } from '../../components/PageFrame';
import { PublicationsView } from './PublicationsView';
import { PublishedScorecardView } from './PublishedScorecardView';
import './portal.css';

/**
 * The public portal (no sign-in, outside the console's Layout): its own header, main and footer
 * landmarks and language switch. Only what was published is shown (GET /public/...).
 */
export default function PortalScreen() {
  const { t } = useTranslation('portal');
  return (
    <div className="portal">
      <PageFrame brand={t('brand')} tagline={t('tagline')} headerClassName="portal-header" tools={<LanguageSwitch />}>
        <Routes>
          <Route index element={<TenantPicker />} />
          <Route path=":tenant" element={<PublicationsView />} />
          <Route path=":tenant/:periodKey/:scorecardId" element={<PublishedScorecardView />} />
          <Route path="*" element={<TenantPicker />} />
        </Routes>
      </PageFrame>
      <footer className="portal-footer">
        <p>{t('footer')}</p>
        <p>
          <Link to="/sign-in">{t('staffSignIn')}</Link>
        </p>
      </footer>
    </div>
  );
}

const TENANT = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/** /public: the visitor names the Pemda (its code, e.g. kab-contoh). */
function TenantPicker() {
  const { t } = useTranslation('portal');
  const navigate = useNavigate();
  const [code, setCode] = useState('');
  const [invalid, setInvalid] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const tenant = code.trim().toLowerCase();
    if (!TENANT.test(tenant)) return setInvalid(true);
    navigate(`/public/${encodeURIComponent(tenant)}`);
  };
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('pickIntro')}</p>
      <form className="panel portal-pick" onSubmit={submit} noValidate>
        <label>
          {t('tenantCode')}
          <input
            name="tenant"
            value={code}
            autoComplete="off"
            placeholder="kab-contoh"
            onChange={(e) => {
              setCode(e.target.value);
              setInvalid(false);
            }}
            aria-invalid={invalid || undefined}
            aria-describedby={invalid ? 'err-tenant' : undefined}
          />
        </label>
        {invalid && (
          <div className="field-error" id="err-tenant" role="alert">
            {t('tenantInvalid')}
          </div>
        )}
        <button type="submit">{t('open')}</button>
      </form>
    </>
  );
}
