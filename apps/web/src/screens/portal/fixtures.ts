import type { Publication, PublishedMap, PublishedUnit } from './types';

const band = (code: string, id: string, en: string) => ({ code, label: { id, en }, min: null, minInclusive: true, max: null, maxInclusive: true });
export const TINGGI = band('tinggi', 'Tinggi', 'High');
export const SEDANG = band('sedang', 'Sedang', 'Medium');

export const unit = (over: Partial<PublishedUnit>): PublishedUnit => ({
  unitId: 'dpmptsp',
  unitName: 'DPMPTSP',
  unitKind: 'opd',
  parentUnitId: 'pemda',
  scorecardId: 'dpmptsp-2026',
  title: 'Kartu Kinerja DPMPTSP 2026',
  theme: null,
  planVersion: 1,
  score: '81.25',
  scoreDisplay: '81.25',
  band: TINGGI,
  rank: null,
  ...over,
});

export const publication = (over: Partial<Publication>): Publication => ({
  tenantId: 'kab-contoh',
  year: 2026,
  period: 'Q1',
  publishedAt: '2026-04-20T03:00:00.000Z',
  position: 100,
  edition: 1,
  policy: { policyId: 'permendagri-86-2017', version: 0 },
  positions: { from: 3, to: 90 },
  inputsUpTo: 95,
  bands: [SEDANG, TINGGI],
  units: [unit({}), unit({ unitId: 'pemda', unitName: 'Pemerintah Kabupaten Contoh', unitKind: 'pemda', parentUnitId: null, scorecardId: 'pemda-2026', score: '70.5', band: SEDANG })],
  chainHeads: [],
  ...over,
});

export const map: PublishedMap = {
  tenantId: 'kab-contoh',
  year: 2026,
  period: 'Q1',
  publishedAt: '2026-04-20T03:00:00.000Z',
  position: 100,
  policy: { policyId: 'permendagri-86-2017', version: 0 },
  positions: { from: 3, to: 80 },
  scorecardId: 'dpmptsp-2026',
  unitId: 'dpmptsp',
  unitName: 'DPMPTSP',
  title: 'Kartu Kinerja DPMPTSP 2026',
  planVersion: 1,
  vision: 'Pelayanan perizinan yang cepat',
  missions: ['Mempercepat pelayanan'],
  score: '81.25',
  scoreDisplay: '81.25',
  band: TINGGI,
  perspectives: [
    { perspectiveId: 'p2', code: 'PBL', name: 'Pembelajaran', order: 2, weight: '40', score: '90', scoreDisplay: '90.00', band: TINGGI },
    { perspectiveId: 'p1', code: 'PLG', name: 'Masyarakat', order: 1, weight: '60', score: '75', scoreDisplay: '75.00', band: SEDANG },
  ],
  objectives: [
    { objectiveId: 'o2', code: 'SS-02', name: 'Kompetensi ASN', perspectiveId: 'p2', score: '90', scoreDisplay: '90.00', band: TINGGI },
    { objectiveId: 'o1', code: 'SS-01', name: 'Kualitas pelayanan', perspectiveId: 'p1', score: '75', scoreDisplay: '75.00', band: SEDANG },
  ],
  links: [
    { fromObjectiveId: 'o2', toObjectiveId: 'o1' },
    { fromObjectiveId: 'o2', toObjectiveId: 'gone' },
  ],
};
