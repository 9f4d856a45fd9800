import { describe, expect, it } from 'vitest';
import { routes, translatePath } from './routes.js';

describe('routes', () => {
  it.each([
    ['vi', '/huyen/cau-ngang-848/'],
    ['en', '/en/districts/cau-ngang-848/'],
  ] as const)('district page in %s is at %s', (lang, path) => {
    expect(routes.district(lang, 'cau-ngang-848')).toBe(path);
  });

  it.each([
    ['/', 'en', '/en/'],
    ['/en/', 'vi', '/'],
    ['/huyen/cau-ngang-848/', 'en', '/en/districts/cau-ngang-848/'],
    ['/en/districts/cau-ngang-848/', 'vi', '/huyen/cau-ngang-848/'],
    ['/du-lieu-mo/truy-van/scorecard-848/', 'en', '/en/open-data/queries/scorecard-848/'],
    ['/en/methodology/', 'vi', '/phuong-phap/'],
    ['/chi-so/dropout_rate/', 'vi', '/chi-so/dropout_rate/'],
  ] as const)('translatePath maps %s to %s as %s', (from, to, expected) => {
    expect(translatePath(from, to)).toBe(expected);
  });
});
