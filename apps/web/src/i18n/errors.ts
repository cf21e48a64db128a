/** User-facing texts for error codes of the API, where the API's own message is not enough. */
export const errors = {
  id: {
    NETWORK_ERROR: 'Layanan tidak dapat dihubungi.',
    STALE_ETAG: 'Data telah diubah sejak Anda membukanya.',
    UNAUTHENTICATED: 'Sesi Anda berakhir. Silakan masuk lagi.',
    FORBIDDEN: 'Anda tidak berwenang melakukan ini.',
    VALIDATION_FAILED: 'Periksa isian yang ditandai.',
  },
  en: {
    NETWORK_ERROR: 'The service cannot be reached.',
    STALE_ETAG: 'The data changed since you opened it.',
    UNAUTHENTICATED: 'Your session ended. Please sign in again.',
    FORBIDDEN: 'You are not allowed to do this.',
    VALIDATION_FAILED: 'Check the marked fields.',
  },
};
