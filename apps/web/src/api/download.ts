import { useState } from 'react';
import type { ApiProblem } from './errors';

/** Saves a downloaded answer as a file of that name, through a temporary link (a plain link could not carry the bearer token). */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A download button's state: busy while the file comes, the API's problem when it does not; `run` saves the file. */
export function useDownload() {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | undefined>();
  const run = async (fetchBlob: () => Promise<Blob>, fileName: string) => {
    setBusy(true);
    setProblem(undefined);
    try {
      saveBlob(await fetchBlob(), fileName);
    } catch (e) {
      setProblem(e as ApiProblem);
    } finally {
      setBusy(false);
    }
  };
  return { busy, problem, run };
}
