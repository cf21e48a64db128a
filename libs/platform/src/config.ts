/**
 * Typed, validated configuration from environment variables.
 *
 * A schema is a class whose properties are env variable names, decorated with class-validator
 * (and optionally class-transformer) decorators. Defaults are field initialisers. `loadConfig`
 * picks the schema's variables out of the environment (empty strings count as unset), converts
 * them (`enableImplicitConversion`), validates, and returns a frozen instance. On failure it
 * throws a `ConfigError` listing EVERY bad variable.
 */
import 'reflect-metadata';
import { plainToInstance, Transform } from 'class-transformer';
import {
  ArrayNotEmpty,
  getMetadataStorage,
  IsDefined,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  MinLength,
  ValidateBy,
  ValidateIf,
  validateSync,
  type ValidationError,
} from 'class-validator';
import { isIP } from 'node:net';
import { DEFAULT_AUTH_FAILURE_LIMIT, DEFAULT_AUTH_FAILURE_WINDOW_SECONDS } from './auth/auth-failure-limiter.js';
import { DEV_JWT_SECRET } from './auth/principal.js';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevelName = (typeof LOG_LEVELS)[number];
export const EVENT_STORE_KINDS = ['postgres', 'pglite', 'eventstoredb'] as const;
export type EventStoreKind = (typeof EVENT_STORE_KINDS)[number];
export const BUS_KINDS = ['kafka', 'in-process'] as const;
export type BusKind = (typeof BUS_KINDS)[number];

const EXAMPLE_KEY = Symbol('capaian:config:example');
const SECRET_KEY = Symbol('capaian:config:secret');

// ---------------------------------------------------------------------------------------------
// Decorators for env schemas
// ---------------------------------------------------------------------------------------------

/** A valid example value, shown in error messages: `..., e.g. PORT=3000`. */
export function EnvExample(example: string): PropertyDecorator {
  return (target, key) => Reflect.defineMetadata(EXAMPLE_KEY, example, target, key);
}

/** The value is a secret: error messages show its length, never the value. */
export function EnvSecret(): PropertyDecorator {
  return (target, key) => Reflect.defineMetadata(SECRET_KEY, true, target, key);
}

/**
 * The variable is required when `field` equals one of `values`, and is not validated at all
 * otherwise (class-validator `ValidateIf` semantics). Message: `required when BUS=kafka`.
 */
export function RequiredWhen(field: string, ...values: string[]): PropertyDecorator {
  const condition = `${field}=${values.join('|')}`;
  return (target, key) => {
    ValidateIf((o: Record<string, unknown>) => values.includes(String(o[field])))(target, key as string);
    IsDefined({ message: `required when ${condition}` })(target, key as string);
  };
}

/** An integer from `min` to `max`; every way to miss gives the one `message`. */
export function EnvInt(min: number, max: number, message: string): PropertyDecorator {
  return (target, key) => {
    Max(max, { message })(target, key as string);
    Min(min, { message })(target, key as string);
    IsInt({ message })(target, key as string);
  };
}

/** Comma-separated list -> string[] (items trimmed, empty items dropped). */
export function EnvList(): PropertyDecorator {
  return Transform(({ obj, key }) => {
    const raw = (obj as Record<string, unknown>)[key];
    return typeof raw === 'string'
      ? raw
          .split(',')
          .map((s) => s.trim())
          .filter((s) => s.length > 0)
      : raw;
  }) as PropertyDecorator;
}

/** 'true'|'1'|'yes'|'on' -> true, 'false'|'0'|'no'|'off' -> false; anything else stays a string (so @IsBoolean fails). */
export function EnvBoolean(): PropertyDecorator {
  return Transform(({ obj, key }) => {
    const raw = (obj as Record<string, unknown>)[key];
    return typeof raw === 'string' ? (parseBoolean(raw) ?? raw) : raw;
  }) as PropertyDecorator;
}

// ---------------------------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------------------------

export interface ConfigIssue {
  variable: string;
  /** Why it is invalid, e.g. `must be an integer between 1 and 65535`. */
  reason: string;
  /** The offending raw value (undefined when missing or secret). */
  got?: string;
  example?: string;
}

export class ConfigError extends Error {
  constructor(
    readonly serviceName: string | undefined,
    readonly issues: ConfigIssue[],
    message: string,
  ) {
    super(message);
    this.name = 'ConfigError';
  }
}

// ---------------------------------------------------------------------------------------------
// The common service configuration
// ---------------------------------------------------------------------------------------------

const PORT_MSG = 'must be an integer between 1 and 65535';
const ORIGIN_RE = /^https?:\/\/(localhost|[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*|\[[0-9a-f:.]+\])(:\d{1,5})?$/i;
const ORIGIN_MSG = 'must be a comma-separated list of origins (scheme://host[:port], no path), e.g. https://sakip.example.go.id';
const AUTH_LIMIT_MSG = 'must be an integer between 0 (off) and 100000';
const AUTH_WINDOW_MSG = 'must be an integer number of seconds between 1 and 86400';
const TRUST_PROXY_NAMES = ['loopback', 'linklocal', 'uniquelocal'];
const TRUST_PROXY_MSG = `must be false, true, a number of proxy hops, or a comma-separated list of ${TRUST_PROXY_NAMES.join(', ')} and IP addresses / subnets`;

/** A valid TRUST_PROXY value (see `trustProxySetting`). */
export function isTrustProxyValue(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const v = value.trim();
  if (/^(true|false)$/i.test(v) || /^\d{1,2}$/.test(v)) return true;
  const items = v.split(',').map((s) => s.trim());
  return (
    items.length > 0 &&
    items.every((item) => {
      if (TRUST_PROXY_NAMES.includes(item)) return true;
      const [address, prefix, ...rest] = item.split('/');
      if (rest.length > 0 || !address) return false;
      const family = isIP(address);
      if (family === 0) return false;
      return prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128));
    })
  );
}

/** Express's `trust proxy` setting for a TRUST_PROXY value: false, true, a hop count, or the list. */
export function trustProxySetting(value: string): boolean | number | string {
  const v = value.trim();
  if (/^false$/i.test(v)) return false;
  if (/^true$/i.test(v)) return true;
  if (/^\d+$/.test(v)) return Number(v);
  return v;
}
const TIMEOUT_MSG = 'must be an integer number of milliseconds between 0 and 600000';
const SERVICE_NAME_RE = /^[a-z][a-z0-9-]*$/;

/**
 * Variables every service reads. Extend it for service-specific ones; override defaults with
 * field initialisers (`override PORT = 3101`). Derived defaults are computed in
 * `static resolveDefaults` (override it and call `super.resolveDefaults(config)`).
 */
export class ServiceConfig {
  /** Set by code (`loadConfig(Schema, env, { serviceName })` or an initialiser), never read from env. */
  @Matches(SERVICE_NAME_RE, { message: 'must be set in code (lower-case letters, digits, dashes)' })
  SERVICE_NAME!: string;

  @IsOptional()
  @IsString()
  NODE_ENV: string = 'development';

  @EnvInt(1, 65535, PORT_MSG)
  @EnvExample('3000')
  PORT: number = 3000;

  @IsString()
  @MinLength(1)
  @EnvExample('0.0.0.0')
  HOST: string = '0.0.0.0';

  @IsIn(LOG_LEVELS, { message: `must be one of ${LOG_LEVELS.join(', ')}` })
  @EnvExample('info')
  LOG_LEVEL: LogLevelName = 'info';

  /** Required in production (at least 32 characters); `capaian-dev-secret` otherwise. */
  @RequiredWhen('NODE_ENV', 'production')
  @IsString()
  @MinLength(32, { message: 'must be at least 32 characters long in production' })
  @EnvSecret()
  @EnvExample('<32+ random characters, e.g. `openssl rand -base64 48`>')
  JWT_SECRET!: string;

  @IsIn(EVENT_STORE_KINDS, { message: `must be one of ${EVENT_STORE_KINDS.join(', ')}` })
  @EnvExample('pglite')
  EVENT_STORE: EventStoreKind = 'pglite';

  @RequiredWhen('EVENT_STORE', 'postgres')
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'must be a postgres:// URL' })
  @EnvSecret()
  @EnvExample('postgres://user:password@db:5432/capaian')
  DATABASE_URL?: string;

  /** Default: the service name (dashes become underscores). */
  @Matches(/^[a-z_][a-z0-9_]*$/, { message: 'must be a lower-case SQL identifier' })
  @EnvExample('planning')
  DATABASE_SCHEMA!: string;

  /** Default: `./.data/<service>`. */
  @IsString()
  @MinLength(1)
  @EnvExample('./.data/planning')
  PGLITE_DIR!: string;

  @RequiredWhen('EVENT_STORE', 'eventstoredb')
  @Matches(/^(esdb|esdb\+discover|kurrentdb|kurrentdb\+discover|kurrent|kurrent\+discover):\/\/.+/, {
    message: 'must be an esdb:// connection string',
  })
  @EnvExample('esdb://eventstore:2113?tls=false')
  EVENTSTORE_URL?: string;

  @IsIn(BUS_KINDS, { message: `must be one of ${BUS_KINDS.join(', ')}` })
  @EnvExample('in-process')
  BUS: BusKind = 'in-process';

  @RequiredWhen('BUS', 'kafka')
  @EnvList()
  @ArrayNotEmpty({ message: 'required when BUS=kafka' })
  @Matches(/^[^\s:,]+:\d{1,5}$/, { each: true, message: 'must be a comma-separated list of host:port' })
  @EnvExample('kafka-1:9092,kafka-2:9092')
  KAFKA_BROKERS?: string[];

  /** Default: `capaian-<service>`. */
  @IsString()
  @MinLength(1)
  @EnvExample('capaian-planning')
  KAFKA_CLIENT_ID!: string;

  /** Prefix for topic names and consumer groups (several deployments on one cluster). Default ''. */
  @IsOptional()
  @Matches(/^[A-Za-z0-9._-]*$/, { message: 'must contain only letters, digits, ".", "_" and "-"' })
  @EnvExample('staging.')
  KAFKA_TOPIC_PREFIX: string = '';

  @EnvInt(0, 600_000, TIMEOUT_MSG)
  @EnvExample('10000')
  SHUTDOWN_TIMEOUT_MS: number = 10_000;

  /** Origins allowed to call the API from a browser (CORS); unset: no CORS headers at all. */
  @IsOptional()
  @EnvList()
  @Matches(ORIGIN_RE, { each: true, message: ORIGIN_MSG })
  @EnvExample('https://sakip.example.go.id,https://kinerja.example.go.id')
  CORS_ORIGINS?: string[];

  /** Static bearer token for GET /metrics (Prometheus); an admin JWT also works. */
  @IsOptional()
  @Matches(/^[A-Za-z0-9._~+/=-]{16,512}$/, { message: 'must be 16-512 characters of letters, digits and . _ ~ + / = -' })
  @EnvSecret()
  @EnvExample('<16+ random characters, e.g. `openssl rand -hex 32`>')
  METRICS_TOKEN?: string;

  /** Failed authentications accepted per client address and window before 429 (0: no limit). */
  @EnvInt(0, 100_000, AUTH_LIMIT_MSG)
  @EnvExample('20')
  AUTH_FAILURE_LIMIT: number = DEFAULT_AUTH_FAILURE_LIMIT;

  @EnvInt(1, 86_400, AUTH_WINDOW_MSG)
  @EnvExample('60')
  AUTH_FAILURE_WINDOW_SECONDS: number = DEFAULT_AUTH_FAILURE_WINDOW_SECONDS;

  /** Express `trust proxy`: which proxies' X-Forwarded-For names the client (rate limits, logs). */
  @ValidateBy({ name: 'isTrustProxy', validator: { validate: isTrustProxyValue, defaultMessage: () => TRUST_PROXY_MSG } })
  @EnvExample('loopback')
  TRUST_PROXY: string = 'false';

  /** Fills derived defaults; runs after conversion, before validation. */
  static resolveDefaults(config: ServiceConfig): void {
    const service = config.SERVICE_NAME;
    if (config.JWT_SECRET === undefined && config.NODE_ENV !== 'production') config.JWT_SECRET = DEV_JWT_SECRET;
    if (service && SERVICE_NAME_RE.test(service)) {
      config.DATABASE_SCHEMA ??= service.replace(/-/g, '_');
      config.PGLITE_DIR ??= `./.data/${service}`;
      config.KAFKA_CLIENT_ID ??= `capaian-${service}`;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Loading
// ---------------------------------------------------------------------------------------------

export type ConfigSchema<T extends object> = (new () => T) & { resolveDefaults?(config: NoInfer<T>): void };
export type Env = Record<string, string | undefined>;

export interface LoadConfigOptions {
  /** Sets SERVICE_NAME (wins over the schema's initialiser; SERVICE_NAME is never read from env). */
  serviceName?: string;
}

/** The env variable names a schema reads (its validated properties and initialised fields). */
export function configKeys(schema: new () => object): string[] {
  const keys = new Set<string>();
  for (const m of getMetadataStorage().getTargetValidationMetadatas(schema, '', true, false)) keys.add(m.propertyName);
  for (const k of Object.keys(new schema())) keys.add(k);
  keys.delete('SERVICE_NAME');
  return [...keys];
}

/**
 * Loads and validates `schema` from `env`. Returns a frozen instance.
 * @throws ConfigError listing every invalid variable.
 */
export function loadConfig<T extends object>(schema: ConfigSchema<T>, env: Env = process.env, options: LoadConfigOptions = {}): Readonly<T> {
  const raw: Record<string, string> = {};
  const plain: Record<string, unknown> = {};
  const defaults = new schema() as Record<string, unknown>;
  for (const key of configKeys(schema)) {
    const value = env[key];
    if (value === undefined || value.trim() === '') continue;
    raw[key] = value;
    plain[key] = coerce(schema, key, value, defaults[key]);
  }
  const instance = plainToInstance(schema, plain, { enableImplicitConversion: true, exposeDefaultValues: true }) as T;
  const record = instance as Record<string, unknown>;
  if (options.serviceName !== undefined) record.SERVICE_NAME = options.serviceName;
  schema.resolveDefaults?.(instance);

  const errors = validateSync(instance, { forbidUnknownValues: false });
  const serviceName = typeof record.SERVICE_NAME === 'string' ? record.SERVICE_NAME : undefined;
  if (errors.length > 0) {
    const issues = errors.flatMap((e) => toIssues(schema, e, raw));
    throw new ConfigError(serviceName, issues, formatIssues(serviceName, issues));
  }
  return deepFreeze(instance);
}

/** Prints the ConfigError to stderr and exits with code 1 (start-up helper). */
export function loadConfigOrExit<T extends object>(
  schema: ConfigSchema<T>,
  env: Env = process.env,
  options: LoadConfigOptions & { exit?: (code: number) => never | void; stderr?: { write(s: string): unknown } } = {},
): Readonly<T> {
  try {
    return loadConfig(schema, env, options);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    (options.stderr ?? process.stderr).write(`${error.message}\n`);
    (options.exit ?? process.exit)(1);
    throw error; // only reached when `exit` is stubbed
  }
}

/**
 * An env where `<PREFIX>_<NAME>` overrides `<NAME>`: lets several services share one process
 * (embedded mode), e.g. `scopedEnv('PLANNING')` turns PLANNING_PORT=3101 into PORT=3101.
 */
export function scopedEnv(prefix: string, env: Env = process.env): Env {
  const p = `${prefix.toUpperCase().replace(/-/g, '_')}_`;
  const out: Env = { ...env };
  for (const [k, v] of Object.entries(env)) if (k.startsWith(p) && k.length > p.length) out[k.slice(p.length)] = v;
  return out;
}

const NUMERIC_CONSTRAINTS = new Set(['isInt', 'isNumber', 'isPositive', 'isNegative', 'min', 'max', 'isPort']);

/**
 * Converts a raw string by the property's type: its declared type (design:type), else the type
 * of its default value, else its validators (IsInt, Min... -> number; IsBoolean -> boolean).
 * Unparseable numbers become NaN and fail validation (the message shows the raw string).
 */
function coerce(schema: new () => object, key: string, value: string, defaultValue: unknown): unknown {
  const designType: unknown = Reflect.getMetadata('design:type', schema.prototype, key);
  const constraints = getMetadataStorage()
    .getTargetValidationMetadatas(schema, '', true, false)
    .filter((m) => m.propertyName === key)
    .map((m) => m.name ?? '');
  const isNumber = designType === Number || typeof defaultValue === 'number' || constraints.some((c) => NUMERIC_CONSTRAINTS.has(c));
  if (isNumber) return Number(value.trim());
  const isBoolean = designType === Boolean || typeof defaultValue === 'boolean' || constraints.includes('isBoolean');
  if (isBoolean) return parseBoolean(value) ?? value;
  return value;
}

function parseBoolean(raw: string): boolean | undefined {
  const v = raw.trim().toLowerCase();
  if (['true', '1', 'yes', 'on'].includes(v)) return true;
  if (['false', '0', 'no', 'off'].includes(v)) return false;
  return undefined;
}

function toIssues(schema: new () => object, error: ValidationError, raw: Record<string, string>): ConfigIssue[] {
  const variable = error.property;
  const constraints = error.constraints ?? {};
  const missing = raw[variable] === undefined;
  const messages = missing && constraints.isDefined ? [constraints.isDefined] : [...new Set(Object.values(constraints).map((m) => stripProperty(m, variable)))];
  const secret = Reflect.getMetadata(SECRET_KEY, schema.prototype, variable) === true;
  const example = Reflect.getMetadata(EXAMPLE_KEY, schema.prototype, variable) as string | undefined;
  const issue: ConfigIssue = { variable, reason: messages.join('; ') || 'is invalid', example };
  if (!missing) issue.got = secret ? `<secret of ${raw[variable].length} characters>` : raw[variable];
  const nested = (error.children ?? []).flatMap((c) => toIssues(schema, c, raw));
  return Object.keys(constraints).length > 0 ? [issue, ...nested] : nested;
}

function stripProperty(message: string, property: string): string {
  return message.startsWith(`${property} `) ? message.slice(property.length + 1) : message;
}

function formatIssues(serviceName: string | undefined, issues: ConfigIssue[]): string {
  const header = serviceName ? `Invalid configuration for service "${serviceName}":` : 'Invalid configuration:';
  const lines = issues.map((i) => {
    let line = `  - ${i.variable}: ${i.reason}`;
    if (i.got !== undefined) line += i.got.startsWith('<secret') ? ` (got ${i.got})` : ` (got ${JSON.stringify(i.got)})`;
    if (i.example !== undefined && i.variable !== 'SERVICE_NAME') line += `, e.g. ${i.variable}=${i.example}`;
    return line;
  });
  return [header, ...lines].join('\n');
}

function deepFreeze<T>(value: T): Readonly<T> {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const v of Object.values(value as Record<string, unknown>)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}
