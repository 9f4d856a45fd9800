import type { Indicator } from './indicator.js';

/** Finance: how the education budget is spent. */
export const FINANCE_INDICATORS: readonly Indicator[] = [
  {
    code: 'teaching_spending_share',
    nameVi: 'Tỷ lệ chi cho hoạt động giảng dạy và học tập',
    nameEn: 'Share of recurring spending that goes to teaching and learning',
    definitionVi: 'Trong 100 đồng chi thường xuyên cho giáo dục (không kể chi từ học phí), có bao nhiêu đồng chi trực tiếp cho hoạt động giảng dạy và học tập; phần còn lại chủ yếu là lương.',
    definitionEn: 'Out of every 100 đồng of recurring education spending (tuition-funded spending excluded), how many go directly to teaching and learning activities; most of the rest is salaries.',
    unit: 'percent',
    direction: 'higher_is_better',
    levels: ['all'],
    numeratorVi: 'Chi cho hoạt động giảng dạy và học tập',
    denominatorVi: 'Tổng chi thường xuyên cho giáo dục (không kể chi từ nguồn thu học phí)',
    numeratorEn: 'Spending on teaching and learning activities',
    denominatorEn: 'Recurring education spending, tuition-funded spending excluded',
    theme: 'finance',
  },
];
