import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Deployment } from 'kubernetes-types/apps/v1.js';
import type { HorizontalPodAutoscaler } from 'kubernetes-types/autoscaling/v2.js';
import type { Job } from 'kubernetes-types/batch/v1.js';
import type { ConfigMap, Container, PodTemplateSpec, Service } from 'kubernetes-types/core/v1.js';
import type { Ingress, NetworkPolicy } from 'kubernetes-types/networking/v1.js';
import type { PodDisruptionBudget } from 'kubernetes-types/policy/v1.js';
import { describe, expect, test } from 'vitest';
import { checkComposeSchema } from './checks/compose-schema.js';
import { lintDockerfile } from './checks/dockerfile-lint.js';
import { findTool, hasComposePlugin, runTool } from './checks/external-tools.js';
import { checkKubernetesTypes } from './checks/kubernetes-types.js';
import { isKubeObject, listFiles, parseKubeObjects, readYaml, type KubeObject } from './checks/manifests.js';

const infraDir = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = join(infraDir, '..');
const read = (file: string) => readFileSync(join(infraDir, file), 'utf8');

const yamlFiles = listFiles(infraDir, '.', ['.yaml', '.yml']);
const kustomization = readYaml(infraDir, 'k8s/base/kustomization.yaml')[0]?.value as { resources: string[] };
const baseObjects: { source: string; object: KubeObject }[] = kustomization.resources.flatMap((resource) =>
  readYaml(infraDir, `k8s/base/${resource}`).map(({ file, value }) => {
    if (!isKubeObject(value)) throw new Error(`${file} holds something other than a Kubernetes object`);
    return { source: file, object: value };
  }),
);
const examples = listFiles(infraDir, 'k8s/examples', ['.yaml']).flatMap((file) => readYaml(infraDir, file).map(({ value }) => value as KubeObject));

/** The one object of the base with this kind and name. */
function base<T>(kind: string, name: string): T {
  const found = baseObjects.filter(({ object }) => object.kind === kind && object.metadata.name === name);
  expect(found, `${kind}/${name} in the kustomize base`).toHaveLength(1);
  return found[0]?.object as T;
}
const ofKind = <T>(kind: string): T[] => baseObjects.filter(({ object }) => object.kind === kind).map(({ object }) => object as T);
const isBuiltIn = (object: KubeObject) => !object.apiVersion.includes('cnpg.io');

const apiDeployment = base<Deployment>('Deployment', 'edu-api');
const portalDeployment = base<Deployment>('Deployment', 'edu-portal');
const migrateJob = base<Job>('Job', 'edu-api-migrate');
const podTemplates: [string, PodTemplateSpec][] = [
  ['Deployment/edu-api', apiDeployment.spec!.template],
  ['Deployment/edu-portal', portalDeployment.spec!.template],
  ['Job/edu-api-migrate', migrateJob.spec!.template],
];
const container = (template: PodTemplateSpec): Container => {
  expect(template.spec?.containers).toHaveLength(1);
  return template.spec!.containers[0]!;
};

/** The CloudNativePG and Barman Cloud plugin fields these manifests use. */
interface CnpgCluster extends KubeObject {
  spec: {
    instances: number;
    imageName: string;
    affinity: { enablePodAntiAffinity: boolean; topologyKey: string };
    bootstrap: {
      initdb?: { database: string; owner: string; secret: { name: string }; postInitApplicationSQL: string[] };
      recovery?: { source: string; database: string; owner: string };
    };
    managed?: { services?: { disabledDefaultServices?: string[] } };
    plugins: { name: string; isWALArchiver?: boolean; parameters: Record<string, string> }[];
    externalClusters?: { name: string; plugin: { name: string; parameters: Record<string, string> } }[];
  };
}
interface ScheduledBackup extends KubeObject {
  spec: { schedule: string; cluster: { name: string }; method: string; pluginConfiguration: { name: string } };
}
interface ObjectStore extends KubeObject {
  spec: {
    retentionPolicy: string;
    configuration: { destinationPath: string; s3Credentials: Record<string, { name: string; key: string }> };
  };
}
const cluster = base<CnpgCluster>('Cluster', 'edu-db');
const BARMAN_PLUGIN = 'barman-cloud.cloudnative-pg.io';

describe('YAML files', () => {
  test.each(yamlFiles)('%s parses', (file) => {
    expect(readYaml(infraDir, file).length).toBeGreaterThan(0);
  });
});

describe('kustomize base', () => {
  test('lists every manifest under k8s/base and nothing that is missing', () => {
    const manifests = listFiles(infraDir, 'k8s/base', ['.yaml'])
      .map((file) => file.slice('k8s/base/'.length))
      .filter((file) => file !== 'kustomization.yaml');
    expect([...kustomization.resources].sort()).toEqual(manifests.sort());
  });

  test('names each object once per kind', () => {
    const keys = baseObjects.map(({ object }) => `${object.kind}/${object.metadata.name}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  test('built-in objects match the Kubernetes API types, unknown fields included', () => {
    const builtIn = baseObjects.filter(({ object }) => isBuiltIn(object));
    expect(builtIn.length).toBeGreaterThan(10);
    expect(checkKubernetesTypes(builtIn, infraDir)).toEqual([]);
  });

  test.each([
    ['a misspelt field', { readinesProbe: { httpGet: { path: '/readyz', port: 4000 } } }, `"readinesProbe"' does not exist in type 'Container'`],
    ['a number where a string goes', { image: 4000 }, "Type 'number' is not assignable to type 'string'"],
  ])('the type check rejects %s', (_case, extra, message) => {
    const labels = { app: 'probe' };
    const deployment = (container: object) => ({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'probe' },
      spec: { selector: { matchLabels: labels }, template: { metadata: { labels }, spec: { containers: [container] } } },
    });
    const valid = { name: 'probe', image: 'probe' };
    expect(checkKubernetesTypes([{ source: 'test', object: deployment(valid) }], infraDir)).toEqual([]);
    const errors = checkKubernetesTypes([{ source: 'test', object: deployment({ ...valid, ...extra }) }], infraDir);
    expect(errors.join('\n')).toContain(message);
  });
});

describe('API and portal workloads', () => {
  test('the API is alive on /healthz and ready on /readyz', () => {
    const api = container(apiDeployment.spec!.template);
    expect(api.startupProbe?.httpGet?.path).toBe('/healthz');
    expect(api.livenessProbe?.httpGet?.path).toBe('/healthz');
    expect(api.readinessProbe?.httpGet?.path).toBe('/readyz');
    expect(api.ports).toEqual([{ name: 'http', containerPort: 4000 }]);
  });

  test('the portal is probed on the health location nginx.conf serves', () => {
    const portal = container(portalDeployment.spec!.template);
    expect(portal.livenessProbe?.httpGet?.path).toBe('/healthz');
    expect(portal.readinessProbe?.httpGet?.path).toBe('/healthz');
    expect(read('docker/nginx.conf')).toContain('location = /healthz');
    expect(portal.ports).toEqual([{ name: 'http', containerPort: 8080 }]);
  });

  test.each(podTemplates)('%s runs as a non-root user on a read-only filesystem', (_name, template) => {
    const pod = template.spec!;
    const only = container(template);
    expect(pod.securityContext?.runAsNonRoot).toBe(true);
    expect(pod.securityContext?.runAsUser).toBeGreaterThan(0);
    expect(pod.securityContext?.seccompProfile?.type).toBe('RuntimeDefault');
    expect(pod.automountServiceAccountToken).toBe(false);
    expect(only.securityContext).toMatchObject({
      allowPrivilegeEscalation: false,
      readOnlyRootFilesystem: true,
      runAsNonRoot: true,
      capabilities: { drop: ['ALL'] },
    });
    expect(only.volumeMounts?.map((mount) => mount.mountPath)).toContain('/tmp');
  });

  test.each(podTemplates)('%s requests CPU and memory and caps memory', (_name, template) => {
    const { resources } = container(template);
    expect(resources?.requests?.cpu).toBeDefined();
    expect(resources?.requests?.memory).toBeDefined();
    expect(resources?.limits?.memory).toBeDefined();
  });

  test.each(podTemplates)('%s uses an image the overlays pin', (_name, template) => {
    expect(['edu-vn/api', 'edu-vn/portal']).toContain(container(template).image);
  });

  test('the API reaches the primary of the operator-managed cluster, with the settings of its ConfigMap', () => {
    const api = container(apiDeployment.spec!.template);
    const url = api.env?.find((variable) => variable.name === 'DATABASE_URL')?.value;
    expect(url).toBe(`postgres://$(DB_USER):$(DB_PASSWORD)@${cluster.metadata.name}-rw:5432/${cluster.spec.bootstrap.initdb?.database}`);
    const names = api.env?.map((variable) => variable.name) ?? [];
    expect(names.indexOf('DB_PASSWORD')).toBeLessThan(names.indexOf('DATABASE_URL'));
    expect(api.env?.find((variable) => variable.name === 'DB_PASSWORD')?.valueFrom?.secretKeyRef?.name).toBe(cluster.spec.bootstrap.initdb?.secret.name);
    const configMap = base<ConfigMap>('ConfigMap', api.envFrom?.[0]?.configMapRef?.name ?? '');
    expect(configMap.data).toMatchObject({ NODE_ENV: 'production', PORT: '4000' });
  });

  test('the API reads anonymous queries from the replicas only, through the read-only service, as the same role', () => {
    const api = container(apiDeployment.spec!.template);
    const names = api.env?.map((variable) => variable.name) ?? [];
    const readUrls = api.env?.find((variable) => variable.name === 'DATABASE_READ_URLS')?.value ?? '';
    expect(readUrls.split(',')).toEqual([`postgres://$(DB_USER):$(DB_PASSWORD)@${cluster.metadata.name}-ro:5432/${cluster.spec.bootstrap.initdb?.database}`]);
    expect(names.indexOf('DB_PASSWORD')).toBeLessThan(names.indexOf('DATABASE_READ_URLS'));
    expect(cluster.spec.instances).toBeGreaterThan(1);
    expect(cluster.spec.managed?.services?.disabledDefaultServices ?? []).not.toContain('ro');
    const migrate = container(migrateJob.spec!.template);
    expect(migrate.env?.map((variable) => variable.name)).not.toContain('DATABASE_READ_URLS');
  });

  test('the migration Job runs the migrate command behind the image entrypoint, without the statement timeout', () => {
    const migrate = container(migrateJob.spec!.template);
    expect(migrate.command).toBeUndefined();
    expect(migrate.args).toEqual(['node', 'packages/api/dist/cli/main.js', 'migrate']);
    expect(migrate.env?.find((variable) => variable.name === 'PGOPTIONS')?.value).toContain('statement_timeout=0');
    expect(migrate.env?.find((variable) => variable.name === 'DATABASE_URL')?.value).toBe(
      container(apiDeployment.spec!.template).env?.find((variable) => variable.name === 'DATABASE_URL')?.value,
    );
    expect(migrateJob.spec?.template.spec?.restartPolicy).toBe('Never');
    expect(migrateJob.metadata?.labels?.['app.kubernetes.io/component']).toBe('migration');
  });

  test.each(['edu-api', 'edu-portal'])('Service %s selects its pods on a port they declare', (name) => {
    const service = base<Service>('Service', name);
    const deployment = base<Deployment>('Deployment', name);
    expect(deployment.spec?.template.metadata?.labels).toMatchObject(service.spec?.selector ?? { missing: 'selector' });
    const portNames = container(deployment.spec!.template).ports?.map((port) => port.name);
    for (const port of service.spec?.ports ?? []) expect(portNames).toContain(port.targetPort);
  });

  test.each(['edu-api', 'edu-portal'])('PodDisruptionBudget %s keeps one pod of at least two', (name) => {
    const budget = base<PodDisruptionBudget>('PodDisruptionBudget', name);
    const deployment = base<Deployment>('Deployment', name);
    expect(deployment.spec?.template.metadata?.labels).toMatchObject(budget.spec?.selector?.matchLabels ?? { missing: 'selector' });
    expect(budget.spec?.minAvailable).toBe(1);
    const autoscaler = ofKind<HorizontalPodAutoscaler>('HorizontalPodAutoscaler').find((one) => one.spec?.scaleTargetRef.name === name);
    expect(autoscaler?.spec?.minReplicas ?? deployment.spec?.replicas).toBe(2);
  });

  test('the autoscaler alone sets the number of API pods, from two upwards on CPU', () => {
    const autoscaler = base<HorizontalPodAutoscaler>('HorizontalPodAutoscaler', 'edu-api');
    expect(autoscaler.spec?.scaleTargetRef).toEqual({ apiVersion: 'apps/v1', kind: 'Deployment', name: 'edu-api' });
    expect(autoscaler.spec?.minReplicas).toBe(2);
    expect(autoscaler.spec?.maxReplicas).toBeGreaterThan(2);
    expect(autoscaler.spec?.metrics?.[0]?.resource?.name).toBe('cpu');
    expect(apiDeployment.spec?.replicas).toBeUndefined();
  });

  test('the API accepts browsers from the public host only', () => {
    const host = base<Ingress>('Ingress', 'edu').spec?.rules?.[0]?.host;
    expect(base<ConfigMap>('ConfigMap', 'edu-api').data?.CORS_ORIGINS).toBe(`https://${host}`);
  });

  test('the ingress sends /graphql to the API and the rest to the portal, over TLS', () => {
    const ingress = base<Ingress>('Ingress', 'edu');
    const paths = ingress.spec?.rules?.[0]?.http?.paths.map((path) => [path.path, path.backend.service?.name, path.backend.service?.port?.name]);
    expect(paths).toEqual([
      ['/graphql', 'edu-api', 'http'],
      ['/', 'edu-portal', 'http'],
    ]);
    expect(ingress.spec?.tls?.[0]?.hosts).toEqual([ingress.spec?.rules?.[0]?.host]);
  });

  test('network policies deny by default and let the API and the migration reach PostgreSQL', () => {
    const denyAll = base<NetworkPolicy>('NetworkPolicy', 'default-deny-ingress');
    expect(denyAll.spec?.podSelector).toEqual({});
    const database = base<NetworkPolicy>('NetworkPolicy', 'edu-db');
    expect(database.spec?.podSelector.matchLabels).toEqual({ 'cnpg.io/cluster': cluster.metadata.name });
    const allowed = database.spec?.ingress?.[0]?.from?.[0]?.podSelector?.matchExpressions?.[0];
    expect(allowed?.key).toBe('app.kubernetes.io/component');
    for (const [, template] of podTemplates.filter(([name]) => name !== 'Deployment/edu-portal')) {
      expect(allowed?.values).toContain(template.metadata?.labels?.['app.kubernetes.io/component']);
    }
    const policed = ofKind<NetworkPolicy>('NetworkPolicy').map((policy) => policy.metadata?.name);
    expect(policed).toEqual(expect.arrayContaining(['edu-api', 'edu-portal', 'edu-db']));
  });
});

describe('CloudNativePG', () => {
  test('the cluster runs a primary and two replicas of PostgreSQL 18 on separate nodes', () => {
    expect(cluster.spec.instances).toBe(3);
    expect(cluster.spec.imageName).toMatch(/postgresql:18\.\d+-/);
    expect(cluster.spec.affinity).toMatchObject({ enablePodAntiAffinity: true, topologyKey: 'kubernetes.io/hostname' });
  });

  test('the read-only service for the replicas stays enabled', () => {
    expect(cluster.spec.managed?.services?.disabledDefaultServices ?? []).not.toContain('ro');
  });

  test('the API role gets a 5 s statement timeout when the database is created', () => {
    const initdb = cluster.spec.bootstrap.initdb;
    expect(initdb?.postInitApplicationSQL).toContain(`ALTER ROLE ${initdb?.owner} SET statement_timeout = '5s'`);
  });

  test('WAL is archived to the object store the scheduled backup also writes to', () => {
    const store = base<ObjectStore>('ObjectStore', 'edu-db-backups');
    expect(cluster.spec.plugins).toEqual([{ name: BARMAN_PLUGIN, isWALArchiver: true, parameters: { barmanObjectName: store.metadata.name } }]);
    expect(store.spec.configuration.destinationPath).toMatch(/^s3:\/\//);
    expect(store.spec.retentionPolicy).toMatch(/^\d+[dwm]$/);
    expect(Object.keys(store.spec.configuration.s3Credentials).sort()).toEqual(['accessKeyId', 'secretAccessKey']);
  });

  test('a nightly backup of the cluster is scheduled through the Barman Cloud plugin', () => {
    const backups = ofKind<ScheduledBackup>('ScheduledBackup');
    expect(backups).toHaveLength(1);
    const [backup] = backups;
    expect(backup?.spec.cluster.name).toBe(cluster.metadata.name);
    expect(backup?.spec.method).toBe('plugin');
    expect(backup?.spec.pluginConfiguration.name).toBe(BARMAN_PLUGIN);
    expect(backup?.spec.schedule.split(' '), 'six fields, seconds first').toHaveLength(6);
  });

  test('the recovery example restores from that object store and archives under a name of its own', () => {
    const restored = examples.find((object) => object.kind === 'Cluster') as CnpgCluster | undefined;
    const source = restored?.spec.externalClusters?.find((external) => external.name === restored.spec.bootstrap.recovery?.source);
    expect(source?.plugin).toEqual({ name: BARMAN_PLUGIN, parameters: { barmanObjectName: 'edu-db-backups', serverName: cluster.metadata.name } });
    expect(restored?.spec.plugins[0]?.parameters.serverName).not.toBe(cluster.metadata.name);
    expect(restored?.spec.bootstrap.recovery).toMatchObject({ database: 'edu', owner: cluster.spec.bootstrap.initdb?.owner });
  });
});

interface ComposeService {
  image?: string;
  build?: { context: string; dockerfile: string; args?: Record<string, string> };
  command?: string[];
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] };
  volumes?: string[];
  read_only?: boolean;
  ports?: string[];
}
const compose = readYaml(infraDir, 'compose.yaml')[0]?.value as { services: Record<string, ComposeService> };
const services = compose.services;

describe('compose.yaml', () => {
  test('follows the Compose Specification', () => {
    expect(checkComposeSchema(compose)).toEqual([]);
  });

  test('the schema check rejects a condition Compose does not know', () => {
    const broken = structuredClone(compose);
    broken.services.api!.depends_on = { db: { condition: 'healthy' } };
    expect(checkComposeSchema(broken).length).toBeGreaterThan(0);
  });

  test('PostgreSQL 18 keeps its data in a volume and reports its health', () => {
    expect(services.db?.image).toBe('postgres:18');
    expect(services.db?.volumes).toContain('pgdata:/var/lib/postgresql');
    expect(services.db?.healthcheck?.test.join(' ')).toContain('pg_isready');
  });

  test('the API starts once the database is healthy and the migration has finished', () => {
    expect(services.api?.depends_on).toEqual({
      db: { condition: 'service_healthy' },
      migrate: { condition: 'service_completed_successfully' },
    });
    expect(services.migrate?.depends_on).toEqual({ db: { condition: 'service_healthy' } });
    expect(services.migrate?.command).toEqual(['node', 'packages/api/dist/cli/main.js', 'migrate']);
    expect(services.migrate?.image).toBe(services.api?.image);
  });

  test('the API connects as the role the init script creates, to the database it creates', () => {
    const script = read('postgres/initdb/10-edu-api-role.sh');
    const url = new URL(services.api?.environment?.DATABASE_URL ?? '');
    expect(script).toContain(`CREATE ROLE ${url.username} LOGIN`);
    expect(script).toContain(`ALTER ROLE ${url.username} SET statement_timeout = '5s'`);
    expect(script).toContain(`CREATE DATABASE ${url.pathname.slice(1)} OWNER ${url.username}`);
    expect(url.hostname).toBe('db');
  });

  test.each(['migrate', 'api', 'portal'])('%s runs on a read-only filesystem', (name) => {
    expect(services[name]?.read_only).toBe(true);
  });

  test.each(['api', 'portal'])('%s is published on the loopback address only', (name) => {
    expect(services[name]?.ports?.every((port) => port.startsWith('127.0.0.1:'))).toBe(true);
  });

  test('images are built from the Dockerfiles in infra/docker with the repository as context', () => {
    expect(services.api?.build).toEqual({ context: '..', dockerfile: 'infra/docker/api.Dockerfile' });
    expect(services.portal?.build).toMatchObject({ context: '..', dockerfile: 'infra/docker/portal.Dockerfile' });
    expect(services.portal?.build?.args).toHaveProperty('API_URL');
  });
});

const dockerfiles = ['docker/api.Dockerfile', 'docker/portal.Dockerfile'];
const rootPackage = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { packageManager: string };
const workspacePackages = listFiles(repoRoot, 'packages', ['package.json']).filter((file) => file.split('/').length === 3);

/** The instructions of the last stage of a Dockerfile, as [keyword, rest of line]. */
function finalStage(text: string): [string, string][] {
  const lines = text.replace(/\\\n/g, ' ').split('\n').filter((line) => line.trim() && !line.trim().startsWith('#'));
  const start = lines.map((line) => line.startsWith('FROM ')).lastIndexOf(true);
  return lines.slice(start).map((line) => {
    const [keyword = '', ...rest] = line.trim().split(/\s+/);
    return [keyword, rest.join(' ')];
  });
}

describe('Dockerfiles', () => {
  test.each(dockerfiles)('%s lints clean', (file) => {
    expect(lintDockerfile(read(file), file)).toEqual([]);
  });

  test('the lint flags a broken instruction', () => {
    expect(lintDockerfile('FROM node:24-slim\nEXPOSE http\n', 'test').join('\n')).toContain('Invalid containerPort');
  });

  test.each(dockerfiles)('%s installs the pnpm version of packageManager', (file) => {
    expect(read(file)).toContain(`ARG PNPM_VERSION=${rootPackage.packageManager.split('@')[1]}`);
  });

  test.each(dockerfiles)('%s copies every workspace manifest, so the frozen lockfile matches', (file) => {
    const text = read(file);
    expect(workspacePackages.length).toBeGreaterThanOrEqual(3);
    for (const manifest of workspacePackages) expect(text).toContain(`COPY ${manifest} ${manifest.replace('package.json', '')}`);
  });

  test.each([
    ['docker/api.Dockerfile', 'Deployment/edu-api'],
    ['docker/portal.Dockerfile', 'Deployment/edu-portal'],
  ])('%s ends as the numeric non-root user %s runs as, with a health check', (file, workload) => {
    const stage = finalStage(read(file));
    const user = stage.filter(([keyword]) => keyword === 'USER').at(-1)?.[1];
    const template = podTemplates.find(([name]) => name === workload)?.[1];
    expect(user).toBe(`${template?.spec?.securityContext?.runAsUser}:${template?.spec?.securityContext?.runAsGroup}`);
    expect(stage.some(([keyword]) => keyword === 'HEALTHCHECK')).toBe(true);
  });

  test('the API image starts the compiled server behind tini and carries the domain data it reads', () => {
    const text = read('docker/api.Dockerfile');
    expect(text).toContain('ARG NODE_IMAGE=node:24-slim');
    expect(text).toContain('CMD ["node", "packages/api/dist/main.js"]');
    expect(text).toContain('ENTRYPOINT ["/usr/bin/tini", "--"]');
    expect(text).toContain('COPY --from=build /app/packages/domain/data packages/domain/data');
    expect(text).toContain('pnpm install --frozen-lockfile --prod');
  });

  test('the portal image serves the built site with the nginx.conf of this folder', () => {
    const text = read('docker/portal.Dockerfile');
    expect(text).toMatch(/ARG NGINX_IMAGE=nginxinc\/nginx-unprivileged:/);
    expect(text).toContain('COPY infra/docker/nginx.conf /etc/nginx/nginx.conf');
    expect(text).toContain('COPY --from=build /app/packages/portal/dist /usr/share/nginx/html');
  });

  test.each(dockerfiles)('%s has a .dockerignore that keeps node_modules and build output out of the context', (file) => {
    const ignore = read(`${file}.dockerignore`).split('\n');
    expect(ignore).toEqual(expect.arrayContaining(['**/node_modules', '**/dist', '.git']));
  });
});

const nginxConf = read('docker/nginx.conf');

describe('nginx.conf', () => {
  test('listens on the unprivileged port the portal container declares', () => {
    expect(nginxConf).toMatch(/^\s*listen 8080;$/m);
  });

  test('compresses text, serves precompressed files and caches fingerprinted assets for a year', () => {
    expect(nginxConf).toMatch(/^\s*gzip on;$/m);
    expect(nginxConf).toMatch(/^\s*gzip_static on;$/m);
    expect(nginxConf).toContain('~^/_astro/                            "public, max-age=31536000, immutable"');
  });

  test.each(['Content-Security-Policy', 'X-Content-Type-Options', 'X-Frame-Options', 'Referrer-Policy', 'Strict-Transport-Security'])(
    'sends %s on every response',
    (header) => {
      expect(nginxConf).toMatch(new RegExp(`^ {8}add_header ${header} .* always;$`, 'm'));
    },
  );

  test('adds headers only at server level, where no location can drop them', () => {
    const locations = nginxConf.split(/\n\s*location /).slice(1).map((block) => block.slice(0, block.indexOf('}')));
    expect(locations.length).toBeGreaterThan(0);
    for (const block of locations) expect(block).not.toContain('add_header');
  });

  test('writes nothing outside /tmp, for a read-only root filesystem', () => {
    const paths = [...nginxConf.matchAll(/^\s*(?:pid|\w+_temp_path)\s+(\S+);$/gm)].map((match) => match[1]);
    expect(paths.length).toBe(6);
    for (const path of paths) expect(path).toMatch(/^\/tmp\//);
  });
});

/** A test name that says why it is skipped when the tool is missing. */
const needs = (tool: string, available: boolean, name: string) => (available ? name : `${name} (skipped: ${tool} is not installed)`);

const kubectl = findTool('kubectl');
const composePlugin = hasComposePlugin();
const composeV1 = findTool('docker-compose');
const nginx = findTool('nginx');
const shellcheck = findTool('shellcheck');
const yamllint = findTool('yamllint');
const hadolint = findTool('hadolint');

describe('external validators, when installed', () => {
  test.skipIf(!kubectl).each(['k8s/base', 'k8s/overlays/production'])(
    needs('kubectl', !!kubectl, 'kubectl kustomize %s renders objects that match the Kubernetes API types'),
    (dir) => {
      const run = runTool(kubectl!, ['kustomize', dir], infraDir);
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      const objects = parseKubeObjects(run.stdout, dir);
      expect(objects.every((object) => object.kind === 'Namespace' || object.metadata.namespace === 'edu-vn')).toBe(true);
      const builtIn = objects.filter(isBuiltIn).map((object) => ({ source: dir, object }));
      expect(checkKubernetesTypes(builtIn, infraDir)).toEqual([]);
    },
  );

  test.skipIf(!kubectl)(needs('kubectl', !!kubectl, 'the production overlay pins every image to a registry and a release'), () => {
    const objects = parseKubeObjects(runTool(kubectl!, ['kustomize', 'k8s/overlays/production'], infraDir).stdout, 'overlay');
    const images = objects.flatMap((object) => {
      const spec = (object.spec ?? {}) as { template?: PodTemplateSpec };
      return spec.template?.spec?.containers.map((one) => one.image ?? '') ?? [];
    });
    expect(images.length).toBe(3);
    for (const image of images) expect(image).toMatch(/^[\w.-]+\.\w+\/edu-vn\/(api|portal):\d+\.\d+\.\d+$/);
  });

  test.skipIf(!kubectl)(needs('kubectl', !!kubectl, 'the production overlay accepts browsers from the host it serves'), () => {
    const objects = parseKubeObjects(runTool(kubectl!, ['kustomize', 'k8s/overlays/production'], infraDir).stdout, 'overlay');
    const ingress = objects.find((object) => object.kind === 'Ingress') as Ingress | undefined;
    const configMap = objects.find((object) => object.kind === 'ConfigMap' && object.metadata.name === 'edu-api') as ConfigMap | undefined;
    const host = ingress?.spec?.rules?.[0]?.host;
    expect(host).not.toBe(base<Ingress>('Ingress', 'edu').spec?.rules?.[0]?.host);
    expect(ingress?.spec?.tls?.[0]?.hosts).toEqual([host]);
    expect(configMap?.data?.CORS_ORIGINS).toBe(`https://${host}`);
  });

  test.skipIf(!composePlugin)(needs('docker compose', composePlugin, 'docker compose config accepts compose.yaml'), () => {
    const run = runTool('docker', ['compose', '-f', 'compose.yaml', 'config', '--quiet'], infraDir);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  test.skipIf(!composeV1)(needs('docker-compose', !!composeV1, 'docker-compose config accepts compose.yaml'), () => {
    const run = runTool(composeV1!, ['-f', 'compose.yaml', 'config', '--quiet'], infraDir);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  test.skipIf(!shellcheck)(needs('shellcheck', !!shellcheck, 'shellcheck finds nothing in the shell scripts'), () => {
    const scripts = listFiles(infraDir, '.', ['.sh']);
    expect(scripts).toEqual(expect.arrayContaining(['validate.sh', 'postgres/initdb/10-edu-api-role.sh']));
    const run = runTool(shellcheck!, scripts, infraDir);
    expect(run.stdout).toBe('');
    expect(run.status).toBe(0);
  });

  test.skipIf(!yamllint)(needs('yamllint', !!yamllint, 'yamllint finds nothing in the YAML files'), () => {
    const run = runTool(yamllint!, ['-c', '.yamllint.yaml', '--strict', '-f', 'parsable', '.'], infraDir);
    expect(run.stdout).toBe('');
    expect(run.status).toBe(0);
  });

  test.skipIf(!hadolint).each(dockerfiles)(needs('hadolint', !!hadolint, 'hadolint finds nothing in %s'), (file) => {
    const run = runTool(hadolint!, [file], infraDir);
    expect(run.stdout).toBe('');
    expect(run.status).toBe(0);
  });

  test.skipIf(!nginx)(needs('nginx', !!nginx, 'nginx -t accepts nginx.conf'), () => {
    const run = runTool(nginx!, ['-t', '-c', join(infraDir, 'docker/nginx.conf'), '-e', '/dev/stderr'], infraDir);
    expect(run.stderr).toContain('test is successful');
    expect(run.stderr).not.toContain('[warn]');
    expect(run.status).toBe(0);
  });

  test.skipIf(!nginx)(needs('nginx', !!nginx, 'nginx serves a built site with the caching, compression and headers of nginx.conf'), async () => {
    const dir = mkdtempSync(join(tmpdir(), 'edu-vn-nginx-'));
    const site = join(dir, 'html');
    mkdirSync(join(site, '_astro'), { recursive: true });
    mkdirSync(join(site, 'en'));
    writeFileSync(join(site, 'index.html'), '<!doctype html><title>Chỉ tiêu giáo dục</title>');
    writeFileSync(join(site, 'en/index.html'), '<!doctype html><title>Education targets</title>');
    writeFileSync(join(site, '404.html'), '<!doctype html><title>404</title>');
    writeFileSync(join(site, 'targets.csv'), 'huyện,chỉ tiêu\nCầu Ngang,99\n');
    writeFileSync(join(site, '_astro/page.a1b2c3.js'), `export const x = ${JSON.stringify('x'.repeat(4000))};\n`);
    const port = await freePort();
    let conf = nginxConf;
    const replacements: [string | RegExp, string][] = [
      [/\/tmp\//g, `${dir}/`],
      ['listen 8080;', `listen 127.0.0.1:${port};`],
      ['root /usr/share/nginx/html;', `root ${site};`],
      ['access_log /dev/stdout main;', 'access_log off;'],
    ];
    for (const [from, to] of replacements) {
      const next = conf.replace(from, to);
      expect(next, `nginx.conf still contains ${String(from)}`).not.toBe(conf);
      conf = next;
    }
    writeFileSync(join(dir, 'nginx.conf'), conf);
    for (const path of [dir, site, join(site, '_astro'), join(site, 'en')]) chmodSync(path, 0o755);
    const server = spawn(nginx!, ['-c', join(dir, 'nginx.conf'), '-e', '/dev/stderr', '-g', 'daemon off;'], { stdio: 'ignore' });
    try {
      const get = async (path: string) => {
        const deadline = Date.now() + 10_000;
        for (;;) {
          try {
            return await fetch(`http://127.0.0.1:${port}${path}`, { headers: { 'accept-encoding': 'gzip' }, redirect: 'manual' });
          } catch (error) {
            if (Date.now() > deadline) throw error;
            await new Promise((resolve) => setTimeout(resolve, 100));
          }
        }
      };
      const home = await get('/');
      expect(home.status).toBe(200);
      expect(home.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(home.headers.get('cache-control')).toBe('no-cache');
      expect(home.headers.get('content-security-policy')).toContain("default-src 'self'");
      expect(home.headers.get('x-content-type-options')).toBe('nosniff');

      const asset = await get('/_astro/page.a1b2c3.js');
      expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(asset.headers.get('content-encoding')).toBe('gzip');

      const csv = await get('/targets.csv');
      expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(await csv.text()).toContain('Cầu Ngang');

      const english = await get('/en');
      expect(english.status).toBe(301);
      expect(english.headers.get('location')).toBe('/en/');

      const missing = await get('/khong-co');
      expect(missing.status).toBe(404);
      expect(missing.headers.get('x-frame-options')).toBe('DENY');

      expect((await get('/healthz')).status).toBe(200);
    } finally {
      server.kill('SIGQUIT');
      await new Promise((resolve) => server.once('exit', resolve));
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** A TCP port nothing listens on at the moment of asking. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
