import { normalizeVi, type Disaggregation } from '@edu-vn/domain';

type FixedDisaggregation = Exclude<Disaggregation, { by: 'grade' }>;

const FIXED: readonly { disaggregation: FixedDisaggregation; vi: string; en: string }[] = [
  { disaggregation: { by: 'sex', value: 'female' }, vi: 'Nữ', en: 'Female' },
  { disaggregation: { by: 'sex', value: 'male' }, vi: 'Nam', en: 'Male' },
  { disaggregation: { by: 'ethnicity', value: 'minority' }, vi: 'Dân tộc thiểu số', en: 'Ethnic minority' },
  { disaggregation: { by: 'ethnicity', value: 'kinh' }, vi: 'Dân tộc Kinh', en: 'Kinh' },
  { disaggregation: { by: 'disability', value: 'disabled' }, vi: 'Khuyết tật', en: 'With disability' },
  { disaggregation: { by: 'disability', value: 'not_disabled' }, vi: 'Không khuyết tật', en: 'Without disability' },
];

/** What a sheet shows for the total: an empty breakdown cell also means the total. */
export const TOTAL_LABEL = { vi: 'Tổng số', en: 'Total' } as const;

/** The breakdown as a sheet shows it: "Dân tộc thiểu số", "Lớp 6", or "Tổng số" for none. */
export function disaggregationLabel(disaggregation: Disaggregation | null | undefined, lang: 'vi' | 'en' = 'vi'): string {
  if (!disaggregation) return TOTAL_LABEL[lang];
  if (disaggregation.by === 'grade') return lang === 'vi' ? `Lớp ${disaggregation.value}` : `Grade ${disaggregation.value}`;
  const found = FIXED.find((entry) => entry.disaggregation.by === disaggregation.by && entry.disaggregation.value === disaggregation.value);
  return found ? found[lang] : `${disaggregation.by}=${disaggregation.value}`;
}

const BY_LABEL = new Map<string, Disaggregation | null>([
  ['', null],
  [normalizeVi(TOTAL_LABEL.vi), null],
  [normalizeVi(TOTAL_LABEL.en), null],
  ['tong', null],
  ...FIXED.flatMap(({ disaggregation, vi, en }) => [
    [normalizeVi(vi), disaggregation] as const,
    [normalizeVi(en), disaggregation] as const,
    [`${disaggregation.by}=${disaggregation.value}`, disaggregation] as const,
  ]),
]);

const GRADE = /^(?:lop|grade|grade=)\s*(\d{1,2})$/;

/** Reads a breakdown cell; undefined when it names no breakdown the platform knows. */
export function parseDisaggregation(text: string): Disaggregation | null | undefined {
  const key = normalizeVi(text);
  if (BY_LABEL.has(key)) return BY_LABEL.get(key);
  const grade = GRADE.exec(key);
  if (grade) {
    const value = Number(grade[1]);
    return value >= 1 && value <= 12 ? { by: 'grade', value } : undefined;
  }
  return undefined;
}

/** The two columns the database keeps a breakdown in. */
export function disaggregationColumns(disaggregation: Disaggregation | null): { disaggregationBy: string | null; disaggregationValue: string | null } {
  return disaggregation ? { disaggregationBy: disaggregation.by, disaggregationValue: String(disaggregation.value) } : { disaggregationBy: null, disaggregationValue: null };
}

/** The breakdown stored in the database's two columns, or null for the total. */
export function disaggregationFromColumns(by: string | null, value: string | null): Disaggregation | null {
  if (by === null || value === null) return null;
  if (by === 'grade') return { by, value: Number(value) };
  return parseDisaggregation(`${by}=${value}`) ?? null;
}
