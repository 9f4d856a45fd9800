// `npm start`: runs the API (embedded PostgreSQL unless DATABASE_URL is set), builds the static
// portal from that API, and serves both from one address. Ctrl-C stops everything cleanly.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const port = process.env.PORT || '4000';
const base = `http://localhost:${port}`;
const portalDist = `${root}packages/portal/dist`;

const api = spawn(process.execPath, ['packages/api/dist/main.js'], {
  cwd: root,
  // The portal build below reads the whole API in one go (~100,000 cost units), more than the
  // default per-caller rate limit allows in a minute: a local start leaves the limit off unless set.
  env: { RATE_LIMIT_COST_PER_MINUTE: '0', ...process.env, PORT: port, PORTAL_DIST: portalDist },
  stdio: 'inherit',
});
let portalBuild;
api.on('exit', (code) => {
  portalBuild?.kill('SIGTERM');
  process.exit(code ?? 0);
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    portalBuild?.kill('SIGTERM');
    api.kill(signal);
  });
}

async function waitUntilReady() {
  for (let attempt = 0; attempt < 600; attempt += 1) {
    const ready = await fetch(`${base}/readyz`).then((r) => r.ok, () => false);
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`API not ready at ${base}/readyz after 5 minutes`);
}

await waitUntilReady();
if (process.env.SKIP_PORTAL_BUILD === '1') {
  console.log(`Portal build skipped (SKIP_PORTAL_BUILD=1); serving ${portalDist} as it is.`);
} else {
  console.log(`Building the portal from ${base}/graphql …`);
  portalBuild = spawn('pnpm', ['--filter', '@edu-vn/portal', 'build'], {
    cwd: root,
    env: { ...process.env, API_URL: base, SITE_URL: base },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const code = await new Promise((resolve) => portalBuild.on('exit', resolve));
  portalBuild = undefined;
  if (code !== 0) {
    console.error(`Portal build failed (exit ${code}); the API keeps running at ${base}/graphql.`);
  }
}
console.log(`\nPortal:   ${base}/   (English: ${base}/en/)\nGraphQL:  ${base}/graphql\nCtrl-C to stop.\n`);
