import { dirname, join } from 'node:path';
import ts from 'typescript';
import type { KubeObject } from './manifests.js';

/** An object to check and the label its errors carry. */
export interface TypedObject {
  source: string;
  object: KubeObject;
}

/** `apps/v1` → `kubernetes-types/apps/v1`; `v1` → `kubernetes-types/core/v1`; `networking.k8s.io/v1` → `kubernetes-types/networking/v1`. */
export function typesModule(apiVersion: string): string {
  const [group, version] = apiVersion.includes('/') ? apiVersion.split('/') : ['core', apiVersion];
  return `kubernetes-types/${group?.split('.')[0]}/${version}`;
}

/**
 * Checks objects of the built-in Kubernetes API against the API's own types by compiling each as
 * a typed object literal: TypeScript then rejects unknown fields (a misspelt `readinesProbe`),
 * missing required fields and wrong value types, which a plain schema check lets through.
 * `virtualDir` is where the compiled file pretends to live, so `kubernetes-types` resolves from there.
 */
export function checkKubernetesTypes(objects: TypedObject[], virtualDir: string): string[] {
  const fileName = join(virtualDir, '__manifests__.ts');
  const starts: number[] = [];
  let line = 0;
  const chunks = objects.map(({ object }, index) => {
    const literal = JSON.stringify(object, null, 2);
    starts.push(line);
    line += literal.split('\n').length;
    return `const object${index}: import('${typesModule(object.apiVersion)}').${object.kind} = ${literal};`;
  });
  const text = `${chunks.join('\n')}\nexport {};\n`;

  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es5.d.ts'],
    types: [],
    skipLibCheck: true,
  };
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.fileExists = (path) => path === fileName || ts.sys.fileExists(path);
  host.readFile = (path) => (path === fileName ? text : readFile(path));
  host.getSourceFile = (path, version, onError, create) =>
    path === fileName ? ts.createSourceFile(path, text, version, true) : getSourceFile(path, version, onError, create);
  host.getCurrentDirectory = () => dirname(fileName);

  const program = ts.createProgram([fileName], options, host);
  const diagnostics = [...program.getSyntacticDiagnostics(), ...program.getSemanticDiagnostics()];
  return diagnostics.map((diagnostic) => {
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n  ');
    if (diagnostic.file?.fileName !== fileName || diagnostic.start === undefined) return message;
    const at = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start).line;
    let owner = 0;
    while (owner + 1 < starts.length && (starts[owner + 1] ?? Infinity) <= at) owner += 1;
    const typed = objects[owner];
    return typed ? `${typed.source} ${typed.object.kind}/${typed.object.metadata.name}: ${message}` : message;
  });
}
