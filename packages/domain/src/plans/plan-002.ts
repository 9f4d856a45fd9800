import type { Plan } from '../plan/plan.js';
import { planTargets } from './plan-target.js';

const PLAN = { id: '002', unitCode: '295', period: '2023' };

const SCHOOL_YEAR_OPENING = { eventVi: 'ngày khai giảng', eventEn: 'the opening of the school year' } as const;

/**
 * Kế hoạch tổ chức thực hiện Kết luận của Bí thư Tỉnh ủy (Thông báo 502-TB/VPTU ngày 17/8/2023), UBND huyện Cẩm Giàng (Hải Dương).
 * The text gives no number or date; its deadlines fall in September 2023, so its period is the calendar year 2023.
 */
export const PLAN_002: Plan = {
  id: PLAN.id,
  number: null,
  title:
    'Tổ chức thực hiện Kết luận của đồng chí Bí thư Tỉnh ủy tại Hội nghị tiếp xúc, đối thoại với cán bộ, công chức, viên chức lĩnh vực Giáo dục và Đào tạo',
  issuer: 'Ủy ban nhân dân huyện Cẩm Giàng',
  unitCode: PLAN.unitCode,
  issuedOn: null,
  signer: { name: 'Nguyễn Văn Công', title: 'KT. Chủ tịch, Phó Chủ tịch' },
  period: PLAN.period,
  theme: null,
  source: 'Văn bản công khai (PDF) của Ủy ban nhân dân huyện Cẩm Giàng, tỉnh Hải Dương; văn bản thuần: data/plans/002.txt',
  taskGroups: [
    {
      section: 'II.1',
      titleVi:
        'Tăng cường các giải pháp nâng cao chất lượng đội ngũ cán bộ quản lý, giáo viên, nhân viên ngành giáo dục, thu hút đội ngũ giáo viên giỏi về công tác tại huyện',
    },
    {
      section: 'II.2',
      titleVi:
        'Tích cực đầu tư cơ sở vật chất trường học đảm bảo các tiêu chí trường đạt chuẩn quốc gắn với mục tiêu xây dựng Nông thôn mới nâng cao, Nông thôn mới kiểu mẫu của từng địa phương',
    },
    {
      section: 'II.3',
      titleVi: 'Tăng cường công tác chính trị, tư tưởng đối với nhà giáo giáo dục đạo đức, lối sống, kỹ năng sống cho học sinh',
    },
    {
      section: 'II.4',
      titleVi: 'Tập trung các giải pháp nâng cao chất lượng giáo dục toàn diện, chất lượng PCGD',
    },
    {
      section: 'II.5',
      titleVi:
        'Đẩy mạnh xã hội hóa, huy động các nguồn lực ngoài ngân sách để đầu tư cho giáo dục và đào tạo; tham mưu xây dựng cơ chế chính sách thu hút đầu tư phát triển giáo dục đào tạo',
    },
    {
      section: 'III.1',
      titleVi: 'Tăng cường công tác tuyên truyền về tiếp tục thực hiện đổi mới căn bản, toàn diện giáo dục và đào tạo',
      summaryVi:
        'Tuyên truyền, quán triệt Nghị quyết 29-NQ/TW, Kết luận 51-KL/TW, Nghị quyết Đại hội Đảng bộ huyện lần thứ XXVI và Thông báo 502-TB/VPTU; truyền thông về Chương trình giáo dục phổ thông 2018, Luật Giáo dục 2019; xã hội hóa giáo dục.',
    },
    {
      section: 'III.2',
      titleVi:
        'Đẩy mạnh công tác giáo dục lý tưởng cách mạng, chú trọng giáo dục nhân cách, đạo đức, lối sống, kiến thức pháp luật và ý thức công dân trong các nhà trường',
      summaryVi:
        'Chỉ thị 31/CT-TTg về giáo dục đạo đức, lối sống; Kết luận 01-KL/TW; Kế hoạch 80/KH-UBND; Chương trình giáo dục phổ thông 2018; trường học an toàn, văn hóa trường học; phối hợp nhà trường, gia đình và xã hội.',
    },
    {
      section: 'III.3',
      titleVi:
        'Nâng cao chất lượng đào tạo nguồn nhân lực đáp ứng yêu cầu phát triển kinh tế - xã hội của địa phương và xu hướng hội nhập quốc tế; tiếp tục phân luồng học sinh sau trung học cơ sở',
      summaryVi:
        'Chiến lược phát triển giáo dục nghề nghiệp 2021-2030; đổi mới Trung tâm GDNN - GDTX huyện; Đề án hướng nghiệp và phân luồng học sinh 2018-2025; giáo dục STEM, lớp học và trường học thông minh, trường học hạnh phúc.',
    },
    {
      section: 'III.4',
      titleVi:
        'Nâng cao chất lượng đội ngũ nhà giáo và cán bộ quản lý giáo dục; bảo đảm các điều kiện để thực hiện tốt chương trình giáo dục phổ thông và sách giáo khoa mới',
      summaryVi:
        'Tinh giản biên chế, sắp xếp đủ giáo viên, ưu tiên Ngoại ngữ và Tin học; nâng chuẩn trình độ theo Kế hoạch 4808/KH-UBND; lựa chọn sách giáo khoa; rà soát mạng lưới trường lớp, sĩ số; bảo đảm tỷ lệ chi, trường lớp học 2 buổi/ngày; chuyển đổi số.',
    },
    {
      section: 'III.5',
      titleVi:
        'Tiếp tục đổi mới công tác quản lý; đẩy mạnh công tác kiểm tra, thanh tra, giám sát; ngăn chặn, xử lý nghiêm những tiêu cực trong hoạt động giáo dục và đào tạo',
      summaryVi:
        'Cải cách hành chính, phân cấp, tự chủ của nhà trường; xã hội hóa giáo dục, quỹ học bổng, khuyến học; tự chủ tài chính của cơ sở công lập; đối thoại hằng năm với giáo viên, học sinh; thanh tra, kiểm tra trọng tâm, trọng điểm.',
    },
  ],
  deadlines: [
    {
      section: 'IV.1.1',
      descriptionVi:
        'phổ biến, quán triệt các nhiệm vụ, giải pháp tại Thông báo số 502-TB/VPTU ngày 17/8/2023 của Văn phòng Tỉnh ủy',
      descriptionEn: 'Brief all staff, teachers, pupils and residents on the tasks of Notice 502-TB/VPTU and on this plan',
      due: { kind: 'date', date: '2023-09-20', before: true },
      reporter: 'Phòng Giáo dục và Đào tạo',
    },
    {
      section: 'IV.1.3',
      descriptionVi: 'Trước khai giảng và cuối năm học kiểm tra, rà soát cơ sở vật chất các trường học',
      descriptionEn: 'Before the school year opens: check school buildings and report the investment needed to the district People\'s Committee',
      due: { kind: 'yearly_event', ...SCHOOL_YEAR_OPENING, before: true },
      reporter: 'Phòng Giáo dục và Đào tạo',
      recipient: 'Ủy ban nhân dân huyện',
    },
    {
      section: 'IV.1.3',
      descriptionVi: 'Trước khai giảng và cuối năm học kiểm tra, rà soát cơ sở vật chất các trường học',
      descriptionEn: 'At the end of the school year: check school buildings and report the investment needed to the district People\'s Committee',
      due: { kind: 'yearly_event', eventVi: 'cuối năm học', eventEn: 'the end of the school year', before: false },
      reporter: 'Phòng Giáo dục và Đào tạo',
      recipient: 'Ủy ban nhân dân huyện',
    },
    {
      section: 'IV.2',
      descriptionVi: 'xây dựng kế hoạch biên chế sự nghiệp giáo dục đào tạo tham mưu UBND huyện trình các cấp có thẩm quyền xem xét, phê duyệt trước tháng 12 hằng năm',
      descriptionEn: 'Staffing plan for education, submitted for approval before December every year',
      due: { kind: 'yearly', month: 12, before: true },
      reporter: 'Phòng Nội vụ',
      recipient: 'Ủy ban nhân dân huyện',
    },
    {
      section: 'IV.2',
      descriptionVi:
        'xây dựng phương án tinh giản biên chế trong ngành giáo dục và đào tạo theo hướng dẫn trước ngày khai giảng hàng năm',
      descriptionEn: 'Plan for streamlining staff in education, before the school year opens every year',
      due: { kind: 'yearly_event', ...SCHOOL_YEAR_OPENING, before: true },
      reporter: 'Phòng Nội vụ',
      recipient: 'Ủy ban nhân dân huyện',
    },
    {
      section: 'IV.3',
      descriptionVi:
        'tham mưu tổ chức Hội nghị phân bổ ngân sách cho giáo dục, đảm bảo tỉ lệ chi ngân sách theo quy định hiện hành chậm nhất vào tháng 11 hằng năm',
      descriptionEn: 'Conference allocating the education budget, by November every year at the latest',
      due: { kind: 'yearly', month: 11, before: false },
      reporter: 'Phòng Tài chính - Kế hoạch',
      recipient: 'Ủy ban nhân dân huyện',
    },
    {
      section: 'IV.9',
      descriptionVi:
        'đẩy mạnh công tác tuyên truyền, vận động quần chúng Nhân dân tích cực hưởng ứng và tham gia thực hiện Kế hoạch thực hiện trước ngày 20/9/2023',
      descriptionEn: 'Campaign among residents in support of the plan, before 20 September 2023',
      due: { kind: 'date', date: '2023-09-20', before: true },
      reporter: 'Ủy ban Mặt trận Tổ quốc huyện, Ban Tuyên giáo Huyện uỷ, các tổ chức đoàn thể cấp huyện',
    },
    {
      section: 'IV.10',
      descriptionVi: 'báo cáo UBND huyện trước ngày 30/9/2023',
      descriptionEn: 'Report to the district People\'s Committee before 30 September 2023',
      due: { kind: 'date', date: '2023-09-30', before: true },
      reporter: 'UBND các xã, thị trấn và các trường học trên địa bàn huyện',
      recipient: 'Ủy ban nhân dân huyện',
    },
  ],
  targets: planTargets(PLAN, [
    {
      section: 'IV.3',
      indicator: 'teaching_spending_share',
      level: 'all',
      wording: 'tối thiểu 19%',
      quote:
        'tham mưu bổ sung ngân sách chi thường xuyên cho các cơ sở giáo dục để đảm bảo chi cho hoạt động giảng dạy và học tập đạt tỷ lệ tối thiểu 19% trong tổng chi thường xuyên (chưa kể chi từ nguồn thu học phí) theo quy định tại Quyết định số 30/2021/QĐ-TTg ngày 10/10/2021 của Thủ tướng Chính phủ;',
      comparator: 'gte',
      value: 19,
      unit: 'percent',
      note: 'Việc của Phòng Tài chính - Kế hoạch; áp dụng hằng năm.',
    },
  ]),
};
