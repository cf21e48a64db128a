import type { UnitKind } from '@capaian/planning-domain';

/** The demo tenant: Pemerintah Kabupaten Contoh. */
export const DEMO_TENANT = 'kab-contoh';

/** The plan year of every demo scorecard and realization. */
export const DEMO_YEAR = 2026;

/** One `register-unit` command's worth of data. */
export interface DemoUnit {
  unitId: string;
  name: string;
  kind: UnitKind;
  parentId: string | null;
}

/**
 * The organization tree of Kabupaten Contoh, in registration order (a parent always comes before
 * its children): Pemda -> OPD -> bidang -> seksi -> ASN positions.
 */
export const demoOrganization: readonly DemoUnit[] = [
  { unitId: 'pemda', name: 'Pemerintah Kabupaten Contoh', kind: 'pemda', parentId: null },

  // Perangkat Daerah (OPD)
  { unitId: 'setda', name: 'Sekretariat Daerah', kind: 'opd', parentId: 'pemda' },
  { unitId: 'bappeda', name: 'Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah', kind: 'opd', parentId: 'pemda' },
  { unitId: 'bpkad', name: 'Badan Pengelolaan Keuangan dan Aset Daerah', kind: 'opd', parentId: 'pemda' },
  { unitId: 'inspektorat', name: 'Inspektorat Daerah', kind: 'opd', parentId: 'pemda' },
  { unitId: 'bkpsdm', name: 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia', kind: 'opd', parentId: 'pemda' },
  { unitId: 'dpmptsp', name: 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu', kind: 'opd', parentId: 'pemda' },
  { unitId: 'diskominfo', name: 'Dinas Komunikasi dan Informatika', kind: 'opd', parentId: 'pemda' },
  { unitId: 'dinkes', name: 'Dinas Kesehatan', kind: 'opd', parentId: 'pemda' },
  { unitId: 'disdik', name: 'Dinas Pendidikan dan Kebudayaan', kind: 'opd', parentId: 'pemda' },
  { unitId: 'dinsos', name: 'Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak', kind: 'opd', parentId: 'pemda' },
  { unitId: 'disnakertrans', name: 'Dinas Tenaga Kerja dan Transmigrasi', kind: 'opd', parentId: 'pemda' },

  // Bidang of DPMPTSP
  { unitId: 'dpmptsp-pelayanan', name: 'Bidang Pelayanan Perizinan dan Nonperizinan', kind: 'bidang', parentId: 'dpmptsp' },
  { unitId: 'dpmptsp-penanaman-modal', name: 'Bidang Promosi dan Pengendalian Pelaksanaan Penanaman Modal', kind: 'bidang', parentId: 'dpmptsp' },
  { unitId: 'dpmptsp-pengaduan', name: 'Bidang Pengaduan, Kebijakan dan Pelaporan Layanan', kind: 'bidang', parentId: 'dpmptsp' },

  // Bidang of Diskominfo
  { unitId: 'diskominfo-ikp', name: 'Bidang Informasi dan Komunikasi Publik', kind: 'bidang', parentId: 'diskominfo' },
  { unitId: 'diskominfo-aptika', name: 'Bidang Aplikasi Informatika', kind: 'bidang', parentId: 'diskominfo' },
  { unitId: 'diskominfo-infra', name: 'Bidang Infrastruktur Teknologi Informasi dan Komunikasi', kind: 'bidang', parentId: 'diskominfo' },
  { unitId: 'diskominfo-persandian', name: 'Bidang Persandian dan Statistik', kind: 'bidang', parentId: 'diskominfo' },

  // Seksi
  { unitId: 'dpmptsp-pelayanan-berusaha', name: 'Seksi Pelayanan Perizinan Berusaha', kind: 'seksi', parentId: 'dpmptsp-pelayanan' },
  { unitId: 'diskominfo-aptika-egov', name: 'Seksi Tata Kelola dan Pengembangan e-Government', kind: 'seksi', parentId: 'diskominfo-aptika' },

  // ASN positions (jabatan)
  { unitId: 'dpmptsp-pelayanan-berusaha-penata', name: 'Penata Perizinan Ahli Muda', kind: 'asn_position', parentId: 'dpmptsp-pelayanan-berusaha' },
  { unitId: 'diskominfo-aptika-egov-pranata', name: 'Pranata Komputer Ahli Muda', kind: 'asn_position', parentId: 'diskominfo-aptika-egov' },
];
