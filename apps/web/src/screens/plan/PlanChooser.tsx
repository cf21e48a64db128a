import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useUrlParams } from '../../components/useUrlParams';
import { unwrap, useApi } from '../../api/clients';
import { useLoad, useSubmit } from '../../api/hooks';
import { DataTable } from '../../components/DataTable';
import { DEFAULT_YEAR } from '../../components/PeriodPicker';
import { Loading, ProblemBanner } from '../../components/Problem';
import { SelectField } from '../../components/SelectField';
import { flatten, type OrgTree } from '../dashboard/org';
import { FormProblem, TextAreaField, TextField } from './Fields';
import type { ScorecardSummary, Written } from './types';
import { FormButtons } from '../../components/Field';

/** The years a plan can be made for: the current one, the one before and the next three. */
export const PLAN_YEARS = [DEFAULT_YEAR - 1, DEFAULT_YEAR, DEFAULT_YEAR + 1, DEFAULT_YEAR + 2, DEFAULT_YEAR + 3];
const SHOWN = ['title', 'theme', 'vision', 'unitId', 'year'];

/** /plan: pick a unit and a year, open one of its scorecards or create a new one. */
export function PlanChooser() {
  const { t } = useTranslation('plan');
  const api = useApi();
  const navigate = useNavigate();
  const { params, set: setParam } = useUrlParams();
  const unitId = params.get('unit') ?? '';
  const y = Number(params.get('year'));
  const year = PLAN_YEARS.includes(y) ? y : DEFAULT_YEAR;
  const tree = useLoad(() => unwrap<OrgTree>(api.planning.GET('/org/tree')), [api]);
  const units = useMemo(() => (tree.data ? flatten(tree.data.roots) : []), [tree.data]);
  const list = useLoad(() => (unitId ? unwrap<ScorecardSummary[]>(api.planning.GET('/scorecards', { params: { query: { year: String(year), unitId } } })) : Promise.resolve([])), [api, unitId, year]);
  const unit = units.find((u) => u.unitId === unitId);

  return (
    <div className="plan-chooser">
      <h1>{t('title')}</h1>
      <p>{t('chooser.intro')}</p>
      <ProblemBanner problem={tree.problem ?? list.problem} onReload={tree.problem ? tree.reload : list.reload} />
      <div className="toolbar">
        <SelectField label={t('common:unit')} name="unit" value={unitId} onPick={(v) => setParam('unit', v)} emptyOption={t('chooser.chooseUnit')}>
          {units.map((u) => (
            <option key={u.unitId} value={u.unitId}>
              {`${'· '.repeat(u.depth)}${u.name}`}
            </option>
          ))}
        </SelectField>
        <SelectField label={t('common:year')} name="year" value={year} onPick={(v) => setParam('year', v)} options={PLAN_YEARS} />
      </div>
      {tree.loading && !tree.data && <Loading />}
      {unit && (
        <>
          <section className="panel" aria-labelledby="chooser-existing">
            <h2 id="chooser-existing">{t('chooser.existing', { unit: unit.name, year })}</h2>
            {list.loading && !list.data ? (
              <Loading />
            ) : (list.data ?? []).length === 0 ? (
              <p className="muted" data-testid="chooser-none">
                {t('chooser.none')}
              </p>
            ) : (
              <DataTable testId="chooser-list" columns={[t('columns.scorecard'), t('columns.status'), t('columns.content')]}>
                {(list.data ?? []).map((s) => (
                  <tr key={s.scorecardId}>
                    <th scope="row">
                      <Link to={`/plan/${encodeURIComponent(s.scorecardId)}`}>{s.title}</Link>
                      {s.theme && <div className="muted">{t('theme', { theme: s.theme })}</div>}
                    </th>
                    <td>
                      {t(`status.${s.status}`)} · {t('version', { version: s.version })}
                    </td>
                    <td>{t('chooser.content', { perspectives: s.perspectives, objectives: s.objectives, kpis: s.kpis })}</td>
                  </tr>
                ))}
              </DataTable>
            )}
          </section>
          <CreateForm key={`${unit.unitId}-${year}`} unitId={unit.unitId} unitName={unit.name} year={year} onCreated={(id) => navigate(`/plan/${encodeURIComponent(id)}`)} />
        </>
      )}
    </div>
  );
}

/** A new scorecard of the unit for the year (the unit's main one, or a thematic one with a theme). */
function CreateForm({ unitId, unitName, year, onCreated }: { unitId: string; unitName: string; year: number; onCreated(id: string): void }) {
  const { t } = useTranslation('plan');
  const api = useApi();
  const create = useSubmit<Written>();
  const [title, setTitle] = useState(() => t('chooser.defaultTitle', { unit: unitName, year }));
  const [theme, setTheme] = useState('');
  const [vision, setVision] = useState('');
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const w = await create.submit((header) =>
      unwrap<Written>(
        api.planning.POST('/scorecards', {
          params: { header },
          body: { unitId, year, title: title.trim(), ...(theme.trim() ? { theme: theme.trim() } : {}), ...(vision.trim() ? { vision: vision.trim() } : {}) },
        }),
      ),
    );
    if (w) onCreated(w.scorecardId);
  };
  return (
    <section className="panel" aria-labelledby="chooser-create">
      <h2 id="chooser-create">{t('chooser.create')}</h2>
      <form onSubmit={submit} noValidate data-testid="create-form">
        <TextField label={t('profile.title')} field="title" problem={create.problem} value={title} onChange={setTitle} />
        <TextField label={t('chooser.theme')} field="theme" problem={create.problem} value={theme} onChange={setTheme} hint={t('chooser.themeHint')} />
        <TextAreaField label={t('profile.vision')} field="vision" problem={create.problem} value={vision} onChange={setVision} rows={2} />
        <FormProblem problem={create.problem} shown={SHOWN} onReload={() => create.reset()} />
        <FormButtons className="form-actions" pending={create.pending} label={t('chooser.createButton')} sendingLabel={t('common:actions.saving')} />
      </form>
    </section>
  );
}
