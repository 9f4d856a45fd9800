import type { Plan } from '../plan/plan.js';
import { planTargets, type PlanTargetSpec } from './plan-target.js';

const ENROLMENT_QUOTE =
  '- Tổng số học sinh đầu năm học: 23.800, trong đó: + Mẫu giáo: 5000 trẻ + Tiểu học: 11.500 học sinh + THCS: 7.300 học sinh';
const ATTENDANCE_QUOTE = '- Tỷ lệ học sinh đi học trong độ tuổi: + Mẫu giáo: 85% + Tiểu học: 100% + THCS: 99%';
const MOBILISATION_QUOTE =
  '- Huy động trẻ đến trường, lớp mầm non: phấn đấu nhà trẻ trên 06%, mẫu giáo 85%, trong đó mẫu giáo 5 tuổi trên 99%.';
const COMPLETION_QUOTE =
  '- Tỷ lệ học sinh lớp 5 hoàn thành chương trình tiểu học trên 98%; duy trì tỷ lệ tốt nghiệp trung học cơ sở trên 99,5%;';
const QUALIFICATION_QUOTE =
  '- Phấn đấu cuối năm học 2022-2023, cán bộ quản lý, giáo viên mầm non, phổ thông đạt chuẩn trình độ đào tạo theo quy định: mầm non 98%, tiểu học 85%, THCS 95%.';
const UNIVERSALISATION_QUOTE =
  '- Duy trì và nâng cao chất lượng phổ cập giáo dục mầm non trẻ 5 tuổi; phổ cập giáo dục tiểu học mức độ 3, xóa mù chữ mức 2, phổ cập giáo dục trung học cơ sở mức độ 3, huyện đạt chuẩn phổ cập giáo dục trung học cơ sở mức độ 3.';
const PILOT_QUOTE =
  '- Toàn huyện có từ 01-02 xã, thị trấn thực hiện thí điểm xây dựng đạt chuẩn phổ cập mầm non cho trẻ 3 tuổi và 4 tuổi trong năm học 2022-2023.';
const ACCREDITATION_QUOTE =
  '- Công tác kiểm định chất lượng giáo dục; trường đạt chuẩn quốc gia: phấn đấu mỗi cấp học có ít nhất 02 trường được công nhận đạt kiểm định chất lượng ở mức độ 2 và công nhận đạt trường chuẩn quốc gia ở cấp độ 1.';
const ONLINE_QUOTE =
  '- Sử dụng hệ thống phần mềm iOffice trong quản lý, điều hành văn bản điện tử, trong đó 100% đơn vị thực hiện xử lý hồ sơ công việc (trừ văn bản mật) như: chuyển phát văn bản, chữ ký số,…. trên môi trường mạng.';
const EVERY_LEVEL = 'mỗi cấp học do Phòng Giáo dục và Đào tạo quản lý: mầm non, tiểu học, THCS';

const SCHOOL_YEAR = '2022-2023';

const TARGETS = planTargets({ id: '000', unitCode: '848', period: '2023' }, [
  {
    indicator: 'enrolment_count',
    level: 'all',
    section: 'II.3.1',
    wording: '23.800',
    quote: ENROLMENT_QUOTE,
    comparator: 'eq',
    value: 23800,
    unit: 'count',
    note: 'Tổng của mẫu giáo, tiểu học và THCS: 5000 + 11.500 + 7.300',
  },
  {
    indicator: 'enrolment_count',
    level: 'mau_giao',
    section: 'II.3.1',
    wording: '5000 trẻ',
    quote: ENROLMENT_QUOTE,
    comparator: 'eq',
    value: 5000,
    unit: 'count',
  },
  {
    indicator: 'enrolment_count',
    level: 'tieu_hoc',
    section: 'II.3.1',
    wording: '11.500 học sinh',
    quote: ENROLMENT_QUOTE,
    comparator: 'eq',
    value: 11500,
    unit: 'count',
  },
  {
    indicator: 'enrolment_count',
    level: 'thcs',
    section: 'II.3.1',
    wording: '7.300 học sinh',
    quote: ENROLMENT_QUOTE,
    comparator: 'eq',
    value: 7300,
    unit: 'count',
  },
  {
    indicator: 'in_age_attendance_rate',
    level: 'mau_giao',
    section: 'II.3.1',
    wording: '85%',
    quote: ATTENDANCE_QUOTE,
    comparator: 'gte',
    value: 85,
    unit: 'percent',
  },
  {
    indicator: 'in_age_attendance_rate',
    level: 'tieu_hoc',
    section: 'II.3.1',
    wording: '100%',
    quote: ATTENDANCE_QUOTE,
    comparator: 'gte',
    value: 100,
    unit: 'percent',
  },
  {
    indicator: 'in_age_attendance_rate',
    level: 'thcs',
    section: 'II.3.1',
    wording: '99%',
    quote: ATTENDANCE_QUOTE,
    comparator: 'gte',
    value: 99,
    unit: 'percent',
  },
  {
    indicator: 'mobilisation_rate',
    level: 'nha_tre',
    period: SCHOOL_YEAR,
    section: 'II.3.2',
    wording: 'trên 06%',
    quote: MOBILISATION_QUOTE,
    comparator: 'gt',
    value: 6,
    unit: 'percent',
  },
  {
    indicator: 'mobilisation_rate',
    level: 'mau_giao',
    period: SCHOOL_YEAR,
    section: 'II.3.2',
    wording: '85%',
    quote: MOBILISATION_QUOTE,
    comparator: 'gte',
    value: 85,
    unit: 'percent',
  },
  {
    indicator: 'mobilisation_rate_age5',
    level: 'mau_giao',
    period: SCHOOL_YEAR,
    section: 'II.3.2',
    wording: 'trên 99%',
    quote: MOBILISATION_QUOTE,
    comparator: 'gt',
    value: 99,
    unit: 'percent',
  },
  {
    indicator: 'primary_completion_rate',
    level: 'tieu_hoc',
    period: SCHOOL_YEAR,
    section: 'II.3.2',
    wording: 'trên 98%',
    quote: COMPLETION_QUOTE,
    comparator: 'gt',
    value: 98,
    unit: 'percent',
  },
  {
    indicator: 'lower_secondary_graduation_rate',
    level: 'thcs',
    period: SCHOOL_YEAR,
    section: 'II.3.2',
    wording: 'trên 99,5%',
    quote: COMPLETION_QUOTE,
    comparator: 'gt',
    value: 99.5,
    unit: 'percent',
  },
  {
    indicator: 'staff_qualification_rate',
    level: 'mam_non',
    period: SCHOOL_YEAR,
    section: 'II.3.2',
    wording: '98%',
    quote: QUALIFICATION_QUOTE,
    comparator: 'gte',
    value: 98,
    unit: 'percent',
  },
  {
    indicator: 'staff_qualification_rate',
    level: 'tieu_hoc',
    period: SCHOOL_YEAR,
    section: 'II.3.2',
    wording: '85%',
    quote: QUALIFICATION_QUOTE,
    comparator: 'gte',
    value: 85,
    unit: 'percent',
  },
  {
    indicator: 'staff_qualification_rate',
    level: 'thcs',
    period: SCHOOL_YEAR,
    section: 'II.3.2',
    wording: '95%',
    quote: QUALIFICATION_QUOTE,
    comparator: 'gte',
    value: 95,
    unit: 'percent',
  },
  {
    indicator: 'pcgd_primary_level',
    level: 'tieu_hoc',
    period: SCHOOL_YEAR,
    section: 'II.3.2',
    wording: 'mức độ 3',
    quote: UNIVERSALISATION_QUOTE,
    comparator: 'gte',
    value: 3,
    unit: 'ordinal',
  },
  {
    indicator: 'literacy_level',
    level: 'all',
    period: SCHOOL_YEAR,
    section: 'II.3.2',
    wording: 'mức 2',
    quote: UNIVERSALISATION_QUOTE,
    comparator: 'gte',
    value: 2,
    unit: 'ordinal',
  },
  {
    indicator: 'pcgd_lower_secondary_level',
    level: 'thcs',
    period: SCHOOL_YEAR,
    section: 'II.3.2',
    wording: 'mức độ 3',
    quote: UNIVERSALISATION_QUOTE,
    comparator: 'gte',
    value: 3,
    unit: 'ordinal',
  },
  {
    indicator: 'pcgd_preschool_age3_4_pilot_commune_count',
    level: 'mau_giao',
    period: SCHOOL_YEAR,
    section: 'II.3.2',
    wording: 'từ 01-02 xã',
    quote: PILOT_QUOTE,
    comparator: 'between',
    value: 1,
    valueMax: 2,
    unit: 'count',
  },
  ...(['mam_non', 'tieu_hoc', 'thcs'] as const).flatMap((level): PlanTargetSpec[] => [
    {
      indicator: 'accreditation_level2_school_count',
      level,
      period: SCHOOL_YEAR,
      section: 'II.3.2',
      wording: 'ít nhất 02 trường',
      quote: ACCREDITATION_QUOTE,
      comparator: 'gte',
      value: 2,
      unit: 'count',
      note: EVERY_LEVEL,
    },
    {
      indicator: 'national_standard_level1_school_count',
      level,
      period: SCHOOL_YEAR,
      section: 'II.3.2',
      wording: 'ít nhất 02 trường',
      quote: ACCREDITATION_QUOTE,
      comparator: 'gte',
      value: 2,
      unit: 'count',
      note: EVERY_LEVEL,
    },
  ]),
  {
    indicator: 'online_processing_unit_share',
    level: 'all',
    section: 'III.5',
    wording: '100% đơn vị',
    quote: ONLINE_QUOTE,
    comparator: 'gte',
    value: 100,
    unit: 'percent',
    note: 'Văn bản điện tử qua phần mềm iOffice, trừ văn bản mật',
  },
]);

/**
 * Kế hoạch nhiệm vụ, giải pháp phát triển kinh tế - xã hội lĩnh vực giáo dục năm 2023, Phòng GD&ĐT huyện Cầu Ngang (Trà Vinh):
 * the district's 2023 targets (II.3.1, III.5) and the sector's school-year 2022-2023 targets (II.3.2).
 */
export const PLAN_000: Plan = {
  id: '000',
  number: null,
  title:
    'Triển khai thực hiện nhiệm vụ, giải pháp chủ yếu phát triển kinh tế - xã hội và dự toán ngân sách nhà nước lĩnh vực giáo dục và đào tạo năm 2023',
  issuer: 'Phòng Giáo dục và Đào tạo huyện Cầu Ngang',
  unitCode: '848',
  issuedOn: null,
  signer: { name: 'Lâm Hữu Thuyết', title: 'Trưởng phòng' },
  period: '2023',
  theme: 'đoàn kết, nỗ lực vượt khó khăn, đổi mới sáng tạo, củng cố, nâng cao chất lượng các hoạt động giáo dục và đào tạo',
  source: 'Văn bản công khai (PDF) của Phòng Giáo dục và Đào tạo huyện Cầu Ngang, tỉnh Trà Vinh; văn bản thuần: data/plans/000.txt',
  taskGroups: [
    {
      section: 'II.1',
      titleVi: 'Phương châm hành động',
      summaryVi:
        'Quán triệt phương châm hành động năm 2023 “Đoàn kết kỷ cương, bản lĩnh linh hoạt, đổi mới sáng tạo, kịp thời hiệu quả” và các trọng tâm chỉ đạo của Huyện ủy, HĐND, UBND huyện và Sở Giáo dục và Đào tạo.',
    },
    {
      section: 'II.2',
      titleVi: 'Nhiệm vụ trọng tâm',
      summaryVi:
        'Nâng cao năng lực, chất lượng, phát triển đội ngũ nhà giáo và cán bộ quản lý, giải quyết thừa, thiếu giáo viên cục bộ; Đề án “Xây dựng xã hội học tập giai đoạn 2021-2030”; ứng dụng công nghệ thông tin và chuyển đổi số.',
    },
    {
      section: 'II.3.3',
      titleVi: 'Tham mưu, xây dựng Kế hoạch trình Ủy ban nhân huyện phê duyệt trong năm 2023',
      summaryVi:
        'Xây dựng kế hoạch thực hiện Đề án phát triển đội ngũ nhà giáo và cán bộ quản lý giai đoạn 2021-2025; kế hoạch Chương trình “Xây dựng mô hình Công dân học tập giai đoạn 2021-2030”; kế hoạch ứng dụng công nghệ thông tin và chuyển đổi số giai đoạn 2022-2025.',
    },
    {
      section: 'III.1',
      titleVi:
        'Tập trung thực hiện linh hoạt, hiệu quả mục tiêu vừa phòng, chống dịch Covid-19, vừa đảm bảo hoàn thành các chỉ tiêu, nhiệm vụ giáo dục',
      summaryVi:
        'Thích ứng an toàn với dịch Covid-19 và thiên tai; Chương trình y tế trường học gắn với y tế cơ sở 2021-2025, tiêm vắc-xin cho học sinh; bảo đảm dạy học trực tiếp và trực tuyến.',
    },
    {
      section: 'III.2',
      titleVi: 'Nâng cao chất lượng giáo dục và đào tạo',
      summaryVi:
        'Chương trình, Đề án GDMN, bán trú an toàn; Chương trình GDPT 2018 lớp 4, lớp 8 năm học 2023-2024; đổi mới quản trị trường học; giáo dục đạo đức, kỹ năng sống, thể chất; khởi nghiệp cho học sinh THCS; công tác Đoàn, Hội, Đội.',
    },
    {
      section: 'III.3',
      titleVi:
        'Nâng cao năng lực, chất lượng, phát triển đội ngũ nhà giáo và cán bộ quản lý giáo dục theo lộ trình. giải quyết hiệu quả, cơ bản tình trạng thừa, thiếu giáo viên cục bộ',
      summaryVi:
        'Đủ số lượng, chuẩn hóa trình độ giáo viên; nâng trình độ chuẩn được đào tạo; Đề án vị trí việc làm; sắp xếp trường lớp; điều chuyển giáo viên nơi thừa sang nơi thiếu; tinh giản biên chế 2022-2025; đánh giá, xếp loại viên chức theo Nghị định 90/2020/NĐ-CP.',
    },
    {
      section: 'III.4',
      titleVi: 'Đẩy mạnh thực hiện Đề án “Xây dựng xã hội học tập giai đoạn 2021-2030”',
      summaryVi:
        'Đa dạng chương trình giáo dục thường xuyên, khuyến học, trung tâm học tập cộng đồng, hướng nghiệp và phân luồng; cùng Hội Khuyến học xây dựng mô hình “Công dân học tập” và đánh giá tại các xã, thị trấn.',
    },
    {
      section: 'III.5',
      titleVi: 'Đẩy mạnh ứng dụng công nghệ thông tin và chuyển đổi số trong giáo dục',
      summaryVi:
        'Văn bản điện tử iOffice ở 100% đơn vị; cổng thông tin điện tử dùng chung; cập nhật cơ sở dữ liệu ngành của Bộ; hội nghị truyền hình; thanh toán không dùng tiền mặt; kho học liệu trực tuyến, hồ sơ điện tử, bài giảng điện tử; kỷ luật, kỷ cương hành chính.',
    },
  ],
  deadlines: [
    {
      section: 'IV.3',
      descriptionVi:
        'Đánh giá, báo cáo tình hình thực hiện chương trình công tác hàng tháng, hàng quý gửi Văn phòng Phòng Giáo dục trước ngày 14 hàng tháng, hàng quý, học kỳ và năm học',
      descriptionEn:
        'Monthly, quarterly, semester and school-year reports on the work programme, sent to the office of the district education office before the 14th',
      due: { kind: 'monthly', day: 14, before: true },
      reporter: 'Các đơn vị trường học',
      recipient: 'Văn phòng Phòng Giáo dục và Đào tạo',
    },
    {
      section: 'IV.4',
      descriptionVi:
        'Tổng kết, đánh giá kết quả thực hiện công tác chỉ đạo, điều hành năm 2023 (đánh giá kết quả đạt được, tồn tại, hạn chế và nguyên nhân), đề xuất nhiệm vụ, giải pháp thực hiện kế hoạch công tác trong năm 2024',
      descriptionEn:
        'Review of the direction and management work in 2023 (results, shortcomings and their causes), with tasks and solutions proposed for 2024, due before 5 November 2023',
      due: { kind: 'date', date: '2023-11-05', before: true },
      reporter: 'Các đơn vị trường học',
      recipient: 'Phòng Giáo dục và Đào tạo (qua Văn phòng Phòng Giáo dục)',
    },
  ],
  targets: TARGETS,
};
