import { DomainError, invalid, type Decider } from '@capaian/ddd';
import { checkEvidence, checkId, checkInstant, checkNote, checkReason, checkYear, sameEvidence, type LkeEvidenceInput, type LkeEvidenceLink } from './inputs.js';
import type { LkeSuggestion } from './prefill.js';
import { lkeScore, type LkeScore } from './score.js';
import { lkeCriteria, lkeCriterion, lkeWorksheetRef, type LkeCriterionEntry, type LkeWorksheet, type LkeWorksheetRef } from './worksheet.js';
import { validateWorksheet } from './worksheet-validation.js';

/**
 * One SAKIP evaluation (LKE) of a unit for a year, on stream `sakip-evaluation-<tenant>.<unit>.<year>`.
 *
 *   start-evaluation    -> sakip-evaluation-started   (the worksheet in force and the pre-fill suggestions are stored in it)
 *   answer-criterion    -> sakip-criterion-answered   (first answer of a criterion, with note and evidence)
 *   revise-answer       -> sakip-answer-revised       (a reviewer changes an answer, with a reason; the previous answer is kept)
 *   finalize-evaluation -> sakip-evaluation-finalized (every criterion answered; the score and grade are computed and stored)
 *   reopen-evaluation   -> sakip-evaluation-reopened  (with a reason; answers can be revised again, then finalized again)
 *
 * Suggestions are never answers: a criterion counts only once the evaluator answers it (the
 * answered event notes the suggestion in force, so deviations can be reported). Once answered, a
 * criterion changes only through revise-answer with a reason: no overwrite loses a value.
 * After finalization every answer is locked (409) until the evaluation is reopened.
 */
export const SAKIP_EVALUATION_EVENT_TYPES = {
  started: 'sakip-evaluation-started',
  criterionAnswered: 'sakip-criterion-answered',
  answerRevised: 'sakip-answer-revised',
  finalized: 'sakip-evaluation-finalized',
  reopened: 'sakip-evaluation-reopened',
} as const;
export const SAKIP_EVALUATION_EVENT_SCHEMA_VERSION: Record<string, number> = Object.fromEntries(Object.values(SAKIP_EVALUATION_EVENT_TYPES).map((t) => [t, 1]));

export function sakipEvaluationStreamId(tenantId: string, unitId: string, year: number): string {
  return `sakip-evaluation-${tenantId}.${unitId}.${year}`;
}

/** The answer a criterion holds (after the last answer or revision). */
export interface SakipAnswer {
  answer: string;
  /** The scale's value of the answer, in [0, 1] (from the worksheet stored in the evaluation). */
  value: string;
  note: string | null;
  evidence: LkeEvidenceLink[];
  /** Who gave this answer (evaluator, or the reviewer who revised it) and when. */
  by: string;
  at: string;
}

/** What an answer or a revision of a criterion says: the answer, its scale value, note and evidence. */
export type CriterionAnswerData = Pick<SakipAnswer, 'answer' | 'value' | 'note' | 'evidence'> & { criterionCode: string };

export type SakipEvaluationEvent =
  | {
      type: 'sakip-evaluation-started';
      data: { tenantId: string; unitId: string; year: number; worksheet: LkeWorksheet; evaluatorId: string; prefill: LkeSuggestion[]; startedAt: string };
    }
  | {
      type: 'sakip-criterion-answered';
      data: CriterionAnswerData & {
        /** The pre-filled suggestion for this criterion at the time, if any (null = none). */
        suggestedAnswer: string | null;
        answeredBy: string;
        answeredAt: string;
      };
    }
  | {
      type: 'sakip-answer-revised';
      data: CriterionAnswerData & {
        reason: string;
        revisedBy: string;
        revisedAt: string;
        /** The answer it replaces, whole. */
        previous: SakipAnswer;
      };
    }
  | {
      type: 'sakip-evaluation-finalized';
      data: {
        tenantId: string;
        unitId: string;
        year: number;
        worksheet: LkeWorksheetRef;
        /** 1 for the first finalization, 2 after one reopening... */
        round: number;
        total: string;
        grade: string;
        score: LkeScore;
        finalizedBy: string;
        finalizedAt: string;
      };
    }
  | {
      type: 'sakip-evaluation-reopened';
      data: { round: number; previousTotal: string; previousGrade: string; reason: string; reopenedBy: string; reopenedAt: string };
    };

export type SakipEvaluationCommand =
  | { type: 'start-evaluation'; tenantId: string; unitId: string; year: number; worksheet: LkeWorksheet; evaluatorId: string; prefill: LkeSuggestion[]; at: string }
  | { type: 'answer-criterion'; criterionCode: string; answer: string; note?: string | null; evidence?: LkeEvidenceInput[] | null; evaluatorId: string; at: string }
  | {
      type: 'revise-answer';
      criterionCode: string;
      answer: string;
      reason: string;
      /** Omitted = keep the current note / evidence; given = replace (null / [] removes). */
      note?: string | null;
      evidence?: LkeEvidenceInput[] | null;
      reviewerId: string;
      at: string;
    }
  | { type: 'finalize-evaluation'; finalizedBy: string; at: string }
  | { type: 'reopen-evaluation'; reason: string; reopenedBy: string; at: string };

export type SakipEvaluationStatus = 'none' | 'in_progress' | 'finalized';

export interface SakipEvaluationState {
  status: SakipEvaluationStatus;
  tenantId: string | null;
  unitId: string | null;
  year: number | null;
  evaluatorId: string | null;
  startedAt: string | null;
  /** The worksheet the evaluation was started with (its version stays for the evaluation's life). */
  worksheet: LkeWorksheet | null;
  /** Criterion code -> suggestion (Maps: criterion codes come from worksheets and URLs, never plain-object keys). */
  suggestions: ReadonlyMap<string, LkeSuggestion>;
  /** Criterion code -> current answer. */
  answers: ReadonlyMap<string, SakipAnswer>;
  /** Number of finalizations so far. */
  rounds: number;
  /** The score of the last finalization (stays after a reopening, as the previous result). */
  finalScore: LkeScore | null;
}

const initialState = (): SakipEvaluationState => ({
  status: 'none',
  tenantId: null,
  unitId: null,
  year: null,
  evaluatorId: null,
  startedAt: null,
  worksheet: null,
  suggestions: new Map(),
  answers: new Map(),
  rounds: 0,
  finalScore: null,
});

function evolve(state: SakipEvaluationState, event: SakipEvaluationEvent): SakipEvaluationState {
  switch (event.type) {
    case 'sakip-evaluation-started': {
      const d = event.data;
      return {
        ...state,
        status: 'in_progress',
        tenantId: d.tenantId,
        unitId: d.unitId,
        year: d.year,
        evaluatorId: d.evaluatorId,
        startedAt: d.startedAt,
        worksheet: d.worksheet,
        suggestions: new Map(d.prefill.map((s) => [s.criterionCode, s])),
      };
    }
    case 'sakip-criterion-answered': {
      const d = event.data;
      return { ...state, answers: new Map(state.answers).set(d.criterionCode, { answer: d.answer, value: d.value, note: d.note, evidence: d.evidence, by: d.answeredBy, at: d.answeredAt }) };
    }
    case 'sakip-answer-revised': {
      const d = event.data;
      return { ...state, answers: new Map(state.answers).set(d.criterionCode, { answer: d.answer, value: d.value, note: d.note, evidence: d.evidence, by: d.revisedBy, at: d.revisedAt }) };
    }
    case 'sakip-evaluation-finalized':
      return { ...state, status: 'finalized', rounds: event.data.round, finalScore: event.data.score };
    case 'sakip-evaluation-reopened':
      return { ...state, status: 'in_progress' };
    default:
      return state;
  }
}

// ---------------------------------------------------------------------------------------------

function started(state: SakipEvaluationState): LkeWorksheet {
  if (state.status === 'none' || !state.worksheet) {
    throw new DomainError('EVALUATION_NOT_FOUND', 'Evaluasi SAKIP belum dimulai untuk unit dan tahun ini / no SAKIP evaluation for this unit and year', 'evaluationId', 'not_found');
  }
  return state.worksheet;
}

function unlocked(state: SakipEvaluationState): LkeWorksheet {
  const w = started(state);
  if (state.status === 'finalized') {
    throw new DomainError(
      'EVALUATION_FINALIZED',
      `Evaluasi sudah difinalisasi (nilai ${state.finalScore?.total ?? '?'}, predikat ${state.finalScore?.grade ?? '?'}); jawaban terkunci, buka kembali dengan alasan terlebih dahulu / the evaluation is finalized and its answers are locked: reopen it with a reason first`,
      'status',
      'conflict',
    );
  }
  return w;
}

function criterionOf(w: LkeWorksheet, code: unknown): LkeCriterionEntry {
  const entry = typeof code === 'string' ? lkeCriterion(w, code) : undefined;
  if (!entry) {
    throw new DomainError(
      'CRITERION_NOT_FOUND',
      `Kriteria "${String(code)}" tidak ada pada LKE ${w.worksheetId} versi ${w.version} / no such criterion in the worksheet`,
      'criterionCode',
      'not_found',
    );
  }
  return entry;
}

/** The answer's value on the criterion's scale; 422 naming `field` when the code is not a value of the scale. */
function valueOf(entry: LkeCriterionEntry, answer: unknown, field = 'answer'): string {
  const values = entry.scale.values;
  const value = typeof answer === 'string' && Object.prototype.hasOwnProperty.call(values, answer) ? values[answer] : undefined;
  if (value === undefined) {
    throw new DomainError(
      'INVALID_ANSWER',
      `Jawaban "${String(answer)}" tidak ada pada skala kriteria ${entry.criterion.code}; pilih salah satu dari ${Object.keys(values).join(', ')} / the answer must be one of the scale's values`,
      field,
    );
  }
  return value;
}

function checkPrefill(w: LkeWorksheet, prefill: unknown): LkeSuggestion[] {
  if (prefill === undefined || prefill === null) return [];
  if (!Array.isArray(prefill)) throw new DomainError('INVALID_PREFILL', 'Saran isian harus berupa daftar / prefill must be a list of suggestions', 'prefill');
  const seen = new Set<string>();
  return prefill.map((s: unknown, i) => {
    const at = `prefill[${i}]`;
    const x = (typeof s === 'object' && s !== null ? s : {}) as Partial<LkeSuggestion>;
    const entry = typeof x.criterionCode === 'string' ? lkeCriterion(w, x.criterionCode) : undefined;
    if (!entry) throw new DomainError('INVALID_PREFILL', `Saran isian untuk kriteria yang tidak ada (${String(x.criterionCode)}) / suggestion for an unknown criterion`, `${at}.criterionCode`);
    if (seen.has(entry.criterion.code))
      throw new DomainError('INVALID_PREFILL', `Kriteria ${entry.criterion.code} mendapat lebih dari satu saran / more than one suggestion for the criterion`, `${at}.criterionCode`);
    seen.add(entry.criterion.code);
    if (typeof x.answer !== 'string' || !Object.prototype.hasOwnProperty.call(entry.scale.values, x.answer)) {
      throw new DomainError('INVALID_PREFILL', `Saran "${String(x.answer)}" tidak ada pada skala kriteria ${entry.criterion.code} / the suggestion is not a value of the scale`, `${at}.answer`);
    }
    if (typeof x.derivedFrom !== 'object' || x.derivedFrom === null || typeof x.derivedFrom.id !== 'string' || typeof x.derivedFrom.en !== 'string') {
      throw new DomainError('INVALID_PREFILL', 'Saran isian harus menyebut asal datanya / a suggestion must say what it was derived from', `${at}.derivedFrom`);
    }
    return { criterionCode: entry.criterion.code, answer: x.answer, rule: x.rule!, derivedFrom: { id: x.derivedFrom.id, en: x.derivedFrom.en }, basis: x.basis ?? null };
  });
}

function decide(command: SakipEvaluationCommand, state: SakipEvaluationState): SakipEvaluationEvent[] {
  switch (command.type) {
    case 'start-evaluation': {
      if (state.status !== 'none') {
        throw new DomainError('EVALUATION_EXISTS', `Evaluasi SAKIP ${state.unitId} tahun ${state.year} sudah dimulai / the evaluation already exists`, 'unitId', 'conflict');
      }
      const tenantId = checkId(command.tenantId, 'tenantId', 'TENANT_REQUIRED', 'Tenant');
      const unitId = checkId(command.unitId, 'unitId', 'UNIT_REQUIRED', 'Unit yang dievaluasi');
      const year = checkYear(command.year);
      const evaluatorId = checkId(command.evaluatorId, 'evaluatorId', 'ACTOR_REQUIRED', 'Evaluator');
      const startedAt = checkInstant(command.at);
      const problems = validateWorksheet(command.worksheet);
      if (problems.length > 0) throw invalid('INVALID_WORKSHEET', { id: 'LKE tidak sah', en: 'invalid worksheet' }, problems, 'worksheet');
      const prefill = checkPrefill(command.worksheet, command.prefill);
      return [{ type: 'sakip-evaluation-started', data: { tenantId, unitId, year, worksheet: command.worksheet, evaluatorId, prefill, startedAt } }];
    }
    case 'answer-criterion': {
      const w = unlocked(state);
      const entry = criterionOf(w, command.criterionCode);
      const value = valueOf(entry, command.answer);
      const note = checkNote(command.note);
      const evidence = checkEvidence(command.evidence);
      const answeredBy = checkId(command.evaluatorId, 'evaluatorId', 'ACTOR_REQUIRED', 'Evaluator');
      const answeredAt = checkInstant(command.at);
      const code = entry.criterion.code;
      const current = state.answers.get(code);
      if (current) {
        if (current.answer === command.answer && current.note === note && sameEvidence(current.evidence, evidence)) return [];
        throw new DomainError(
          'ALREADY_ANSWERED',
          `Kriteria ${code} sudah dijawab "${current.answer}"; perubahan dilakukan melalui revisi dengan alasan / the criterion is already answered: revise it with a reason`,
          'criterionCode',
          'conflict',
        );
      }
      return [
        {
          type: 'sakip-criterion-answered',
          data: { criterionCode: code, answer: command.answer, value, note, evidence, suggestedAnswer: state.suggestions.get(code)?.answer ?? null, answeredBy, answeredAt },
        },
      ];
    }
    case 'revise-answer': {
      const w = unlocked(state);
      const entry = criterionOf(w, command.criterionCode);
      const code = entry.criterion.code;
      const previous = state.answers.get(code);
      if (!previous) {
        throw new DomainError('CRITERION_NOT_ANSWERED', `Kriteria ${code} belum dijawab; tidak ada yang direvisi / the criterion has no answer to revise`, 'criterionCode', 'conflict');
      }
      const value = valueOf(entry, command.answer);
      const reason = checkReason(command.reason);
      const note = command.note === undefined ? previous.note : checkNote(command.note);
      const evidence = command.evidence === undefined ? previous.evidence : checkEvidence(command.evidence);
      const revisedBy = checkId(command.reviewerId, 'reviewerId', 'ACTOR_REQUIRED', 'Reviewer');
      const revisedAt = checkInstant(command.at);
      if (previous.answer === command.answer && previous.note === note && sameEvidence(previous.evidence, evidence)) return [];
      return [{ type: 'sakip-answer-revised', data: { criterionCode: code, answer: command.answer, value, note, evidence, reason, revisedBy, revisedAt, previous } }];
    }
    case 'finalize-evaluation': {
      const w = started(state);
      if (state.status === 'finalized') {
        throw new DomainError(
          'ALREADY_FINALIZED',
          `Evaluasi sudah difinalisasi (nilai ${state.finalScore?.total}, predikat ${state.finalScore?.grade}) / the evaluation is already finalized`,
          'status',
          'conflict',
        );
      }
      const finalizedBy = checkId(command.finalizedBy, 'finalizedBy', 'ACTOR_REQUIRED', 'Penanggung jawab finalisasi');
      const finalizedAt = checkInstant(command.at);
      const unanswered = lkeCriteria(w)
        .map((e) => e.criterion.code)
        .filter((code) => !state.answers.has(code));
      if (unanswered.length > 0) {
        throw new DomainError(
          'EVALUATION_INCOMPLETE',
          `${unanswered.length} kriteria belum dijawab: ${unanswered.join(', ')} / every criterion must be answered before finalizing`,
          'answers',
          'unprocessable',
          unanswered.map((code) => ({ field: `answers.${code}`, errors: ['belum dijawab / not answered'], criterionCode: code })),
        );
      }
      const score = lkeScore(w, sakipAnswerCodes(state));
      return [
        {
          type: 'sakip-evaluation-finalized',
          data: {
            tenantId: state.tenantId!,
            unitId: state.unitId!,
            year: state.year!,
            worksheet: lkeWorksheetRef(w),
            round: state.rounds + 1,
            total: score.total,
            grade: score.grade,
            score,
            finalizedBy,
            finalizedAt,
          },
        },
      ];
    }
    case 'reopen-evaluation': {
      started(state);
      if (state.status !== 'finalized') {
        throw new DomainError('NOT_FINALIZED', 'Evaluasi belum difinalisasi; jawaban masih dapat diubah / the evaluation is not finalized: nothing to reopen', 'status', 'conflict');
      }
      const reason = checkReason(command.reason);
      const reopenedBy = checkId(command.reopenedBy, 'reopenedBy', 'ACTOR_REQUIRED', 'Yang membuka kembali');
      const reopenedAt = checkInstant(command.at);
      return [
        {
          type: 'sakip-evaluation-reopened',
          data: { round: state.rounds, previousTotal: state.finalScore!.total, previousGrade: state.finalScore!.grade, reason, reopenedBy, reopenedAt },
        },
      ];
    }
  }
}

export const sakipEvaluationDecider: Decider<SakipEvaluationCommand, SakipEvaluationEvent, SakipEvaluationState> = { initialState, evolve, decide };

/** Criterion code -> answer code of the current answers (input of lkeScore; own properties only, which lkeScore reads with hasOwnProperty). */
export function sakipAnswerCodes(state: SakipEvaluationState): Record<string, string> {
  return Object.fromEntries([...state.answers].map(([code, a]) => [code, a.answer]));
}

/** The answers and suggestions as JSON objects keyed by criterion code (the HTTP shape; `Object.fromEntries` defines own keys only). */
export function sakipAnswersJson(state: SakipEvaluationState): { suggestions: Record<string, LkeSuggestion>; answers: Record<string, SakipAnswer> } {
  return { suggestions: Object.fromEntries(state.suggestions), answers: Object.fromEntries(state.answers) };
}

/** The current (provisional while in progress) score of the evaluation; null before it starts. */
export function sakipCurrentScore(state: SakipEvaluationState): LkeScore | null {
  return state.worksheet ? lkeScore(state.worksheet, sakipAnswerCodes(state)) : null;
}
