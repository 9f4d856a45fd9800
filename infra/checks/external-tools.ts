import { spawnSync } from 'node:child_process';
import { accessSync, closeSync, constants, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

/** The full path of a program on PATH, or undefined when it is not installed. */
export function findTool(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      continue;
    }
  }
  return undefined;
}

/** What a finished command printed and how it ended. */
export interface ToolRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs a program to completion (bounded in time) without a shell. Its output goes to files rather
 * than Node's pipes, which are sockets: programs that open /dev/stderr (nginx) cannot open a socket.
 */
export function runTool(command: string, args: string[], cwd: string, timeoutMs = 60_000): ToolRun {
  const dir = mkdtempSync(join(tmpdir(), 'edu-vn-tool-'));
  const [out, err] = [join(dir, 'stdout'), join(dir, 'stderr')];
  const [outFd, errFd] = [openSync(out, 'w'), openSync(err, 'w')];
  try {
    const result = spawnSync(command, args, {
      cwd,
      timeout: timeoutMs,
      stdio: ['ignore', outFd, errFd],
      env: { ...process.env, DOCKER_CLI_HINTS: 'false' },
    });
    closeSync(outFd);
    closeSync(errFd);
    return {
      status: result.status,
      stdout: readFileSync(out, 'utf8'),
      stderr: `${readFileSync(err, 'utf8')}${result.error ? String(result.error) : ''}`,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Whether the docker client has the Compose v2 plugin (it needs no daemon for `config`). */
export function hasComposePlugin(): boolean {
  const docker = findTool('docker');
  return docker !== undefined && runTool(docker, ['compose', 'version'], process.cwd(), 15_000).status === 0;
}
