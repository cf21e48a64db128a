/** Texts of the sign-in screen. */
export const signin = {
  id: {
    title: 'Masuk ke Capaian',
    devIntro: 'Mode pengembangan: pilih peran dan unit demo. Token dibuat oleh server hanya dalam mode pengembangan.',
    role: 'Peran',
    unit: 'Unit (untuk operator unit)',
    noUnit: '— tanpa unit —',
    submit: 'Masuk',
    tokenIntro: 'Tempel token akses (bearer token) dari penyedia identitas Pemda Anda.',
    token: 'Token akses',
    invalidToken: 'Token tidak dapat dibaca.',
    unitRequired: 'Operator unit harus memilih unit.',
  },
  en: {
    title: 'Sign in to Capaian',
    devIntro: 'Development mode: pick a demo role and unit. The server makes tokens in development mode only.',
    role: 'Role',
    unit: 'Unit (for unit operators)',
    noUnit: '— no unit —',
    submit: 'Sign in',
    tokenIntro: "Paste an access (bearer) token from your Pemda's identity provider.",
    token: 'Access token',
    invalidToken: 'The token cannot be read.',
    unitRequired: 'A unit operator must pick a unit.',
  },
};
