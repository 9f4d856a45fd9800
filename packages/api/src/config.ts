import { fileURLToPath } from 'node:url';

/** Settings read once from the environment at start-up. */
export interface Config {
  port: number;
  host: string;
  /** An external PostgreSQL; without it an embedded server runs with its data in `embeddedDataDir`. */
  databaseUrl: string | undefined;
  /** Read-only servers for anonymous queries (DATABASE_READ_URLS, comma-separated); empty reads everything from DATABASE_URL. */
  databaseReadUrls: string[];
  embeddedDataDir: string;
  production: boolean;
  logLevel: string;
  /** Origins allowed by CORS; `true` reflects any origin. */
  corsOrigins: string[] | true;
  /** A built portal to serve at / beside the API (PORTAL_DIST), or undefined to serve the API alone. */
  portalDist: string | undefined;
  /** Migrate (and seed an empty database) at start (MIGRATE_ON_START); false where a separate job migrates. */
  migrateOnStart: boolean;
  /** Query cost each caller may spend per minute (RATE_LIMIT_COST_PER_MINUTE); 0 turns rate limiting off. */
  rateLimitCostPerMinute: number;
  /** Proxies trusted to name the client's address (TRUST_PROXY): a hop count, addresses or subnets; false for none. */
  trustProxy: boolean | number | string;
}

/** Cost units a caller may spend per minute unless RATE_LIMIT_COST_PER_MINUTE says otherwise: ten of the costliest queries. */
export const DEFAULT_RATE_LIMIT_COST_PER_MINUTE = 50_000;

/** The repository root: src/ and dist/ both sit two levels below it in packages/api. */
const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

function readPort(value: string | undefined): number {
  if (value === undefined || value === '') return 4000;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT không hợp lệ "${value}" / Invalid PORT "${value}"`);
  }
  return port;
}

function readSwitch(name: string, value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  if (['true', '1', 'yes'].includes(value.toLowerCase())) return true;
  if (['false', '0', 'no'].includes(value.toLowerCase())) return false;
  throw new Error(`${name} không hợp lệ "${value}", cần true hoặc false / Invalid ${name} "${value}", expected true or false`);
}

function readWholeNumber(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const number = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(number)) {
    throw new Error(`${name} không hợp lệ "${value}", cần một số nguyên không âm / Invalid ${name} "${value}", expected a whole number of 0 or more`);
  }
  return number;
}

/** TRUST_PROXY as Express takes it: unset or "false" trusts no proxy, "2" the two nearest hops, else a list of addresses. */
function readTrustProxy(value: string | undefined): boolean | number | string {
  const text = value?.trim() ?? '';
  if (text === '' || text === 'false') return false;
  if (text === 'true') return true;
  if (/^\d+$/.test(text)) return Number(text);
  return text;
}

/** DATABASE_READ_URLS: PostgreSQL URLs separated by commas, only beside a DATABASE_URL (the embedded server has no replicas). */
function readReplicaUrls(value: string | undefined, databaseUrl: string | undefined): string[] {
  const urls = (value ?? '').split(',').map((url) => url.trim()).filter(Boolean);
  if (urls.length > 0 && databaseUrl === undefined) {
    throw new Error('DATABASE_READ_URLS cần có DATABASE_URL đi kèm / DATABASE_READ_URLS needs DATABASE_URL beside it');
  }
  for (const url of urls) {
    const protocol = URL.canParse(url) ? new URL(url).protocol : '';
    if (protocol !== 'postgresql:' && protocol !== 'postgres:') {
      throw new Error(`DATABASE_READ_URLS có địa chỉ không phải PostgreSQL "${url}" / DATABASE_READ_URLS has an entry that is not a PostgreSQL URL "${url}"`);
    }
  }
  return urls;
}

/** Reads the configuration from environment variables (see README.md for the list). */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const production = env.NODE_ENV === 'production';
  const databaseUrl = env.DATABASE_URL || undefined;
  const origins = env.CORS_ORIGINS?.split(',').map((origin) => origin.trim()).filter(Boolean);
  return {
    port: readPort(env.PORT),
    host: env.HOST || '0.0.0.0',
    databaseUrl,
    databaseReadUrls: readReplicaUrls(env.DATABASE_READ_URLS, databaseUrl),
    embeddedDataDir: env.EMBEDDED_PG_DIR || `${REPO_ROOT}.data/postgres`,
    production,
    logLevel: env.LOG_LEVEL || (env.NODE_ENV === 'test' ? 'silent' : 'info'),
    corsOrigins: origins && origins.length > 0 ? origins : true,
    portalDist: env.PORTAL_DIST || undefined,
    migrateOnStart: readSwitch('MIGRATE_ON_START', env.MIGRATE_ON_START, true),
    rateLimitCostPerMinute: readWholeNumber('RATE_LIMIT_COST_PER_MINUTE', env.RATE_LIMIT_COST_PER_MINUTE, DEFAULT_RATE_LIMIT_COST_PER_MINUTE),
    trustProxy: readTrustProxy(env.TRUST_PROXY),
  };
}
