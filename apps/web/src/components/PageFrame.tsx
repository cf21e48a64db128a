import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The landmarks of a page: the skip link, the header (brand and tagline, then `nav`, then `tools`
 * at its end, e.g. the language switch) and the main landmark the skip link leads to.
 */
export function PageFrame({
  brand,
  tagline,
  headerClassName,
  nav,
  tools,
  children,
}: {
  brand: ReactNode;
  tagline: ReactNode;
  headerClassName?: string;
  nav?: ReactNode;
  tools: ReactNode;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('common:skipToContent')}
      </a>
      <header className={headerClassName ? `app-header ${headerClassName}` : 'app-header'}>
        <div className="brand">
          <span className="brand-name">{brand}</span>
          <span className="brand-tagline">{tagline}</span>
        </div>
        {nav}
        <div className="header-tools">{tools}</div>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
