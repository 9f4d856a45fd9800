import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';

/** One YAML document of a file under infra/, with where it came from for error messages. */
export interface YamlDocument {
  file: string;
  index: number;
  value: unknown;
}

/** A Kubernetes object as far as these checks need to know it. */
export interface KubeObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string> };
  spec?: unknown;
  [key: string]: unknown;
}

/** Every file below `dir` whose name ends with one of `extensions`, as paths relative to `root`. */
export function listFiles(root: string, dir: string, extensions: string[]): string[] {
  const found: string[] = [];
  for (const name of readdirSync(join(root, dir)).sort()) {
    if (name === 'node_modules') continue;
    const path = join(dir, name);
    if (statSync(join(root, path)).isDirectory()) found.push(...listFiles(root, path, extensions));
    else if (extensions.some((extension) => name.endsWith(extension))) found.push(path);
  }
  return found;
}

/** Parses every document of a YAML file (merge keys on, as Compose reads them); throws on the first error, naming the file and line. */
export function readYaml(root: string, file: string): YamlDocument[] {
  const text = readFileSync(join(root, file), 'utf8');
  return parseAllDocuments(text, { merge: true, prettyErrors: true }).map((document, index) => {
    const problem = document.errors[0];
    if (problem) throw new Error(`${file}: ${problem.message}`);
    return { file, index, value: document.toJS() };
  });
}

/** Whether a parsed value has the shape of a Kubernetes object. */
export function isKubeObject(value: unknown): value is KubeObject {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<KubeObject>;
  return typeof candidate.apiVersion === 'string' && typeof candidate.kind === 'string' && typeof candidate.metadata?.name === 'string';
}

/** Parses a multi-document YAML string, such as `kubectl kustomize` output, into Kubernetes objects. */
export function parseKubeObjects(text: string, source: string): KubeObject[] {
  return parseAllDocuments(text).map((document, index) => {
    const value: unknown = document.toJS();
    if (!isKubeObject(value)) throw new Error(`${source}: document ${index + 1} is not a Kubernetes object`);
    return value;
  });
}
