import { numberToText } from '@capaian/spreadsheet';
import { isRangeTarget, type KpiTarget, type ScorecardDocument, type ValueType } from '@capaian/planning-domain';
import type { PeriodCode } from '@capaian/contracts';
import { AGGREGATION_LABELS, FREQUENCY_LABELS, INITIATIVE_LEVEL_LABELS, LEVEL_LABELS, PERIOD_COLUMNS, POLARITY_LABELS, VALUE_TYPE_LABELS } from './scorecard-sheets.js';
import type { WorkbookData } from './scorecard-workbook.js';

/** Writing a scorecard as workbook rows (export and template); reading is in scorecard-workbook.ts. */

const labelOf = <T extends string>(labels: Record<T, string[]>, value: T): string => labels[value][0]!;

// ------------------------------------------------------------------ writing

/** A decimal string as a number when the number writes back to the same text (so Excel shows a number), else the text. */
function numeric(s: string | null): string | number | null {
  if (s === null) return null;
  if (!/^-?\d+(\.\d+)?$/.test(s)) return s;
  const n = Number(s);
  return numberToText(n) === s ? n : s;
}

function targetCell(t: KpiTarget | null, valueType: ValueType): string | number | null {
  if (t === null) return null;
  if (isRangeTarget(t)) return `${t.min}..${t.max}`;
  return valueType === 'categorical' || valueType === 'milestone_date' ? t.value : numeric(t.value);
}

/** The workbook rows of a scorecard (by sheet key), for export with writeWorkbook(SCORECARD_SHEETS, ...). */
export function workbookFromDocument(doc: ScorecardDocument): WorkbookData {
  const profil: WorkbookData[string] = [
    { jenis: 'unit', isi: doc.unitId },
    { jenis: 'tahun', isi: doc.year },
    { jenis: 'tema', isi: doc.theme },
    { jenis: 'judul', isi: doc.title },
    { jenis: 'visi', isi: doc.vision === '' ? null : doc.vision },
    ...doc.missions.map((m) => ({ jenis: 'misi', isi: m })),
    ...doc.goals.map((g) => ({ jenis: 'tujuan', isi: g })),
  ];
  return {
    profil,
    perspektif: doc.perspectives.map((p) => ({ kode: p.code, nama: p.name, urutan: p.order, bobot: numeric(p.weight) })),
    sasaran: doc.objectives.map((o) => ({ kode: o.code, perspektif: o.perspectiveCode, nama: o.name, bobot: numeric(o.weight), kontribusi_ke: o.contributesTo })),
    peta: doc.links.map((l) => ({ sebab: l.from, akibat: l.to })),
    iku: doc.kpis.map((k) => {
      const range = k.yearlyTarget !== null && isRangeTarget(k.yearlyTarget);
      const row: Record<string, string | number | null> = {
        kode: k.code,
        sasaran: k.objectiveCode,
        nama: k.name,
        satuan: k.unitOfMeasure === '' ? null : k.unitOfMeasure,
        definisi: k.definition,
        sumber_data: k.dataSource,
        pemilik: k.ownerUnitId,
        frekuensi: labelOf(FREQUENCY_LABELS, k.frequency),
        level: labelOf(LEVEL_LABELS, k.level),
        polaritas: labelOf(POLARITY_LABELS, k.polarity),
        tipe_nilai: labelOf(VALUE_TYPE_LABELS, k.valueType),
        kategori: k.grades && k.grades.length > 0 ? k.grades.join(' > ') : null,
        agregasi: labelOf(AGGREGATION_LABELS, k.aggregation),
        bobot: numeric(k.weight),
        baseline: k.baseline === null ? null : targetCell({ value: k.baseline }, k.valueType),
        target: range ? null : targetCell(k.yearlyTarget, k.valueType),
        target_min: range ? targetCell({ value: (k.yearlyTarget as { min: string }).min }, k.valueType) : null,
        target_max: range ? targetCell({ value: (k.yearlyTarget as { max: string }).max }, k.valueType) : null,
      };
      for (const p of PERIOD_COLUMNS) row[p.period.toLowerCase()] = targetCell(k.periodTargets[p.period as PeriodCode] ?? null, k.valueType);
      row.target_akhir = targetCell(k.endOfTermTarget, k.valueType);
      row.ambang_hijau = numeric(k.thresholds?.green ?? null);
      row.ambang_kuning = numeric(k.thresholds?.yellow ?? null);
      row.turunan_dari = k.cascadedFrom?.kpiId ?? null;
      row.porsi = numeric(k.cascadedFrom?.share ?? null);
      return row;
    }),
    inisiatif: doc.initiatives.map((i) => ({
      kode: i.code,
      jenjang: labelOf(INITIATIVE_LEVEL_LABELS, i.level),
      nama: i.name,
      induk: i.parentCode,
      sasaran: i.objectiveCodes.length > 0 ? i.objectiveCodes.join('; ') : null,
      pagu: numeric(i.budgetCeiling),
      pelaksana: i.ownerUnitId,
      mulai: i.schedule.start,
      selesai: i.schedule.end,
    })),
  };
}

// ------------------------------------------------------------------ template

/** The example scorecard behind the template (a Pemda scorecard with three kinds of KPI). */
export function scorecardTemplateDocument(): ScorecardDocument {
  return {
    unitId: 'pemda',
    year: 2026,
    theme: null,
    title: 'Kartu Kinerja Pemerintah Daerah 2026',
    vision: 'Daerah yang maju, sejahtera dan berdaya saing',
    missions: ['Meningkatkan kualitas pelayanan publik', 'Mewujudkan tata kelola pemerintahan yang bersih dan akuntabel'],
    goals: ['Meningkatnya kepuasan masyarakat dan stabilitas ekonomi daerah'],
    perspectives: [
      { code: 'P1', name: 'Pemangku Kepentingan', order: 1, weight: '60' },
      { code: 'P2', name: 'Proses Internal', order: 2, weight: '40' },
    ],
    objectives: [
      { code: 'SS-01', perspectiveCode: 'P1', name: 'Meningkatnya kepuasan masyarakat dan stabilitas harga', weight: null, contributesTo: null },
      { code: 'SS-02', perspectiveCode: 'P2', name: 'Terwujudnya pengelolaan keuangan daerah yang akuntabel', weight: null, contributesTo: null },
    ],
    links: [{ from: 'SS-02', to: 'SS-01' }],
    kpis: [
      {
        code: 'IKU-01',
        objectiveCode: 'SS-01',
        name: 'Indeks Kepuasan Masyarakat',
        unitOfMeasure: 'indeks',
        definition: 'Rata-rata tertimbang nilai unsur pelayanan hasil Survei Kepuasan Masyarakat (PermenPANRB 14/2017)',
        dataSource: 'Survei Kepuasan Masyarakat',
        ownerUnitId: 'bag-organisasi',
        frequency: 'quarterly',
        level: 'result',
        polarity: 'higher_is_better',
        valueType: 'number',
        grades: null,
        aggregation: 'average',
        weight: '60',
        baseline: '80.1',
        yearlyTarget: { value: '82.5' },
        periodTargets: { Q1: { value: '82' }, Q2: { value: '82.5' }, Q3: { value: '82.5' }, Q4: { value: '83' } },
        endOfTermTarget: { value: '85' },
        thresholds: { green: '100', yellow: '90' },
        cascadedFrom: null,
      },
      {
        code: 'IKU-02',
        objectiveCode: 'SS-01',
        name: 'Tingkat inflasi',
        unitOfMeasure: '%',
        definition: 'Perubahan Indeks Harga Konsumen year-on-year (BPS)',
        dataSource: 'BPS',
        ownerUnitId: 'bag-perekonomian',
        frequency: 'quarterly',
        level: 'result',
        polarity: 'range',
        valueType: 'percent',
        grades: null,
        aggregation: 'last',
        weight: '40',
        baseline: '2.8',
        yearlyTarget: { min: '2', max: '4' },
        periodTargets: { Q1: { min: '2', max: '4' }, Q2: { min: '2', max: '4' }, Q3: { min: '2', max: '4' }, Q4: { min: '2', max: '4' } },
        endOfTermTarget: { min: '2', max: '4' },
        thresholds: null,
        cascadedFrom: null,
      },
      {
        code: 'IKU-03',
        objectiveCode: 'SS-02',
        name: 'Opini BPK',
        unitOfMeasure: '',
        definition: 'Opini Badan Pemeriksa Keuangan atas Laporan Keuangan Pemerintah Daerah',
        dataSource: 'Laporan Hasil Pemeriksaan BPK',
        ownerUnitId: 'bpkad',
        frequency: 'yearly',
        level: 'result',
        polarity: 'higher_is_better',
        valueType: 'categorical',
        grades: ['WTP', 'WDP', 'TW', 'TMP'],
        aggregation: 'last',
        weight: '100',
        baseline: 'WDP',
        yearlyTarget: { value: 'WTP' },
        periodTargets: {},
        endOfTermTarget: { value: 'WTP' },
        thresholds: null,
        cascadedFrom: null,
      },
    ],
    initiatives: [
      {
        code: 'PRG-01',
        level: 'program',
        name: 'Program Penunjang Urusan Pemerintahan Daerah',
        parentCode: null,
        objectiveCodes: ['SS-01', 'SS-02'],
        budgetCeiling: '1500000000',
        ownerUnitId: 'bag-organisasi',
        schedule: { start: '2026-01-01', end: '2026-12-31' },
      },
    ],
  };
}

/** The template: the example scorecard as workbook rows. */
export function scorecardTemplate(): WorkbookData {
  return workbookFromDocument(scorecardTemplateDocument());
}
