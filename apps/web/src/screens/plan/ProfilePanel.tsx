import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditor, usePlanWrite } from './editorContext';
import { FormProblem, TextAreaField, TextField } from './Fields';
import { profileBody, profileFormOf, type ProfileForm } from './planModel';
import { FormButtons } from '../../components/Field';

const SHOWN = ['title', 'vision', 'missions', 'goals'];

/** Title, vision, missions (misi) and goals (tujuan) of the scorecard. */
export function ProfilePanel() {
  const { t } = useTranslation('plan');
  const { scorecardId, plan, locked, reload } = useEditor();
  const [form, setForm] = useState<ProfileForm>(() => profileFormOf(plan.header));
  const save = usePlanWrite();
  const set = (key: keyof ProfileForm) => (v: string) => setForm((f) => ({ ...f, [key]: v }));
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    await save.run((api, header) => api.planning.PUT('/scorecards/{scorecardId}/profile', { params: { path: { scorecardId }, header }, body: profileBody(form) }));
  };
  return (
    <section aria-labelledby="plan-profile-title">
      <h2 id="plan-profile-title">{t('profile.heading')}</h2>
      <form onSubmit={submit} noValidate data-testid="profile-form">
        <TextField label={t('profile.title')} field="title" problem={save.problem} value={form.title} onChange={set('title')} />
        <TextAreaField label={t('profile.vision')} field="vision" problem={save.problem} value={form.vision} onChange={set('vision')} rows={2} />
        <TextAreaField label={t('profile.missions')} field="missions" problem={save.problem} value={form.missions} onChange={set('missions')} hint={t('profile.onePerLine')} rows={4} />
        <TextAreaField label={t('profile.goals')} field="goals" problem={save.problem} value={form.goals} onChange={set('goals')} hint={t('profile.onePerLine')} rows={3} />
        <FormProblem problem={save.problem} shown={SHOWN} onReload={reload} />
        {save.result && !save.problem && !save.pending && (
          <p className="banner banner-ok" role="status">
            {t('profile.saved')}
          </p>
        )}
        <FormButtons className="form-actions" pending={save.pending} disabled={locked} label={t('common:actions.save')} sendingLabel={t('common:actions.saving')} />
      </form>
    </section>
  );
}
