import { bundles } from './bundles';

/** Texts of the sign-in screen. */
export const signin = bundles({
  title: { id: 'Masuk ke Capaian', en: 'Sign in to Capaian' },
  devIntro: {
    id: 'Mode pengembangan: pilih peran dan unit demo. Token dibuat oleh server hanya dalam mode pengembangan.',
    en: 'Development mode: pick a demo role and unit. The server makes tokens in development mode only.',
  },
  role: { id: 'Peran', en: 'Role' },
  unit: { id: 'Unit (untuk operator unit)', en: 'Unit (for unit operators)' },
  noUnit: { id: '— tanpa unit —', en: '— no unit —' },
  submit: { id: 'Masuk', en: 'Sign in' },
  tokenIntro: { id: 'Tempel token akses (bearer token) dari penyedia identitas Pemda Anda.', en: "Paste an access (bearer) token from your Pemda's identity provider." },
  token: { id: 'Token akses', en: 'Access token' },
  invalidToken: { id: 'Token tidak dapat dibaca.', en: 'The token cannot be read.' },
  unitRequired: { id: 'Operator unit harus memilih unit.', en: 'A unit operator must pick a unit.' },
});
