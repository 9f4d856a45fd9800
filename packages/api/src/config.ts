import { fileURLToPath } from 'node:url';

/** Settings read once from the environment at start-up. */
export interface Config {
  port: number;
  host: string;
  /** An external PostgreSQL; without it an embedded server runs with its data in `embeddedDataDir`. */
  databaseUrl: string | undefined;
  embeddedDataDir: string;
  production: boolean;
  logLevel: string;
  /** Origins allowed by CORS; `true` reflects any origin. */
  corsOrigins: string[] | true;
  /** A built portal to serve at / beside the API (PORTAL_DIST), or undefined to serve the API alone. */
  portalDist: string | undefined;
}

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

/** Reads the configuration from environment variables (see README.md for the list). */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const production = env.NODE_ENV === 'production';
  const origins = env.CORS_ORIGINS?.split(',').map((origin) => origin.trim()).filter(Boolean);
  return {
    port: readPort(env.PORT),
    host: env.HOST || '0.0.0.0',
    databaseUrl: env.DATABASE_URL || undefined,
    embeddedDataDir: env.EMBEDDED_PG_DIR || `${REPO_ROOT}.data/postgres`,
    production,
    logLevel: env.LOG_LEVEL || (env.NODE_ENV === 'test' ? 'silent' : 'info'),
    corsOrigins: origins && origins.length > 0 ? origins : true,
    portalDist: env.PORTAL_DIST || undefined,
  };
}
