import { evaluateAttainment } from '@edu-vn/domain';
import { describe, expect, it } from 'vitest';
import { ATTAINMENT_EXAMPLES, methodology } from './methodology.js';

describe('methodology', () => {
  it.each(ATTAINMENT_EXAMPLES.map((e) => [e.target.comparator, e.target.value, e.observed, e.result] as const))(
    'states the verdict the rules give: %s %d observed %s is %s',
    (comparator, value, observed, result) => {
      const example = ATTAINMENT_EXAMPLES.find((e) => e.target.comparator === comparator && e.target.value === value && e.observed === observed);
      const target = { comparator, value, valueMax: example?.target.valueMax ?? undefined };
      expect(evaluateAttainment(target, observed === null ? null : { value: observed }, 'higher_is_better').status).toBe(result);
    },
  );

  it('has the same sections in both languages, with the demo-data anchor the notice links to', () => {
    const ids = (lang: 'vi' | 'en') => methodology(lang).map((s) => s.id);
    expect(ids('en')).toEqual(ids('vi'));
    expect(ids('vi')).toContain('demo-data');
  });
});
