import type { Plan } from '../plan/plan.js';
import { primaryCompetencyDistribution, type PrimaryCompetencyKey } from '../indicator/quality.js';
import { planTargets, type PlanTargetSpec } from './plan-target.js';

const PLAN = { id: '003', unitCode: '850', period: '2024-2025' };

const MOBILISATION = 'Phấn đấu “Đảm bảo đến năm 2025, huy động ít nhất 06% trẻ em trong độ tuổi nhà trẻ, 88% trẻ em trong độ tuổi mẫu giáo được đến trường”.';
const IN_AGE = 'Tỷ lệ học sinh trong độ tuổi đi học: Tiểu học 100%; trung học cơ sở 98,6%.';
const FULL_DAY =
  'Tỷ lệ trẻ từ 3 đến 5 tuổi học 02 buổi/ngày đạt 65%, riêng trẻ 5 tuối học 02 buổi/ngày đạt 100%; Nhóm, lớp học 2 buổi/ngày: 65%.';
const UNDERWEIGHT = 'Giảm tỉ lệ suy dinh dưỡng thể nhẹ cân bình quân hàng năm: 0,3%.';
const STUNTING = 'Giảm tỉ lệ suy dinh dưỡng thể thấp còi bình quân hàng năm: 0,2%.';
const PRIMARY_RESULT =
  'Chất lượng các môn học và hoạt động giáo dục khối 1, 2, 3, 4 và 5: Hoàn thành xuất sắc: 20%; Hoàn thành tốt: 30%; Hoàn thành: 50%.';
const HEALTH_INSURANCE = 'Vận động đạt 100% học sinh tham gia bảo hiểm y tế.';
const PRIMARY_TIME =
  '100% lớp 1 đến lớp 5 học ít nhất 32 tiết/tuần, tỷ lệ giáo viên đạt 1,5, tỷ lệ 1 phòng học/lớp nếu có điều kiện về giáo viên, cơ sở vật chất có thể dạy thêm số tiết tăng cường phù hợp với cơ sở giáo dục hạn chế việc thêm giờ, thêm buổi.';
const SCORED_SUBJECTS =
  'Môn học đánh giá bằng nhận xét kết hợp đánh giá bằng điểm số: xếp mức tốt đạt từ 18% trở lên; xếp mức khá đạt từ 37% trở lên; xếp mức chưa đạt không quá 5%.';
const CONDUCT =
  'Kết quả rèn luyện của học sinh: mức khá, tốt đạt từ 97% trở lên (trong đó tốt không dưới 75%); mức đạt không quá 3%; mức chưa đạt 0%.';
const SUBJECT_AVERAGE =
  'Học sinh xếp mức đạt từ 93% trở lên đối với các môn Toán, Ngữ văn, Tiếng Anh (riêng lớp 6 từ 90% trở lên); các môn còn lại từ 97% trở lên (riêng lớp 6 từ 95% trở lên).';
const UNIVERSALISATION =
  'Tiếp tục giữ vững và nâng dần chất lượng đạt chuẩn phổ cập giáo dục mầm non cho trẻ em 5 tuổi, đạt chuẩn xóa mù chữ mức độ 2, đạt chuẩn phổ cập giáo dục tiểu học mức độ 3, đạt chuẩn phổ cập giáo dục THCS mức độ 3 và 07/07 xã, thị trấn đạt chuẩn phổ cập giáo dục trung học.';
const ACCREDITATION_MN = 'Cấp học Mầm non: 100% các trường hoàn thành công tác Tự đánh giá và có ít nhất 12,5% đạt cấp độ 2.';
const ACCREDITATION_TH =
  'Cấp học Tiểu học: 100% các trường hoàn thành công tác Tự đánh giá và có ít nhất 80% đạt cấp độ 1 (trong đó có 50% đạt cấp độ 2 trở lên).';
const ACCREDITATION_THCS =
  'Cấp học Trung học cơ sở: 100% các trường hoàn thành công tác Tự đánh giá và có ít nhất 100% đạt cấp độ 1 (trong đó có 50% đạt cấp độ 2 trở lên).';
const DIGITAL_TRANSCRIPT = '100% trường Tiểu học và THCS thực hiện học bạ số.';
const GENERAL_SCHOOLS = 'cơ sở giáo dục phổ thông (tiểu học, THCS) của huyện';

/** The competency and quality table of II.2.b: each row Tốt / Đạt / CCG (cần cố gắng), as the file lays it out. */
const COMPETENCY_TABLE: readonly [PrimaryCompetencyKey, string][] = [
  ['self_reliance', 'Tự chủ và tự học 20% 80% 0%'],
  ['collaboration', 'Giao tiếp và hợp tác 20% 80% 0%'],
  ['problem_solving', 'Giải quyết vấn đề và sáng tạo 20% 80% 0%'],
  ['language', 'Ngôn ngữ 20% 80% 0%'],
  ['numeracy', 'Tính toán 20% 80% 0%'],
  ['science', 'Khoa học 20% 80% 0'],
  ['aesthetics', 'Thẩm mĩ 20% 80% 0'],
  ['informatics', 'Tin học 20% 80% 0'],
  ['technology', 'Công nghệ 20% 80% 0'],
  ['physical', 'Thể chất 20% 80% 0'],
  ['patriotism', 'Yêu nước 20% 80% 0'],
  ['kindness', 'Nhân ái 20% 80% 0'],
  ['diligence', 'Chăm chỉ 20% 80% 0'],
  ['honesty', 'Trung thực 20% 80% 0'],
  ['responsibility', 'Trách nhiệm 20% 80% 0'],
];

function competencyRow([key, quote]: [PrimaryCompetencyKey, string]): PlanTargetSpec[] {
  const distribution = primaryCompetencyDistribution(key);
  const zero = quote.endsWith('%') ? '0%' : '0';
  const row = { section: 'II.2.b', level: 'tieu_hoc', quote, unit: 'percent' } as const;
  return [
    { ...row, indicator: `${distribution}_good_rate`, wording: '20%', comparator: 'gte', value: 20 },
    { ...row, indicator: `${distribution}_met_rate`, wording: '80%', comparator: 'eq', value: 80 },
    {
      ...row,
      indicator: `${distribution}_needs_effort_rate`,
      wording: zero,
      comparator: 'lte',
      value: 0,
      ...(zero === '0' ? { note: 'Bảng ghi "0", không có dấu %; cột CCG là tỷ lệ phần trăm như hai cột kia.' } : {}),
    },
  ];
}

/** Targets of plan 003, in the order the document states them. */
const TARGETS: readonly PlanTargetSpec[] = [
  // II.1 Huy động trẻ và học sinh đến trường
  { section: 'II.1', indicator: 'mobilisation_rate', level: 'nha_tre', wording: 'ít nhất 06%', quote: MOBILISATION, comparator: 'gte', value: 6, unit: 'percent' },
  {
    section: 'II.1', indicator: 'mobilisation_rate', level: 'mau_giao', wording: '88%', quote: MOBILISATION, comparator: 'gte', value: 88, unit: 'percent',
    note: '"ít nhất" đứng trước cả hai con số: ít nhất 06% nhà trẻ, (ít nhất) 88% mẫu giáo.',
  },
  { section: 'II.1', indicator: 'in_age_attendance_rate', level: 'tieu_hoc', wording: '100%', quote: IN_AGE, comparator: 'gte', value: 100, unit: 'percent' },
  { section: 'II.1', indicator: 'in_age_attendance_rate', level: 'thcs', wording: '98,6%', quote: IN_AGE, comparator: 'gte', value: 98.6, unit: 'percent' },

  // II.2.a Cấp mầm non
  { section: 'II.2.a', indicator: 'full_day_rate', level: 'mau_giao', wording: 'đạt 65%', quote: FULL_DAY, comparator: 'gte', value: 65, unit: 'percent', note: 'Trẻ từ 3 đến 5 tuổi.' },
  { section: 'II.2.a', indicator: 'full_day_rate_age5', level: 'mau_giao', wording: 'đạt 100%', quote: FULL_DAY, comparator: 'gte', value: 100, unit: 'percent' },
  { section: 'II.2.a', indicator: 'full_day_class_share', level: 'mam_non', wording: '65%', quote: FULL_DAY, comparator: 'gte', value: 65, unit: 'percent', note: 'Nhóm trẻ và lớp mẫu giáo.' },
  {
    section: 'II.2.a', indicator: 'underweight_reduction', level: 'mam_non', wording: 'Giảm tỉ lệ suy dinh dưỡng thể nhẹ cân bình quân hàng năm: 0,3%', quote: UNDERWEIGHT,
    comparator: 'gte', value: 0.3, unit: 'percentage_points', change: 'decrease',
    note: 'Văn bản viết "0,3%" cho mức giảm của một tỷ lệ, tức ít nhất 0,3 điểm phần trăm mỗi năm.',
  },
  {
    section: 'II.2.a', indicator: 'stunting_reduction', level: 'mam_non', wording: 'Giảm tỉ lệ suy dinh dưỡng thể thấp còi bình quân hàng năm: 0,2%', quote: STUNTING,
    comparator: 'gte', value: 0.2, unit: 'percentage_points', change: 'decrease',
    note: 'Văn bản viết "0,2%" cho mức giảm của một tỷ lệ, tức ít nhất 0,2 điểm phần trăm mỗi năm.',
  },

  // II.2.b Cấp tiểu học
  { section: 'II.2.b', indicator: 'grade1_intake_rate_age6', level: 'tieu_hoc', wording: 'đạt 100%', quote: 'Huy động trẻ 6 tuổi vào lớp 1 đạt 100%.', comparator: 'gte', value: 100, unit: 'percent' },
  { section: 'II.2.b', indicator: 'dropout_rate', level: 'tieu_hoc', wording: 'dưới 1%', quote: 'Tỷ lệ học sinh bỏ học dưới 1%.', comparator: 'lt', value: 1, unit: 'percent' },
  {
    section: 'II.2.b', indicator: 'primary_completion_rate', level: 'tieu_hoc', wording: 'đạt 100%', quote: 'Số học sinh hoàn thành chương trình tiểu học đạt 100%.',
    comparator: 'gte', value: 100, unit: 'percent',
  },
  { section: 'II.2.b', indicator: 'primary_result_excellent_rate', level: 'tieu_hoc', wording: '20%', quote: PRIMARY_RESULT, comparator: 'gte', value: 20, unit: 'percent' },
  { section: 'II.2.b', indicator: 'primary_result_good_rate', level: 'tieu_hoc', wording: '30%', quote: PRIMARY_RESULT, comparator: 'eq', value: 30, unit: 'percent' },
  { section: 'II.2.b', indicator: 'primary_result_completed_rate', level: 'tieu_hoc', wording: '50%', quote: PRIMARY_RESULT, comparator: 'eq', value: 50, unit: 'percent' },
  { section: 'II.2.b', indicator: 'health_insurance_rate', level: 'tieu_hoc', wording: 'đạt 100%', quote: HEALTH_INSURANCE, comparator: 'gte', value: 100, unit: 'percent' },
  ...COMPETENCY_TABLE.flatMap(competencyRow),
  {
    section: 'II.2.b', indicator: 'primary_32_periods_class_share', level: 'tieu_hoc', wording: '100%', quote: PRIMARY_TIME, comparator: 'gte', value: 100, unit: 'percent',
    note: '"1,5" giáo viên/lớp và "1 phòng học/lớp" trong câu là điều kiện để dạy thêm tiết tăng cường, không phải chỉ tiêu riêng.',
  },
  {
    section: 'II.2.b', indicator: 'contest_participation_school_share', level: 'tieu_hoc', wording: '100%',
    quote:
      '100% trường tiểu học tham gia các hội thi, cuộc thi do cấp trên tổ chức và thực hiện tích hợp, lồng ghép có hiệu quả những nội dung được Bộ Giáo dục và Đào tạo, Sở Giáo dục và Đào tạo chỉ đạo.',
    comparator: 'gte', value: 100, unit: 'percent',
  },

  // II.2.c Cấp THCS
  {
    section: 'II.2.c', indicator: 'grade6_transition_rate', level: 'thcs', wording: 'đạt 100%',
    quote: 'Tỷ lệ huy động học sinh hoàn thành chương trình tiểu học vào học lớp 6 đạt 100%.', comparator: 'gte', value: 100, unit: 'percent',
  },
  { section: 'II.2.c', indicator: 'health_insurance_rate', level: 'thcs', wording: 'đạt 100%', quote: HEALTH_INSURANCE, comparator: 'gte', value: 100, unit: 'percent' },
  { section: 'II.2.c', indicator: 'lower_secondary_graduation_rate', level: 'thcs', wording: 'trên 99%', quote: 'Tỷ lệ tốt nghiệp THCS trên 99%.', comparator: 'gt', value: 99, unit: 'percent' },
  { section: 'II.2.c', indicator: 'repetition_rate', level: 'thcs', wording: 'dưới 1%', quote: 'Tỷ lệ học sinh lưu ban dưới 1%, bỏ học dưới 2%.', comparator: 'lt', value: 1, unit: 'percent' },
  { section: 'II.2.c', indicator: 'dropout_rate', level: 'thcs', wording: 'dưới 2%', quote: 'Tỷ lệ học sinh lưu ban dưới 1%, bỏ học dưới 2%.', comparator: 'lt', value: 2, unit: 'percent' },
  {
    section: 'II.2.c', indicator: 'secondary_comment_subject_met_rate', level: 'thcs', wording: 'từ 99% trở lên',
    quote: 'Môn học đánh giá bằng nhận xét: xếp mức đạt từ 99% trở lên.', comparator: 'gte', value: 99, unit: 'percent',
    note: 'Chất lượng chung.',
  },
  { section: 'II.2.c', indicator: 'secondary_learning_good_rate', level: 'thcs', wording: 'từ 18% trở lên', quote: SCORED_SUBJECTS, comparator: 'gte', value: 18, unit: 'percent' },
  { section: 'II.2.c', indicator: 'secondary_learning_fair_rate', level: 'thcs', wording: 'từ 37% trở lên', quote: SCORED_SUBJECTS, comparator: 'gte', value: 37, unit: 'percent' },
  { section: 'II.2.c', indicator: 'secondary_learning_fail_rate', level: 'thcs', wording: 'không quá 5%', quote: SCORED_SUBJECTS, comparator: 'lte', value: 5, unit: 'percent' },
  { section: 'II.2.c', indicator: 'secondary_conduct_good_fair_rate', level: 'thcs', wording: 'từ 97% trở lên', quote: CONDUCT, comparator: 'gte', value: 97, unit: 'percent' },
  { section: 'II.2.c', indicator: 'secondary_conduct_good_rate', level: 'thcs', wording: 'không dưới 75%', quote: CONDUCT, comparator: 'gte', value: 75, unit: 'percent' },
  { section: 'II.2.c', indicator: 'secondary_conduct_pass_rate', level: 'thcs', wording: 'không quá 3%', quote: CONDUCT, comparator: 'lte', value: 3, unit: 'percent' },
  { section: 'II.2.c', indicator: 'secondary_conduct_fail_rate', level: 'thcs', wording: '0%', quote: CONDUCT, comparator: 'lte', value: 0, unit: 'percent' },
  {
    section: 'II.2.c', indicator: 'secondary_core_subject_pass_rate', level: 'thcs', wording: 'từ 93% trở lên', quote: SUBJECT_AVERAGE, comparator: 'gte', value: 93, unit: 'percent',
    note: 'Lớp 7, 8, 9; lớp 6 có chỉ tiêu riêng.',
  },
  {
    section: 'II.2.c', indicator: 'secondary_core_subject_pass_rate', level: 'thcs', disaggregation: { by: 'grade', value: 6 }, wording: 'từ 90% trở lên',
    quote: SUBJECT_AVERAGE, comparator: 'gte', value: 90, unit: 'percent',
  },
  {
    section: 'II.2.c', indicator: 'secondary_other_scored_subject_pass_rate', level: 'thcs', wording: 'từ 97% trở lên', quote: SUBJECT_AVERAGE, comparator: 'gte', value: 97, unit: 'percent',
    note: 'Lớp 7, 8, 9; lớp 6 có chỉ tiêu riêng.',
  },
  {
    section: 'II.2.c', indicator: 'secondary_other_scored_subject_pass_rate', level: 'thcs', disaggregation: { by: 'grade', value: 6 }, wording: 'từ 95% trở lên',
    quote: SUBJECT_AVERAGE, comparator: 'gte', value: 95, unit: 'percent',
  },
  {
    section: 'II.2.c', indicator: 'secondary_comment_subject_met_rate', level: 'thcs', idSuffix: 'subject_average', wording: 'từ 99% trở lên',
    quote: 'Đối với các môn đánh giá bằng nhận xét từ 99% trở lên.', comparator: 'gte', value: 99, unit: 'percent',
    note: 'Chất lượng bình quân bộ môn.',
  },
  {
    section: 'II.2.c', indicator: 'provincial_gifted_award_count', level: 'thcs', wording: 'đạt 20 giải',
    quote: 'Học sinh giỏi tỉnh: có đội tuyển tất cả các môn thi, phấn đấu đạt 20 giải.', comparator: 'gte', value: 20, unit: 'count',
  },

  // II.3 Phổ cập giáo dục, xóa mù chữ
  { section: 'II.3', indicator: 'literacy_level', level: 'all', wording: 'đạt chuẩn xóa mù chữ mức độ 2', quote: UNIVERSALISATION, comparator: 'gte', value: 2, unit: 'ordinal' },
  { section: 'II.3', indicator: 'pcgd_primary_level', level: 'tieu_hoc', wording: 'đạt chuẩn phổ cập giáo dục tiểu học mức độ 3', quote: UNIVERSALISATION, comparator: 'gte', value: 3, unit: 'ordinal' },
  { section: 'II.3', indicator: 'pcgd_lower_secondary_level', level: 'thcs', wording: 'đạt chuẩn phổ cập giáo dục THCS mức độ 3', quote: UNIVERSALISATION, comparator: 'gte', value: 3, unit: 'ordinal' },
  { section: 'II.3', indicator: 'pcgd_secondary_commune_count', level: 'all', wording: '07/07 xã, thị trấn', quote: UNIVERSALISATION, comparator: 'eq', value: 7, outOf: 7, unit: 'count' },

  // II.4 Kiểm định chất lượng giáo dục, trường đạt chuẩn quốc gia
  { section: 'II.4', indicator: 'self_assessment_school_share', level: 'mam_non', wording: '100%', quote: ACCREDITATION_MN, comparator: 'gte', value: 100, unit: 'percent' },
  { section: 'II.4', indicator: 'accreditation_level2_school_share', level: 'mam_non', wording: 'ít nhất 12,5%', quote: ACCREDITATION_MN, comparator: 'gte', value: 12.5, unit: 'percent' },
  { section: 'II.4', indicator: 'self_assessment_school_share', level: 'tieu_hoc', wording: '100%', quote: ACCREDITATION_TH, comparator: 'gte', value: 100, unit: 'percent' },
  { section: 'II.4', indicator: 'accreditation_level1_school_share', level: 'tieu_hoc', wording: 'ít nhất 80%', quote: ACCREDITATION_TH, comparator: 'gte', value: 80, unit: 'percent' },
  { section: 'II.4', indicator: 'accreditation_level2_school_share', level: 'tieu_hoc', wording: '50%', quote: ACCREDITATION_TH, comparator: 'gte', value: 50, unit: 'percent' },
  { section: 'II.4', indicator: 'self_assessment_school_share', level: 'thcs', wording: '100%', quote: ACCREDITATION_THCS, comparator: 'gte', value: 100, unit: 'percent' },
  { section: 'II.4', indicator: 'accreditation_level1_school_share', level: 'thcs', wording: 'ít nhất 100%', quote: ACCREDITATION_THCS, comparator: 'gte', value: 100, unit: 'percent' },
  { section: 'II.4', indicator: 'accreditation_level2_school_share', level: 'thcs', wording: '50%', quote: ACCREDITATION_THCS, comparator: 'gte', value: 50, unit: 'percent' },
  {
    section: 'II.4', indicator: 'recognition_renewal_school_count', level: 'all', wording: '03 trường',
    quote:
      'Thực hiện hồ sơ đề nghị đánh giá, công nhận lại 03 trường đạt Kiểm định chất lượng giáo dục và trường đạt chuẩn quốc gia: Tiểu học Long Vĩnh C, Tiểu học Long Khánh và Phổ thông dân tộc nội trú THCS huyện Duyên Hải.',
    comparator: 'gte', value: 3, unit: 'count', note: 'Hai trường tiểu học và một trường THCS.',
  },

  // II.5 Cải cách hành chính, chính quyền điện tử, chính quyền số
  {
    section: 'II.5', indicator: 'online_document_processing_rate', level: 'all', wording: '100%',
    quote: 'Tỷ lệ xử lý văn bản, hồ sơ công việc (trừ hồ sơ mật) trên môi trường mạng: 100%.', comparator: 'gte', value: 100, unit: 'percent',
  },
  {
    section: 'II.5', indicator: 'digital_governance_school_share', level: 'all', wording: 'Trên 90%',
    quote:
      'Trên 90% cơ sở giáo dục phổ thông hoàn thiện mô hình quản trị số, hoạt động số, chuẩn hóa dữ liệu số trên các phần mềm quản lý như Cơ sở dữ liệu ngành, Vnedu, Trung tâm IOC.',
    comparator: 'gt', value: 90, unit: 'percent', note: GENERAL_SCHOOLS,
  },
  {
    section: 'II.5', indicator: 'open_digital_library_school_share', level: 'all', wording: 'Trên 30%',
    quote: 'Trên 30% cơ sở giáo dục phổ thông xây dựng kho học liệu số mở.', comparator: 'gt', value: 30, unit: 'percent', note: GENERAL_SCHOOLS,
  },
  { section: 'II.5', indicator: 'digital_transcript_school_share', level: 'tieu_hoc', wording: '100%', quote: DIGITAL_TRANSCRIPT, comparator: 'gte', value: 100, unit: 'percent' },
  { section: 'II.5', indicator: 'digital_transcript_school_share', level: 'thcs', wording: '100%', quote: DIGITAL_TRANSCRIPT, comparator: 'gte', value: 100, unit: 'percent' },

  // III.5 Ngân sách
  {
    section: 'III.5', indicator: 'teaching_spending_share', level: 'all', wording: 'tối thiểu 20%',
    quote:
      'Tham mưu các cấp, các ngành quan tâm bổ sung ngân sách chỉ thường xuyên cho các cơ sở giáo dục để đảm bảo chỉ cho hoạt động giảng dạy và học tập đạt tỷ lệ tối thiểu 20% tổng chi ngân sách nhà nước (chưa kể chỉ từ nguồn thu học phí).',
    comparator: 'gte', value: 20, unit: 'percent',
  },

  // III.6 Giáo dục thể chất, y tế trường học
  {
    section: 'III.6', indicator: 'health_insurance_rate', level: 'all', wording: '100%',
    quote:
      'Triển khai hiệu quả nội dung môn học giáo dục thể chất thuộc Chương trình Giáo dục phổ thông và công tác giáo dục thể chất, bảo hiểm y tế trên cơ sở vận động 100% học sinh tham gia bảo hiểm y tế.',
    comparator: 'gte', value: 100, unit: 'percent',
    note: 'Nhắc lại cho toàn bộ học sinh chỉ tiêu của II.2.b và II.2.c.',
  },
];

/**
 * Kế hoạch thực hiện nhiệm vụ và giải pháp năm học 2024-2025, Phòng GD&ĐT huyện Duyên Hải (Trà Vinh):
 * targets in section II, budget share in III.5, reporting calendar in IV.3. The text gives no number or date.
 */
export const PLAN_003: Plan = {
  id: PLAN.id,
  number: null,
  title: 'Thực hiện nhiệm vụ và giải pháp năm học 2024-2025',
  issuer: 'Phòng Giáo dục và Đào tạo huyện Duyên Hải',
  unitCode: PLAN.unitCode,
  issuedOn: null,
  signer: { name: 'Đoàn Văn Dũng', title: 'Trưởng phòng' },
  period: PLAN.period,
  theme: 'Kỷ cương trách nhiệm, đổi mới sáng tạo, nâng cao chất lượng giáo dục và đào tạo',
  source: 'Văn bản công khai (PDF) của Phòng Giáo dục và Đào tạo huyện Duyên Hải, tỉnh Trà Vinh; văn bản thuần: data/plans/003.txt',
  taskGroups: [
    {
      section: 'III.1',
      titleVi: 'Nâng cao năng lực, hiệu quả công tác quản lý giáo dục',
      summaryVi:
        'Quán triệt chủ trương của Đảng, Nhà nước, Luật Nhà giáo; Kết luận của Bộ Chính trị về Nghị quyết 29-NQ/TW; tham mưu văn bản chỉ đạo; rà soát văn bản; đánh giá kế hoạch giai đoạn 2021-2025; đổi mới quản trị nhà trường, phân cấp, công khai, minh bạch.',
    },
    {
      section: 'III.2',
      titleVi:
        'Đảm bảo công bằng trong tiếp cận giáo dục cho mọi đối tượng, quan tâm đến đối tượng người dân tộc thiểu số, trẻ mồ côi, trẻ em không nơi nương tựa, người khuyết tật, người thuộc hộ nghèo, hộ cận nghèo',
      summaryVi:
        'Duy trì kết quả phổ cập; kế hoạch phổ cập giáo dục mầm non cho trẻ 3 đến 5 tuổi vào năm 2030; dạy tiếng Việt cho trẻ dân tộc thiểu số trước lớp Một; Chương trình mục tiêu quốc gia 2021-2030 cho vùng đồng bào dân tộc thiểu số; chính sách cho người khuyết tật.',
    },
    {
      section: 'III.3',
      titleVi: 'Nâng cao chất lượng giáo dục mầm non, giáo dục phổ thông và giáo dục thường xuyên',
      summaryVi:
        'Nuôi dưỡng, chăm sóc, an toàn cho trẻ; Chương trình GDPT 2018 (lớp 5, lớp 9); ngoại ngữ; xã hội học tập, phân luồng sau THCS; tiếng và văn hóa Khmer; kiểm định, chuẩn quốc gia; phân tích kỳ thi vào lớp 10; học sinh giỏi và các cuộc thi.',
    },
    {
      section: 'III.4',
      titleVi:
        'Phát triển đội ngũ giáo viên và viên chức quản lý cơ sở giáo dục bảo đâm đủ số lượng và nâng cao về chất lượng, đáp ứng yêu cầu đổi mới giáo dục và đào tạo',
      summaryVi:
        'Rà soát biên chế, tuyển dụng, điều tiết giáo viên; nâng trình độ chuẩn theo Nghị định 71/2020/NĐ-CP; bồi dưỡng thường xuyên; chế độ chính sách; kỷ luật, kỷ cương; phát hiện nguồn cán bộ.',
    },
    {
      section: 'III.5',
      titleVi: 'Sử dụng hiệu quả ngân sách nhà nước và huy động các nguồn lực đầu tư cho giáo dục',
      summaryVi:
        'Chi cho giảng dạy và học tập tối thiểu 20%; quản lý các khoản thu; Tiểu dự án 1 - Dự án 5 của Chương trình 1719; thiết bị dạy học tối thiểu; xã hội hóa; công nhận lại trường chuẩn quốc gia ở xã nông thôn mới nâng cao, kiểu mẫu.',
    },
    {
      section: 'III.6',
      titleVi: 'Tăng cường công tác giáo dục chính trị, tư tưởng, giáo dục quốcphòng an ninh và giáo dục thể chất, y tế trường học',
      summaryVi:
        'Phòng chống bạo lực học đường, đuối nước, xâm hại trẻ em trên mạng; tư vấn học đường; văn hóa học đường; giáo dục quốc phòng an ninh; giáo dục thể chất, bảo hiểm y tế, an toàn thực phẩm; y tế trường học, Chương trình Sức khỏe học đường 2021-2025.',
    },
    {
      section: 'III.7',
      titleVi: 'Đẩy mạnh chuyển đổi số, cải cách hành chính trong toàn ngành',
      summaryVi:
        'Cơ sở dữ liệu ngành kết nối với cơ sở dữ liệu quốc gia và cơ sở dữ liệu cán bộ, công chức, viên chức; hạ tầng và kho học liệu số dùng chung; Bộ chỉ số đánh giá mức độ chuyển đổi số; cải cách hành chính.',
    },
    {
      section: 'III.8',
      titleVi: 'Tăng cường công tác kiểm tra và xử lý vi phạm trong lĩnh vực giáo dục và đào tạo',
      summaryVi:
        'Kiểm tra việc thực hiện chính sách, pháp luật; trách nhiệm của thủ trưởng, dạy thêm học thêm, sử dụng cơ sở vật chất; theo dõi thực hiện kết luận kiểm tra.',
    },
    {
      section: 'III.9',
      titleVi: 'Tăng cường công tác truyền thông giáo dục',
      summaryVi: 'Truyền thông về Luật Nhà giáo, đổi mới giáo dục, kỷ niệm 80 năm ngành Giáo dục; xử lý các vấn đề truyền thông xã hội quan tâm.',
    },
    {
      section: 'III.10',
      titleVi: 'Thực hiện hiệu quả các phong trào thi đua trong toàn ngành',
      summaryVi:
        'Các phong trào thi đua của ngành; sơ kết, tổng kết phong trào “Đổi mới, sáng tạo trong quản lý, giảng dạy và học tập” 2020-2025; Đại hội thi đua yêu nước; thi đua, khen thưởng theo Luật năm 2022 và Quyết định 947/QĐ-UBND.',
    },
  ],
  deadlines: [
    {
      section: 'IV.3',
      descriptionVi: 'Báo cáo tình hình chuẩn bị năm học và tổ chức khai giảng năm học 2024 - 2025',
      descriptionEn: 'Report on the preparation and opening of the 2024-2025 school year',
      due: { kind: 'date', date: '2024-09-06' },
      reporter: 'Các bộ phận phụ trách chuyên môn nghiệp vụ Phòng Giáo dục và Đào tạo, các trường',
    },
    {
      section: 'IV.3',
      descriptionVi: 'Báo cáo tháng',
      descriptionEn: 'Monthly report',
      due: { kind: 'monthly', day: 5, before: false },
      reporter: 'Các bộ phận phụ trách chuyên môn nghiệp vụ Phòng Giáo dục và Đào tạo, các trường',
    },
    {
      section: 'IV.3',
      descriptionVi: 'Báo cáo sơ kết học kỳ I',
      descriptionEn: 'First-semester review report',
      due: { kind: 'date', date: '2025-01-13' },
      reporter: 'Các bộ phận phụ trách chuyên môn nghiệp vụ Phòng Giáo dục và Đào tạo, các trường',
    },
    {
      section: 'IV.3',
      descriptionVi: 'Báo cáo tổng kết năm học',
      descriptionEn: 'End-of-year review report',
      due: { kind: 'date', date: '2025-06-10', before: true },
      reporter: 'Các bộ phận phụ trách chuyên môn nghiệp vụ Phòng Giáo dục và Đào tạo, các trường',
    },
  ],
  targets: planTargets(PLAN, TARGETS),
};
