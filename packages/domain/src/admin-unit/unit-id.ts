import type { UnitEra } from './admin-unit.js';

const POST_REFORM_SUFFIX = '@2025';

/** The unit id for a code in an era: the bare code before the reform, code@2025 after it. */
export function unitId(code: string, era: UnitEra): string {
  return era === 'pre-reform' ? code : `${code}${POST_REFORM_SUFFIX}`;
}

/** Splits a unit id into its code and era; undefined when the id is not well formed. */
export function parseUnitId(id: string): { code: string; era: UnitEra } | undefined {
  const post = id.endsWith(POST_REFORM_SUFFIX);
  const code = post ? id.slice(0, -POST_REFORM_SUFFIX.length) : id;
  if (!/^\d+$/.test(code)) return undefined;
  return { code, era: post ? 'post-reform' : 'pre-reform' };
}
