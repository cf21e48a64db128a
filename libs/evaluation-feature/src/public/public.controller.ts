import { Controller, Get, Inject, NotFoundException, Param, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { PeriodCode } from '@capaian/contracts';
import { evaluateScorecard, inputsAsOf, publishedScoresStreamId, scorecardOf } from '@capaian/evaluation-domain';
import { Public, SERVICE_INFRASTRUCTURE, YEAR_PARAM, type ServiceInfrastructure } from '@capaian/platform';
import { displayScore, ratingBand, type RatingBand, type ScoringPolicy } from '@capaian/scoring';
import { ScoreReader } from '../scores/score-reader.js';
import { PERIOD_PARAM, SCORECARD_PARAM, TENANT_PARAM } from './public-params.js';
import { PublicPublicationResponse, PublicPublicationsResponse, PublicStrategyMapResponse } from './public.responses.js';
import { latestPublication, latestPublications, planFactsAt, type Publication, type PublishedPlanFacts } from './published-scores.js';
import { renderLkjipPdf } from '../reports/lkjip/index.js';
import { lkjipReportOf } from '../reports/get-lkjip/lkjip-report.js';

const PUBLISHED_ONLY =
  'No token. Answers only from the stored scores-published events (the latest publication of the period), never from the live scores: ' +
  'a period that was not published answers 404 PUBLICATION_NOT_FOUND, and a later realization does not change what is shown.';

/**
 * The public portal of a Pemda (tenant in the path, no sign-in): the official scores of every
 * published period, and for each published scorecard its strategy map and LKjIP as they stood
 * when the period was published.
 */
@ApiTags('public')
@Public()
@Controller('public/:tenant/publications')
export class PublicPortalController {
  constructor(
    @Inject(SERVICE_INFRASTRUCTURE) private readonly infra: ServiceInfrastructure,
    private readonly reader: ScoreReader,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Nilai resmi yang diterbitkan / every published period of a Pemda with its official scores (trends across periods)', description: PUBLISHED_ONLY })
  @ApiOkResponse({ type: PublicPublicationsResponse })
  async publications(@Param('tenant', TENANT_PARAM) tenant: string): Promise<PublicPublicationsResponse> {
    const publications = await latestPublications(this.infra.store, tenant);
    if (publications.length === 0) return { tenantId: tenant, publications: [] };
    const facts = planFactsAt(tenant, await this.reader.tenantInputs(tenant, Math.max(...publications.map((p) => p.inputsUpTo))), publications);
    const policies = new Map<string, ScoringPolicy>();
    const out: PublicPublicationResponse[] = [];
    for (const p of publications) out.push(this.answer(tenant, p, await this.policyOf(tenant, p, policies), facts.get(p)!));
    return { tenantId: tenant, publications: out };
  }

  @Get(':year/:period')
  @ApiOperation({ summary: 'Nilai resmi satu periode / the official scores of one published period', description: PUBLISHED_ONLY })
  @ApiOkResponse({ type: PublicPublicationResponse })
  async publication(@Param('tenant', TENANT_PARAM) tenant: string, @Param('year', YEAR_PARAM) year: number, @Param('period', PERIOD_PARAM) period: PeriodCode): Promise<PublicPublicationResponse> {
    const p = await latestPublication(this.infra.store, publishedScoresStreamId(tenant, year, period), year, period);
    const facts = planFactsAt(tenant, await this.reader.tenantInputs(tenant, p.inputsUpTo), [p]);
    return this.answer(tenant, p, await this.policyOf(tenant, p), facts.get(p)!);
  }

  @Get(':year/:period/scorecards/:scorecardId/strategy-map')
  @ApiOperation({
    summary: 'Peta strategi yang diterbitkan / the strategy map of a published scorecard, with its objective scores as they stood when the period was published',
    description: `${PUBLISHED_ONLY} The plan and objective scores are computed from the inputs up to the publication (its chain heads), under the published policy version; 404 SCORECARD_NOT_PUBLISHED for a scorecard the publication does not hold.`,
  })
  @ApiOkResponse({ type: PublicStrategyMapResponse })
  async strategyMap(
    @Param('tenant', TENANT_PARAM) tenant: string,
    @Param('year', YEAR_PARAM) year: number,
    @Param('period', PERIOD_PARAM) period: PeriodCode,
    @Param('scorecardId', SCORECARD_PARAM) scorecardId: string,
  ): Promise<PublicStrategyMapResponse> {
    const { p, published, policy, inputs } = await this.publishedScorecard(tenant, year, period, scorecardId);
    const plan = scorecardOf(inputs, tenant, scorecardId);
    const evaluation = evaluateScorecard(inputs, tenant, scorecardId, policy, period);
    if (!plan || !evaluation) throw notPublished(scorecardId);
    const perspectiveScores = new Map(evaluation.score.perspectives.map((s) => [s.perspectiveId, s]));
    const objectiveScores = new Map(evaluation.score.perspectives.flatMap((s) => s.objectives.map((o) => [o.objectiveId, o] as const)));
    const scored = (score: string | null | undefined) => ({ score: score ?? null, scoreDisplay: displayScore(score, policy), band: ratingBand(score, policy) });
    return {
      tenantId: tenant,
      year,
      period,
      publishedAt: p.publishedAt,
      position: p.position,
      policy: p.snapshot.policy,
      positions: evaluation.positions,
      scorecardId,
      unitId: plan.unitId,
      unitName: plan.unitName,
      title: plan.title,
      planVersion: plan.version,
      vision: plan.vision,
      missions: plan.missions,
      score: published.score,
      scoreDisplay: displayScore(published.score, policy),
      band: bandByCode(published.band, published.score, policy),
      perspectives: [...plan.perspectives]
        .sort((a, b) => a.order - b.order)
        .map((s) => ({ perspectiveId: s.perspectiveId, code: s.code, name: s.name, order: s.order, weight: s.weight, ...scored(perspectiveScores.get(s.perspectiveId)?.score) })),
      objectives: plan.objectives.map((o) => ({ objectiveId: o.objectiveId, code: o.code, name: o.name, perspectiveId: o.perspectiveId, ...scored(objectiveScores.get(o.objectiveId)?.score) })),
      links: plan.links.map((l) => ({ fromObjectiveId: l.fromObjectiveId, toObjectiveId: l.toObjectiveId })),
    };
  }

  @Get(':year/:period/scorecards/:scorecardId/lkjip')
  @ApiOperation({
    summary: 'LKjIP yang diterbitkan (PDF) / the LKjIP of a published scorecard as it read when the period was published',
    description: `${PUBLISHED_ONLY} Built like GET /reports/lkjip from the inputs up to the publication, under the published policy version.`,
  })
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'The report as a PDF', content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } } })
  async lkjip(
    @Param('tenant', TENANT_PARAM) tenant: string,
    @Param('year', YEAR_PARAM) year: number,
    @Param('period', PERIOD_PARAM) period: PeriodCode,
    @Param('scorecardId', SCORECARD_PARAM) scorecardId: string,
    @Res() res: Response,
  ) {
    const { p, policy, inputs } = await this.publishedScorecard(tenant, year, period, scorecardId);
    const publishedAt = new Date(p.publishedAt);
    const report = await lkjipReportOf(this.infra, this.reader, { tenantId: tenant, scorecardId, inputs, policy, asOf: publishedAt, generatedAt: publishedAt });
    if (!report) throw notPublished(scorecardId);
    const pdf = await renderLkjipPdf(report);
    res.setHeader('Content-Type', 'application/pdf');
    res.setHeader('Content-Disposition', `inline; filename="lkjip-${scorecardId}-${year}-${period}.pdf"`);
    res.end(Buffer.from(pdf));
  }

  /** The latest publication of the period holding `scorecardId`, its policy, and the inputs folded up to it (404 otherwise). */
  private async publishedScorecard(tenant: string, year: number, period: PeriodCode, scorecardId: string) {
    const p = await latestPublication(this.infra.store, publishedScoresStreamId(tenant, year, period), year, period);
    const published = p.snapshot.units.find((u) => u.scorecardId === scorecardId);
    if (!published) throw notPublished(scorecardId);
    const policy = await this.policyOf(tenant, p);
    const inputs = inputsAsOf(await this.reader.tenantInputs(tenant, p.inputsUpTo), { toPosition: p.inputsUpTo });
    return { p, published, policy, inputs };
  }

  /** The published policy version (read from the policy stream, cached per year and version in `cache`). */
  private async policyOf(tenant: string, p: Publication, cache = new Map<string, ScoringPolicy>()): Promise<ScoringPolicy> {
    const key = `${p.snapshot.year}/${p.snapshot.policy.version}`;
    const known = cache.get(key);
    if (known) return known;
    const policy = await this.reader.policy(tenant, p.snapshot.year, p.snapshot.policy.version);
    cache.set(key, policy);
    return policy;
  }

  private answer(tenant: string, p: Publication, policy: ScoringPolicy, facts: Map<string, PublishedPlanFacts>): PublicPublicationResponse {
    const s = p.snapshot;
    return {
      tenantId: tenant,
      year: s.year,
      period: s.period,
      publishedAt: p.publishedAt,
      position: p.position,
      edition: p.edition,
      policy: s.policy,
      positions: s.positions,
      inputsUpTo: p.inputsUpTo,
      bands: [...policy.bands],
      units: s.units.map((u) => ({
        unitId: u.unitId,
        ...facts.get(u.scorecardId)!,
        scorecardId: u.scorecardId,
        score: u.score,
        scoreDisplay: displayScore(u.score, policy),
        band: bandByCode(u.band, u.score, policy),
        rank: u.rank,
      })),
      chainHeads: s.chainHeads ?? [],
    };
  }
}

/** The published band code with its label and bounds in the published policy (by score when the code is not among them). */
function bandByCode(code: string | null, score: string | null, policy: ScoringPolicy): RatingBand | null {
  if (code === null) return null;
  return policy.bands.find((b) => b.code === code) ?? ratingBand(score, policy);
}

function notPublished(scorecardId: string): NotFoundException {
  return new NotFoundException({
    statusCode: 404,
    error: 'Not Found',
    code: 'SCORECARD_NOT_PUBLISHED',
    message: `Kartu kinerja ${scorecardId} tidak ada dalam penerbitan ini / the scorecard is not in this publication`,
  });
}
