import type { Plan } from '../plan/plan.js';
import { planTargets } from './plan-target.js';

const TARGETS = planTargets({ id: '004', unitCode: '783', period: '2023-2024' }, [
  {
    indicator: 'integrated_programme_school_count',
    level: 'all',
    section: 'II.9',
    wording: 'tại 02 trường',
    quote:
      'Tiếp tục thực hiện có hiệu quả Đề án phổ cập và nâng cao năng lực sử dụng tiếng Anh cho học sinh phổ thông; Chương trình “Dạy và học Toán, Khoa học và Tiếng Anh tích hợp chương trình Anh và Việt Nam” tại 02 trường: Trường Tiểu học Thị Trấn Củ Chi và Trường Trung học cơ sở Thị Trấn 2; tiếp tục mở rộng việc dạy các ngoại ngữ khác tùy theo nhu cầu của học sinh và điều kiện cơ sở vật chất, đội ngũ giáo viên của từng đơn vị.',
    comparator: 'gte',
    value: 2,
    unit: 'count',
    note: 'Một trường tiểu học và một trường THCS, nêu tên trong kế hoạch',
  },
  {
    indicator: 'digital_education_system_school_share',
    level: 'all',
    period: '2024-2025',
    section: 'II.12',
    wording: '100% cơ sở giáo dục phổ thông',
    quote:
      'Chương trình giáo dục thông minh: hoàn thiện “Nội dung Giáo dục thông minh trong Giáo dục phổ thông, Giáo dục thường xuyên theo hướng hiện đại”; Công trình 100% cơ sở giáo dục phổ thông trên địa bàn huyện hoàn thiện hệ thống giáo dục số.',
    comparator: 'gte',
    value: 100,
    unit: 'percent',
    note: 'Cơ sở giáo dục phổ thông (tiểu học, THCS, THPT) trên địa bàn huyện; công trình thi đua chào mừng 50 năm Ngày Giải phóng miền Nam (30/4/2025)',
  },
  {
    indicator: 'disadvantaged_pupils_schooling_rate',
    level: 'all',
    section: 'III.2',
    wording: '100% học sinh',
    quote:
      'Tăng cường các giải pháp về chính sách xã hội nhằm đảm bảo 100% học sinh thuộc diện gia đình khó khăn có điều kiện đến trường; chăm lo đời sống vật chất và tinh thần cho đội ngũ giáo viên, cán bộ, nhân viên ngành Giáo dục và Đào tạo huyện.',
    comparator: 'gte',
    value: 100,
    unit: 'percent',
    note: 'Nhiệm vụ của các phòng, ban chuyên môn huyện',
  },
]);

/** Kế hoạch triển khai nhiệm vụ, giải pháp trọng tâm năm học 2023-2024, UBND huyện Củ Chi (TP Hồ Chí Minh), 19/9/2023. */
export const PLAN_004: Plan = {
  id: '004',
  number: null,
  title: 'Triển khai nhiệm vụ, giải pháp trọng tâm năm học 2023-2024 của ngành Giáo dục và Đào tạo huyện Củ Chi',
  issuer: 'Ủy ban nhân dân huyện Củ Chi',
  unitCode: '783',
  issuedOn: '2023-09-19',
  signer: { name: 'Nguyễn Thị Hằng', title: 'KT. Chủ tịch' },
  period: '2023-2024',
  theme: 'Đoàn kết, kỷ cương, đổi mới, sáng tạo, hoàn thành tốt các nhiệm vụ và mục tiêu đổi mới, nâng cao chất lượng giáo dục và đào tạo',
  source: 'Văn bản công khai (PDF) của UBND huyện Củ Chi, Thành phố Hồ Chí Minh; văn bản thuần: data/plans/004.txt',
  taskGroups: [
    {
      section: 'II.1',
      titleVi: 'Tăng cường phân cấp, phân quyền trong quản lý; giao quyền tự chủ cho các cơ sở giáo dục công lập',
      summaryVi:
        'Đổi mới quản lý trường học theo hướng chủ động, linh hoạt, tự chủ của nhà trường, tổ chuyên môn và giáo viên; triển khai Nghị định 24/2021/NĐ-CP về quản lý cơ sở giáo dục công lập.',
    },
    {
      section: 'II.2',
      titleVi: 'Thực hiện hiệu quả chương trình giáo dục mầm non, giáo dục phổ thông và giáo dục thường xuyên',
      summaryVi:
        'An toàn tuyệt đối cho trẻ mầm non, duy trì phổ cập GDMN trẻ 5 tuổi; Chương trình GDPT 2018 ở lớp 1-4, 6-8, 10-11; xóa mù chữ, GDTX; giáo dục hòa nhập; kiểm định chất lượng, trường chuẩn quốc gia; các kỳ khảo sát, tuyển sinh, thi học sinh giỏi, Kỳ thi tốt nghiệp THPT 2024.',
    },
    {
      section: 'II.3',
      titleVi: 'Nâng cao chất lượng, chuẩn hóa đội ngũ giáo viên và cán bộ quản lý giáo dục các cấp',
      summaryVi:
        'Tuyển dụng đủ số lượng, điều tiết giáo viên thừa thiếu cục bộ, đủ giáo viên Ngoại ngữ và Tin học; nâng trình độ chuẩn được đào tạo theo Nghị định 71/2020/NĐ-CP; bồi dưỡng thường xuyên.',
    },
    {
      section: 'II.4',
      titleVi:
        'Tăng cường đầu tư cơ sở vật chất đảm bảo thực hiện chương trình giáo dục mầm non và giáo dục phổ thông; thu hút và sử dụng hiệu quả các nguồn lực đầu tư cho giáo dục đảm bảo thực hiện có hiệu quả Chương trình Giáo dục phổ thông 2018',
      summaryVi:
        'Huy động nguồn lực hợp pháp, thiết bị dạy học tối thiểu; kiểm tra cơ sở ngoài công lập; rà soát quy hoạch mạng lưới trường và quỹ đất giáo dục gần khu công nghiệp; thực hiện Nghị quyết 35/NQ-CP.',
    },
    {
      section: 'II.5',
      titleVi: 'Tăng cường công tác chính trị, giáo dục quốc phòng an ninh đối với nhà giáo và học sinh',
      summaryVi:
        'Giáo dục chính trị, tư tưởng; “Xây dựng không gian văn hóa Hồ Chí Minh”; văn hóa học đường, phòng, chống bạo lực học đường; bồi dưỡng kiến thức quốc phòng và an ninh.',
    },
    {
      section: 'II.6',
      titleVi: 'Xây dựng mô hình trường học hạnh phúc',
      summaryVi:
        'Triển khai bộ tiêu chí “Trường học hạnh phúc” của Sở đến mọi cơ sở giáo dục; thí điểm mô hình vinh danh học sinh tại Trường Tiểu học Thị Trấn Củ Chi và Trường THCS Tân Phú Trung.',
    },
    {
      section: 'II.7',
      titleVi:
        'Tăng cường công tác giáo dục thể chất, hoạt động thể thao, y tế trường học; bảo đảm an toàn trường học, chủ động phòng, chống và ứng phó hiệu quả với thiên tai, dịch bệnh',
      summaryVi:
        'Giáo dục thể chất, y tế trường học, bữa ăn dinh dưỡng và an toàn thực phẩm; cơ sở dữ liệu sức khỏe học đường; Chương trình Sức khỏe học đường và Y tế trường học giai đoạn 2021-2025.',
    },
    {
      section: 'II.8',
      titleVi: 'Nâng cao chất lượng đào tạo nhân lực',
      summaryVi:
        'Thực hiện Nghị quyết 87/NQ-CP và Nghị quyết 98/2023/QH15; hội thảo với trường chất lượng cao; kiểm định chất lượng, trường chuẩn quốc gia theo kế hoạch; Đề án Giáo dục thông minh và Đề án Tin học theo chuẩn quốc tế.',
    },
    {
      section: 'II.9',
      titleVi: 'Hội nhập quốc tế trong giáo dục',
      summaryVi:
        'Đề án tiếng Anh cho học sinh phổ thông; Chương trình tích hợp Toán, Khoa học và Tiếng Anh tại Trường Tiểu học Thị Trấn Củ Chi và Trường THCS Thị Trấn 2; mô hình “trường tiên tiến, hội nhập quốc tế” tại Trường Mầm non Thị Trấn Củ Chi 2.',
    },
    {
      section: 'II.10',
      titleVi: 'Đẩy mạnh chuyển đổi số, cải cách hành chính trong toàn ngành',
      summaryVi:
        'Cơ sở dữ liệu ngành kết nối với cơ sở dữ liệu quốc gia; dịch vụ công trực tuyến, một cửa liên thông; kho học liệu số, ngân hàng câu hỏi trực tuyến, khóa học trực tuyến dùng chung; học bạ điện tử các cấp học trên toàn huyện.',
    },
    {
      section: 'II.11',
      titleVi: 'Tăng cường công tác thanh tra, kiểm tra và xử lý vi phạm trong lĩnh vực giáo dục và đào tạo',
      summaryVi:
        'Thanh tra trách nhiệm quản lý nhà nước về giáo dục, kết quả năm học 2022-2023, Chương trình GDPT 2018; kiểm tra cơ sở có yếu tố nước ngoài, trung tâm ngoại ngữ, tin học, dạy thêm học thêm, quy chế chuyên môn, sử dụng cơ sở vật chất.',
    },
    {
      section: 'II.12',
      titleVi: 'Tiếp tục thực hiện các phong trào thi đua trong toàn Ngành',
      summaryVi:
        'Phong trào “Đổi mới, sáng tạo trong quản lý, giảng dạy và học tập”, “Cả nước xây dựng xã hội học tập”; công trình thi đua chào mừng 50 năm Ngày Giải phóng miền Nam: giáo dục thông minh, 100% cơ sở giáo dục phổ thông hoàn thiện hệ thống giáo dục số.',
    },
    {
      section: 'II.13',
      titleVi: 'Tăng cường công tác truyền thông giáo dục',
      summaryVi:
        'Chủ động thông tin về chủ trương, chính sách mới và đổi mới căn bản, toàn diện giáo dục; xử lý hiệu quả các vấn đề xã hội quan tâm.',
    },
  ],
  deadlines: [
    {
      section: 'III.4',
      descriptionVi: 'Hoàn thiện và báo cáo về Ủy ban nhân dân huyện',
      descriptionEn: "Finalise and report the school's education plan to the district People's Committee (through the district education office)",
      due: { kind: 'date', date: '2023-09-20', before: true },
      reporter: 'Các cơ sở giáo dục trên địa bàn huyện',
      recipient: 'Ủy ban nhân dân huyện (qua Phòng Giáo dục và Đào tạo huyện)',
    },
    {
      section: 'III.4',
      descriptionVi: 'báo cáo sơ kết thực hiện nhiệm vụ',
      descriptionEn: 'Mid-year review report on the tasks',
      due: { kind: 'date', date: '2024-01-10', before: true },
      reporter: 'Các cơ sở giáo dục trên địa bàn huyện',
      recipient: 'Ủy ban nhân dân huyện (qua Phòng Giáo dục và Đào tạo huyện)',
    },
    {
      section: 'III.4',
      descriptionVi: 'báo cáo tổng kết thực hiện nhiệm vụ',
      descriptionEn: 'Year-end review report on the tasks',
      due: { kind: 'date', date: '2024-06-10', before: true },
      reporter: 'Các cơ sở giáo dục trên địa bàn huyện',
      recipient: 'Ủy ban nhân dân huyện (qua Phòng Giáo dục và Đào tạo huyện)',
    },
  ],
  targets: TARGETS,
};
