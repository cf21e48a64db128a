/**
 * The small logger interface the messaging adapters log through. A pino logger fits as is
 * (`createKafkaBus({ ..., logger: pino() })`); so does `console` for quick scripts.
 */
export interface MessagingLogger {
  info(objOrMsg: object | string, msg?: string): void;
  warn(objOrMsg: object | string, msg?: string): void;
  error(objOrMsg: object | string, msg?: string): void;
}

export const silentLogger: MessagingLogger = {
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};

export function errorFields(error: unknown): { error: string; errorName?: string; stack?: string } {
  if (error instanceof Error) return { error: error.message, errorName: error.name, stack: error.stack };
  return { error: String(error) };
}
