import { bundles } from './bundles';

/** User-facing texts for error codes of the API, where the API's own message is not enough. */
export const errors = bundles({
  NETWORK_ERROR: { id: 'Layanan tidak dapat dihubungi.', en: 'The service cannot be reached.' },
  STALE_ETAG: { id: 'Data telah diubah sejak Anda membukanya.', en: 'The data changed since you opened it.' },
  UNAUTHENTICATED: { id: 'Sesi Anda berakhir. Silakan masuk lagi.', en: 'Your session ended. Please sign in again.' },
  FORBIDDEN: { id: 'Anda tidak berwenang melakukan ini.', en: 'You are not allowed to do this.' },
  VALIDATION_FAILED: { id: 'Periksa isian yang ditandai.', en: 'Check the marked fields.' },
});
