/** One call whose JSON answer is validated against the schema its operation documents. */
export interface ResponseCase {
  service: 'planning' | 'measurement' | 'evaluation';
  role: 'planner' | 'unit_operator' | 'evaluator' | 'admin' | 'viewer';
  unit?: string;
  method?: 'GET' | 'POST' | 'PUT';
  path: string;
  body?: unknown;
  status?: number;
}
