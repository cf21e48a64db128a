import type { ApiProblem } from '../../api/errors';
import type { RowProblem } from '../../components/FileUpload';

/** One problem of an uploaded file, as the API's IMPORT_INVALID details list it. */
export type ImportProblem = RowProblem;

const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

/** The per-row problems of a refused upload (422 IMPORT_INVALID or a 400 about the file), sorted by row. */
export function importProblems(problem: ApiProblem | undefined): ImportProblem[] {
  if (!problem || !Array.isArray(problem.details)) return [];
  const out: ImportProblem[] = [];
  for (const d of problem.details as unknown[]) {
    if (typeof d !== 'object' || d === null) continue;
    const e = d as Record<string, unknown>;
    const errors = Array.isArray(e.errors) ? e.errors.map(String) : [];
    const message = str(e.message) ?? errors.join('; ');
    out.push({ sheet: str(e.sheet), row: typeof e.row === 'number' ? e.row : null, column: str(e.column), field: str(e.field), code: str(e.code), message });
  }
  return out.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
}
