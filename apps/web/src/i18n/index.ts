import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { common } from './common';
import { dashboard } from './dashboard';
import { errors } from './errors';
import { kpi } from './kpi';
import { realizations } from './realizations';
import { replay } from './replay';
import { scorecard } from './scorecard';
import { signin } from './signin';
import { verification } from './verification';
import { agreement } from './agreement';
import { org } from './org';
import { plan } from './plan';
import { planImport } from './planImport';
import { policies } from './policies';
import { portal } from './portal';
import { recommendations } from './recommendations';
import { reports } from './reports';
import { sakip } from './sakip';
import { vfm } from './vfm';

/** Every namespace, each with the same keys in Indonesian (default) and English. */
export const NAMESPACES = {
  agreement,
  common,
  dashboard,
  errors,
  kpi,
  org,
  plan,
  planImport,
  policies,
  portal,
  realizations,
  recommendations,
  replay,
  reports,
  sakip,
  scorecard,
  signin,
  verification,
  vfm,
};
export const LANGUAGES = ['id', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'capaian.lang';

export function initialLanguage(): Language {
  const saved = typeof localStorage !== 'undefined' ? localStorage.getItem(STORAGE_KEY) : null;
  return saved === 'en' ? 'en' : 'id';
}

export function initI18n(lng: Language = initialLanguage()) {
  const resources: Record<Language, Record<string, Record<string, unknown>>> = { id: {}, en: {} };
  for (const [ns, texts] of Object.entries(NAMESPACES)) {
    resources.id[ns] = texts.id;
    resources.en[ns] = texts.en;
  }
  void i18n.use(initReactI18next).init({
    resources,
    lng,
    fallbackLng: 'id',
    defaultNS: 'common',
    ns: Object.keys(NAMESPACES),
    interpolation: { escapeValue: false },
    returnNull: false,
    showSupportNotice: false,
  });
  syncDocumentLanguage(lng);
  return i18n;
}

export function setLanguage(lng: Language) {
  localStorage.setItem(STORAGE_KEY, lng);
  void i18n.changeLanguage(lng);
  syncDocumentLanguage(lng);
}

function syncDocumentLanguage(lng: Language) {
  if (typeof document !== 'undefined') document.documentElement.lang = lng;
}

export default i18n;
