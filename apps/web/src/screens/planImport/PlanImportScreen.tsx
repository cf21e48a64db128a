import { useTranslation } from 'react-i18next';
import { ExportPanel, useExportChoice } from './ExportPanel';
import { TemplatePanel } from './TemplatePanel';
import { UploadPanel } from './UploadPanel';
import './planImport.css';

/** Import and export of whole plans: the template, the upload with its per-row report, and the export of a scorecard. */
export default function PlanImportScreen() {
  const { t } = useTranslation('planImport');
  const { set } = useExportChoice();
  return (
    <div className="plan-import">
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <TemplatePanel />
      <UploadPanel
        onImported={(scorecardId, year) =>
          set([
            ['year', String(year)],
            ['scorecard', scorecardId],
          ])
        }
      />
      <ExportPanel />
    </div>
  );
}
