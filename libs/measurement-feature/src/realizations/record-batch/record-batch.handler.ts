import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { canonicalHash, idempotentEventId } from '@capaian/eventstore';
import { DomainError } from '@capaian/ddd';
import {
  MAX_BATCH_ITEMS,
  decideRealizationBatch,
  realizationStreamId,
  type CorrectRealization,
  type RealizationCommand,
  type RealizationState,
  type RecordRealization,
  type ReportingContext,
} from '@capaian/measurement-domain';
import type { Principal } from '@capaian/platform';
import { PlanView } from '../../plan-view/plan-view.js';
import { unitOf } from '../change-realization.js';
import { RealizationWriter, type RealizationWritten } from '../realization-writer.js';

export interface BatchItem {
  kpiId: string;
  year: number;
  period: string;
  value: string;
  note: string | null;
  evidence: Array<{ url: string; label: string | null }>;
  correctionReason: string | null;
  /** Where the item came from, for error reports (e.g. a spreadsheet row). */
  source?: Record<string, unknown>;
}

export interface BatchResult {
  accepted: number;
  replayed: number;
  items: Array<RealizationWritten & { index: number }>;
}

/**
 * A batch is validated whole first: if any item breaks a rule, the answer is 422 with one entry per
 * bad item and NOTHING is stored. Then every item is appended to its own stream. Each item's event
 * ids derive from the batch's Idempotency-Key and the item's index, so when a client retries after
 * a failure (or a crash) half-way, the stored items are recognised and only the rest are written:
 * no item is lost or counted twice.
 */
export class RecordBatchCommand extends Command<BatchResult> {
  constructor(
    readonly user: Principal,
    readonly items: BatchItem[],
    readonly correlationId: string,
    readonly idempotencyKey: string | undefined,
  ) {
    super();
  }
}

@CommandHandler(RecordBatchCommand)
export class RecordBatchHandler implements ICommandHandler<RecordBatchCommand, BatchResult> {
  constructor(
    private readonly writer: RealizationWriter,
    private readonly plan: PlanView,
  ) {}

  async execute({ user, items, correlationId, idempotencyKey }: RecordBatchCommand): Promise<BatchResult> {
    if (items.length === 0) throw new DomainError('BATCH_EMPTY', 'Batch kosong / the batch has no items', 'items');
    if (items.length > MAX_BATCH_ITEMS) {
      throw new DomainError('BATCH_TOO_LARGE', `Batch berisi ${items.length} butir; maksimal ${MAX_BATCH_ITEMS} / at most ${MAX_BATCH_ITEMS} items per batch`, 'items');
    }
    const tenantId = user.tenant;
    const unitId = unitOf(user);
    const contexts = new Map<string, ReportingContext>();
    // Ids made once per item: the command is rebuilt with a fresh context when it is written.
    const ids = items.map(() => crypto.randomUUID());
    const commandOf = (index: number, context: ReportingContext): RecordRealization | CorrectRealization => {
      const item = items[index]!;
      const base = { tenantId, kpiId: item.kpiId, unitId, year: item.year, period: item.period, value: item.value, kpi: this.plan.get(tenantId, item.kpiId), ...context };
      return item.correctionReason
        ? {
            type: 'correct-realization',
            correctionId: ids[index]!,
            ...base,
            reason: item.correctionReason,
            note: item.note ?? undefined,
            evidence: item.evidence.length > 0 ? item.evidence : undefined,
          }
        : { type: 'record-realization', realizationId: ids[index]!, ...base, note: item.note, evidence: item.evidence };
    };
    const commands: RealizationCommand[] = [];
    for (const [index, item] of items.entries()) {
      const ctxKey = `${item.year}/${item.period}`;
      if (!contexts.has(ctxKey)) contexts.set(ctxKey, await this.writer.reportingContext(tenantId, unitId, item.year, item.period));
      commands.push(commandOf(index, contexts.get(ctxKey)!));
    }
    // Current state of each stream the batch touches; a retry sees its own earlier writes, so items already stored are not "duplicates".
    const streams = new Map<string, { state: RealizationState; eventIds: Set<string> }>();
    for (const c of commands) {
      const id = realizationStreamId(c.tenantId, c.kpiId, c.year, c.period);
      if (!streams.has(id)) streams.set(id, await this.writer.load(id));
    }
    // With an Idempotency-Key, an item this very batch already stored (a retry after a failure half-way) is a replay, not an error.
    const storedByThisBatch = (index: number) => {
      if (!idempotencyKey) return false;
      const c = commands[index]!;
      const streamId = realizationStreamId(c.tenantId, c.kpiId, c.year, c.period);
      return streams.get(streamId)!.eventIds.has(idempotentEventId(streamId, `${idempotencyKey}.${index}`, 0));
    };
    const decided = decideRealizationBatch(commands, (id) => streams.get(id)!.state);
    const failures = decided.filter((r) => !r.ok && !storedByThisBatch(r.index));
    if (failures.length > 0) {
      throw new DomainError(
        'BATCH_INVALID',
        `${failures.length} dari ${items.length} butir tidak dapat diterima; tidak ada yang disimpan / ${failures.length} of ${items.length} items were refused; nothing was stored`,
        undefined,
        'unprocessable',
        failures.map((r) => ({
          ...whereOf(r.error!.details),
          field: `items[${r.index}].${r.error!.field}`,
          errors: [r.error!.message],
          code: r.error!.code,
          index: r.index,
          ...(items[r.index]!.source ?? {}),
        })),
      );
    }
    const results: BatchResult['items'] = [];
    for (const [index, item] of items.entries()) {
      // Like a single submission: the context is read again and the append is conditional on the period locks read.
      const key = { tenantId, kpiId: item.kpiId, unitId, year: item.year, period: item.period };
      const written = await this.writer
        .executeReporting((context) => commandOf(index, context), key, {
          actor: user.sub,
          tenantId,
          correlationId,
          idempotencyKey: idempotencyKey ? `${idempotencyKey}.${index}` : undefined,
          requestHash: canonicalHash(itemIdentity(item)),
        })
        .catch((e: unknown) => {
          throw writeFailed(e, index, results.length);
        });
      results.push({ index, ...written });
    }
    return { accepted: results.filter((r) => !r.replayed).length, replayed: results.filter((r) => r.replayed).length, items: results };
  }
}

/**
 * A rule that failed only at write time (a period locked after the batch was validated): the error
 * names the item, and how many items before it were stored (a retry with the same Idempotency-Key
 * replays those and writes the rest).
 */
function writeFailed(e: unknown, index: number, stored: number): unknown {
  if (!(e instanceof DomainError)) return e;
  const field = `items[${index}].${e.field ?? 'item'}`;
  return new DomainError(e.code, e.message, field, e.kind, [{ ...whereOf(e.details), field, errors: [e.message], index, storedBefore: stored }]);
}

/** What an item's own error detail adds besides field and errors (e.g. reportableFrom of a period not started). */
function whereOf(details: ReadonlyArray<{ field: string; errors: string[] }> | undefined): Record<string, unknown> {
  if (!details?.[0]) return {};
  const { field: _field, errors: _errors, ...where } = details[0];
  return where;
}

/** What makes two submissions of an item "the same request" (the random ids are not part of it). */
const itemIdentity = (i: BatchItem) => ({ kpiId: i.kpiId, year: i.year, period: i.period, value: i.value, note: i.note, evidence: i.evidence, correctionReason: i.correctionReason });
