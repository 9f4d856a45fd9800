import { validate } from 'dockerfile-utils';

/** Lints a Dockerfile (syntax, instruction arguments, duplicate CMD/HEALTHCHECK…); returns one line per finding, errors and warnings alike. */
export function lintDockerfile(text: string, file: string): string[] {
  return validate(text).map((finding) => `${file}:${finding.range.start.line + 1}: ${finding.message}`);
}
