/** Where the demonstration figures go: the five plan districts, some neighbours, and old provinces for re-basing. */

/** Districts that get district-level figures, by old province. */
export const DEMO_DISTRICTS: Readonly<Record<string, readonly string[]>> = {
  // Trà Vinh: every district, so the province can be recomputed from its districts.
  '84': ['842', '844', '845', '846', '847', '848', '849', '850', '851'],
  // Lạng Sơn: Văn Lãng and three neighbours.
  '20': ['178', '182', '183', '186'],
  // Hải Dương: Cẩm Giàng and three neighbours.
  '30': ['288', '291', '295', '296'],
  // Thành phố Hồ Chí Minh: Củ Chi and three neighbours.
  '79': ['783', '784', '785', '787'],
};

/** The districts whose plans are the platform's sources. */
export const PLAN_DISTRICTS = ['848', '182', '295', '850', '783'] as const;

/** Old province recomputed from all of its districts' numerators and denominators. */
export const AGGREGATED_PROVINCE = '84';

/**
 * Old provinces reported directly at province level, for the themes they report.
 * Bến Tre reports access and efficiency only, so re-basing the new Vĩnh Long on any other theme is refused.
 */
export const DIRECT_PROVINCES: ReadonlyArray<{ code: string; scale: number; themes: readonly string[] | 'all' }> = [
  { code: '83', scale: 8.4, themes: ['access', 'efficiency'] },
  { code: '86', scale: 7.9, themes: 'all' },
];

/** The new Vĩnh Long (from 1 July 2025) with its first post-reform school year (unit id code@2025, the code being reused). */
export const POST_REFORM_PROVINCE = { code: '86@2025', scale: 24.5, period: '2025-2026' } as const;

/** School years and calendar years generated around the plans' own periods. */
export const SCHOOL_YEARS = ['2021-2022', '2022-2023', '2023-2024', '2024-2025'] as const;
export const CALENDAR_YEARS = ['2021', '2022', '2023', '2024'] as const;
