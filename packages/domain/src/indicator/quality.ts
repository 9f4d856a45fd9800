import type { Distribution, Indicator } from './indicator.js';
import { bandIndicators, type BandSpec, type DistributionSpec } from './bands.js';

/** Thông tư 27/2020: the four bands of a primary pupil's overall result. */
const PRIMARY_RESULT_BANDS: readonly BandSpec[] = [
  { suffix: 'excellent_rate', nameVi: 'Hoàn thành xuất sắc', nameEn: 'completed with distinction', direction: 'higher_is_better' },
  { suffix: 'good_rate', nameVi: 'Hoàn thành tốt', nameEn: 'completed well', direction: 'neutral' },
  { suffix: 'completed_rate', nameVi: 'Hoàn thành', nameEn: 'completed', direction: 'neutral' },
  { suffix: 'not_completed_rate', nameVi: 'Chưa hoàn thành', nameEn: 'not yet completed', direction: 'lower_is_better' },
];

/** Thông tư 27/2020: the three bands for each competency and quality of a primary pupil. */
const COMPETENCY_BANDS: readonly BandSpec[] = [
  { suffix: 'good_rate', nameVi: 'Tốt', nameEn: 'good', direction: 'higher_is_better' },
  { suffix: 'met_rate', nameVi: 'Đạt', nameEn: 'satisfactory', direction: 'neutral' },
  { suffix: 'needs_effort_rate', nameVi: 'Cần cố gắng', nameEn: 'needs more effort', direction: 'lower_is_better' },
];

/** Thông tư 22/2021: the four bands of a secondary pupil's learning and conduct results. */
const SECONDARY_BANDS: readonly BandSpec[] = [
  { suffix: 'good_rate', nameVi: 'Tốt', nameEn: 'good', direction: 'higher_is_better' },
  { suffix: 'fair_rate', nameVi: 'Khá', nameEn: 'fair', direction: 'neutral' },
  { suffix: 'pass_rate', nameVi: 'Đạt', nameEn: 'pass', direction: 'neutral' },
  { suffix: 'fail_rate', nameVi: 'Chưa đạt', nameEn: 'not yet passing', direction: 'lower_is_better' },
];

const COMMENT_SUBJECT_BANDS: readonly BandSpec[] = [
  { suffix: 'met_rate', nameVi: 'Đạt', nameEn: 'pass', direction: 'higher_is_better' },
  { suffix: 'not_met_rate', nameVi: 'Chưa đạt', nameEn: 'not yet passing', direction: 'lower_is_better' },
];

/** The ten competencies and five qualities of the 2018 curriculum, as primary schools assess them. */
export const PRIMARY_COMPETENCIES = [
  { key: 'self_reliance', kind: 'competency', nameVi: 'Tự chủ và tự học', nameEn: 'self-reliance and self-study' },
  { key: 'collaboration', kind: 'competency', nameVi: 'Giao tiếp và hợp tác', nameEn: 'communication and collaboration' },
  { key: 'problem_solving', kind: 'competency', nameVi: 'Giải quyết vấn đề và sáng tạo', nameEn: 'problem solving and creativity' },
  { key: 'language', kind: 'competency', nameVi: 'Ngôn ngữ', nameEn: 'language' },
  { key: 'numeracy', kind: 'competency', nameVi: 'Tính toán', nameEn: 'numeracy' },
  { key: 'science', kind: 'competency', nameVi: 'Khoa học', nameEn: 'science' },
  { key: 'aesthetics', kind: 'competency', nameVi: 'Thẩm mĩ', nameEn: 'aesthetics' },
  { key: 'informatics', kind: 'competency', nameVi: 'Tin học', nameEn: 'informatics' },
  { key: 'technology', kind: 'competency', nameVi: 'Công nghệ', nameEn: 'technology' },
  { key: 'physical', kind: 'competency', nameVi: 'Thể chất', nameEn: 'physical' },
  { key: 'patriotism', kind: 'quality', nameVi: 'Yêu nước', nameEn: 'patriotism' },
  { key: 'kindness', kind: 'quality', nameVi: 'Nhân ái', nameEn: 'kindness' },
  { key: 'diligence', kind: 'quality', nameVi: 'Chăm chỉ', nameEn: 'diligence' },
  { key: 'honesty', kind: 'quality', nameVi: 'Trung thực', nameEn: 'honesty' },
  { key: 'responsibility', kind: 'quality', nameVi: 'Trách nhiệm', nameEn: 'responsibility' },
] as const;

export type PrimaryCompetencyKey = (typeof PRIMARY_COMPETENCIES)[number]['key'];

/** Distribution code for one competency or quality, e.g. "primary_competency_numeracy". */
export function primaryCompetencyDistribution(key: PrimaryCompetencyKey): string {
  const item = PRIMARY_COMPETENCIES.find((c) => c.key === key);
  if (!item) throw new Error(`Không có năng lực, phẩm chất "${key}" / Unknown competency or quality "${key}"`);
  return `primary_${item.kind}_${item.key}`;
}

const SPECS: readonly DistributionSpec[] = [
  {
    code: 'primary_result',
    nameVi: 'Kết quả giáo dục tiểu học',
    nameEn: 'Primary pupils\' overall results',
    populationVi: 'học sinh tiểu học được đánh giá cuối năm',
    populationEn: 'primary pupils assessed at the end of the year',
    levels: ['tieu_hoc'],
    theme: 'quality',
    bands: PRIMARY_RESULT_BANDS,
  },
  ...PRIMARY_COMPETENCIES.map(
    (c): DistributionSpec => ({
      code: `primary_${c.kind}_${c.key}`,
      nameVi: `${c.kind === 'competency' ? 'Năng lực' : 'Phẩm chất'} ${c.nameVi.toLowerCase()}`,
      nameEn: `${c.kind === 'competency' ? 'Competency' : 'Quality'}: ${c.nameEn}`,
      populationVi: `học sinh tiểu học được đánh giá về ${c.kind === 'competency' ? 'năng lực' : 'phẩm chất'} ${c.nameVi.toLowerCase()}`,
      populationEn: `primary pupils assessed on ${c.nameEn}`,
      levels: ['tieu_hoc'],
      theme: 'quality',
      bands: COMPETENCY_BANDS,
    }),
  ),
  {
    code: 'secondary_learning',
    nameVi: 'Kết quả học tập',
    nameEn: 'Learning results',
    populationVi: 'học sinh được đánh giá kết quả học tập cả năm',
    populationEn: 'pupils given a year\'s learning result',
    levels: ['thcs', 'thpt'],
    theme: 'quality',
    bands: SECONDARY_BANDS,
  },
  {
    code: 'secondary_conduct',
    nameVi: 'Kết quả rèn luyện',
    nameEn: 'Conduct results',
    populationVi: 'học sinh được đánh giá kết quả rèn luyện cả năm',
    populationEn: 'pupils given a year\'s conduct result',
    levels: ['thcs', 'thpt'],
    theme: 'quality',
    bands: SECONDARY_BANDS,
  },
  {
    code: 'secondary_comment_subject',
    nameVi: 'Kết quả các môn đánh giá bằng nhận xét',
    nameEn: 'Results in subjects assessed by comment only',
    populationVi: 'lượt học sinh được đánh giá ở các môn chỉ đánh giá bằng nhận xét',
    populationEn: 'pupil assessments in subjects assessed by comment only',
    levels: ['thcs', 'thpt'],
    theme: 'quality',
    bands: COMMENT_SUBJECT_BANDS,
  },
];

const BUILT = SPECS.map(bandIndicators);

/** The assessment distributions: each a set of bands that add up to 100%. */
export const QUALITY_DISTRIBUTIONS: readonly Distribution[] = BUILT.map((b) => b.distribution);

/** Quality: learning outcomes, assessment bands, contests and teaching time. */
export const QUALITY_INDICATORS: readonly Indicator[] = [
  ...BUILT.flatMap((b) => b.indicators),
  {
    code: 'secondary_conduct_good_fair_rate',
    nameVi: 'Tỷ lệ học sinh có kết quả rèn luyện khá, tốt',
    nameEn: 'Share of pupils with good or fair conduct',
    definitionVi: 'Trong 100 học sinh được đánh giá rèn luyện, có bao nhiêu em đạt mức Khá hoặc Tốt.',
    definitionEn: 'Out of every 100 pupils given a conduct result, how many are rated good or fair.',
    unit: 'percent',
    direction: 'higher_is_better',
    levels: ['thcs', 'thpt'],
    numeratorVi: 'Số học sinh có kết quả rèn luyện mức Khá hoặc Tốt',
    denominatorVi: 'Tổng số học sinh được đánh giá kết quả rèn luyện',
    numeratorEn: 'Pupils with conduct rated good or fair',
    denominatorEn: 'Pupils given a conduct result',
    theme: 'quality',
  },
  {
    code: 'secondary_core_subject_pass_rate',
    nameVi: 'Tỷ lệ học sinh đạt môn Toán, Ngữ văn, Tiếng Anh',
    nameEn: 'Pass rate in mathematics, Vietnamese literature and English',
    definitionVi: 'Trung bình ba môn Toán, Ngữ văn, Tiếng Anh: trong 100 học sinh, có bao nhiêu em xếp mức Đạt trở lên.',
    definitionEn: 'Averaged over mathematics, Vietnamese literature and English: out of every 100 pupils, how many are rated pass or better.',
    unit: 'percent',
    direction: 'higher_is_better',
    levels: ['thcs', 'thpt'],
    numeratorVi: 'Số lượt học sinh xếp mức Đạt trở lên ở ba môn',
    denominatorVi: 'Số lượt học sinh được đánh giá ở ba môn',
    numeratorEn: 'Pupil results rated pass or better in the three subjects',
    denominatorEn: 'Pupil results in the three subjects',
    disaggregations: ['grade'],
    theme: 'quality',
  },
  {
    code: 'secondary_other_scored_subject_pass_rate',
    nameVi: 'Tỷ lệ học sinh đạt các môn có điểm số còn lại',
    nameEn: 'Pass rate in the other scored subjects',
    definitionVi: 'Trung bình các môn đánh giá bằng nhận xét kết hợp điểm số, trừ Toán, Ngữ văn, Tiếng Anh: trong 100 học sinh, có bao nhiêu em xếp mức Đạt trở lên.',
    definitionEn: 'Averaged over the scored subjects other than mathematics, Vietnamese literature and English: out of every 100 pupils, how many are rated pass or better.',
    unit: 'percent',
    direction: 'higher_is_better',
    levels: ['thcs', 'thpt'],
    numeratorVi: 'Số lượt học sinh xếp mức Đạt trở lên ở các môn đó',
    denominatorVi: 'Số lượt học sinh được đánh giá ở các môn đó',
    numeratorEn: 'Pupil results rated pass or better in those subjects',
    denominatorEn: 'Pupil results in those subjects',
    disaggregations: ['grade'],
    theme: 'quality',
  },
  {
    code: 'primary_32_periods_class_share',
    nameVi: 'Tỷ lệ lớp tiểu học học ít nhất 32 tiết/tuần',
    nameEn: 'Share of primary classes with at least 32 periods a week',
    definitionVi: 'Trong 100 lớp tiểu học, có bao nhiêu lớp được học ít nhất 32 tiết mỗi tuần.',
    definitionEn: 'Out of every 100 primary classes, how many are taught at least 32 periods a week.',
    unit: 'percent',
    direction: 'higher_is_better',
    levels: ['tieu_hoc'],
    numeratorVi: 'Số lớp học ít nhất 32 tiết/tuần',
    denominatorVi: 'Tổng số lớp tiểu học',
    numeratorEn: 'Classes taught at least 32 periods a week',
    denominatorEn: 'All primary classes',
    disaggregations: ['grade'],
    theme: 'quality',
  },
  {
    code: 'provincial_gifted_award_count',
    nameVi: 'Số giải học sinh giỏi cấp tỉnh',
    nameEn: 'Provincial awards for gifted pupils',
    definitionVi: 'Số giải học sinh của huyện đạt được tại kỳ thi học sinh giỏi cấp tỉnh.',
    definitionEn: 'How many awards the district\'s pupils win at the provincial contest for gifted pupils.',
    unit: 'count',
    direction: 'higher_is_better',
    levels: ['tieu_hoc', 'thcs', 'thpt'],
    theme: 'quality',
  },
  {
    code: 'contest_participation_school_share',
    nameVi: 'Tỷ lệ trường tham gia các hội thi, cuộc thi do cấp trên tổ chức',
    nameEn: 'Share of schools taking part in contests run by higher authorities',
    definitionVi: 'Trong 100 trường, có bao nhiêu trường tham gia các hội thi, cuộc thi do huyện, tỉnh hoặc Bộ tổ chức.',
    definitionEn: 'Out of every 100 schools, how many take part in the contests run by the district, the province or the Ministry.',
    unit: 'percent',
    direction: 'higher_is_better',
    levels: ['mam_non', 'tieu_hoc', 'thcs', 'thpt'],
    numeratorVi: 'Số trường tham gia các hội thi, cuộc thi',
    denominatorVi: 'Tổng số trường',
    numeratorEn: 'Schools taking part in the contests',
    denominatorEn: 'All schools',
    theme: 'quality',
  },
  {
    code: 'integrated_programme_school_count',
    nameVi: 'Số trường thực hiện Chương trình dạy và học Toán, Khoa học và Tiếng Anh tích hợp chương trình Anh và Việt Nam',
    nameEn: 'Schools running the integrated English and Vietnamese programme in mathematics, science and English',
    definitionVi: 'Số trường của huyện dạy Toán, Khoa học và Tiếng Anh theo chương trình tích hợp chương trình Anh và Việt Nam.',
    definitionEn: 'How many of the district\'s schools teach mathematics, science and English through the programme that integrates the English and Vietnamese curricula.',
    unit: 'count',
    direction: 'higher_is_better',
    levels: ['tieu_hoc', 'thcs', 'thpt', 'all'],
    theme: 'quality',
  },
];
