import type { Plan } from '../plan/plan.js';

/** Kế hoạch thực hiện nhiệm vụ trọng tâm năm học 2023-2024, UBND huyện Văn Lãng (Lạng Sơn): eleven task groups, no numeric target. */
export const PLAN_001: Plan = {
  id: '001',
  number: null,
  title: 'Thực hiện nhiệm vụ trọng tâm năm học 2023 - 2024',
  issuer: 'Ủy ban nhân dân huyện Văn Lãng',
  unitCode: '182',
  issuedOn: null,
  signer: { name: 'Bế Thị Vẫn', title: 'KT. Chủ tịch, Phó Chủ tịch' },
  period: '2023-2024',
  theme: 'Đoàn kết, kỷ cương, sáng tạo, tiếp tục đổi mới, nâng cao chất lượng giáo dục và đào tạo',
  source: 'Văn bản công khai (PDF) của UBND huyện Văn Lãng, tỉnh Lạng Sơn; văn bản thuần: data/plans/001.txt',
  taskGroups: [
    {
      section: 'II.1',
      titleVi: 'Nâng cao hiệu lực, hiệu quả trong quản lý nhà nước về giáo dục và đào tạo',
      summaryVi:
        'Rà soát văn bản, đẩy mạnh phân cấp, phân quyền; đổi mới quản trị nhà trường tinh gọn, minh bạch; thực hiện Kế hoạch 84/KH-UBND về Nghị quyết 63-NQ/TU; tự chủ và trách nhiệm giải trình.',
    },
    {
      section: 'II.2',
      titleVi: 'Thực hiện hiệu quả chương trình giáo dục mầm non, giáo dục phổ thông và giáo dục thường xuyên',
      summaryVi:
        'Nâng cao chất lượng Chương trình GDMN, duy trì phổ cập GDMN trẻ 5 tuổi; Chương trình GDPT 2018 ở lớp 1-4 và 6-8; xóa mù chữ, GDTX; công bằng tiếp cận, giáo dục hòa nhập; kiểm định chất lượng, trường chuẩn quốc gia; Kỳ thi tốt nghiệp THPT 2024.',
    },
    {
      section: 'II.3',
      titleVi: 'Nâng cao chất lượng, chuẩn hóa đội ngũ giáo viên và cán bộ quản lý giáo dục các cấp',
      summaryVi:
        'Rà soát biên chế, tuyển dụng hết biên chế được giao, điều tiết giáo viên thừa thiếu cục bộ, đủ giáo viên Ngoại ngữ và Tin học; nâng trình độ chuẩn được đào tạo, bồi dưỡng thường xuyên.',
    },
    {
      section: 'II.4',
      titleVi: 'Bố trí, phân bổ ngân sách nhà nước và huy động, sử dụng hiệu quả các nguồn lực đầu tư cho giáo dục',
      summaryVi:
        'Huy động nguồn lực hợp pháp; ưu tiên cơ sở vật chất, thiết bị cho vùng đặc biệt khó khăn, trường chuẩn quốc gia; dùng nguồn các Chương trình mục tiêu quốc gia; củng cố trường phổ thông dân tộc bán trú.',
    },
    {
      section: 'II.5',
      titleVi: 'Tăng cường công tác giáo dục chính trị, tư tưởng, giáo dục quốc phòng an ninh',
      summaryVi:
        'Giáo dục chính trị, tư tưởng cho đội ngũ; giáo dục lý tưởng, đạo đức, lối sống, văn hóa học đường cho học sinh; phòng, chống bạo lực học đường; giáo dục quốc phòng, an ninh.',
    },
    {
      section: 'II.6',
      titleVi:
        'Tăng cường công tác giáo dục thể chất, hoạt động thể thao, y tế trường học; bảo đảm an toàn trường học, chủ động phòng, chống và ứng phó hiệu quả với thiên tai, dịch bệnh',
      summaryVi:
        'Giáo dục thể chất, y tế trường học, bữa ăn dinh dưỡng và an toàn thực phẩm; cơ sở dữ liệu sức khỏe học đường; Chương trình Sức khỏe học đường; Hội khỏe Phù Đổng năm 2024.',
    },
    {
      section: 'II.7',
      titleVi:
        'Hội nhập quốc tế trong giáo dục; nâng cao chất lượng đào tạo nhân lực gắn với nghiên cứu khoa học và đổi mới sáng tạo',
      summaryVi:
        'Quy hoạch mạng lưới cơ sở giáo dục; hợp tác với trung tâm ngoại ngữ có giáo viên nước ngoài và doanh nghiệp; kiểm định chất lượng, quản lý văn bằng; quản lý liên kết giáo dục và tư vấn du học.',
    },
    {
      section: 'II.8',
      titleVi: 'Đẩy mạnh chuyển đổi số, cải cách hành chính trong toàn ngành',
      summaryVi:
        'Hạ tầng và kỹ năng công nghệ thông tin; dịch vụ công trực tuyến; kho học liệu số dùng chung; dự án hệ thống cơ sở dữ liệu ngành và trung tâm điều hành giáo dục tỉnh Lạng Sơn, kết nối với cơ sở dữ liệu của tỉnh và quốc gia.',
    },
    {
      section: 'II.9',
      titleVi: 'Tăng cường công tác thanh tra, kiểm tra và xử lý vi phạm trong lĩnh vực giáo dục và đào tạo',
      summaryVi:
        'Thanh tra trách nhiệm người đứng đầu cơ sở giáo dục, việc thực hiện Chương trình GDPT 2018, sách giáo khoa, dạy thêm học thêm, sử dụng cơ sở vật chất, các khoản thu ngoài ngân sách, công khai và dân chủ cơ sở.',
    },
    {
      section: 'II.10',
      titleVi: 'Tiếp tục thực hiện các cuộc vận động, phong trào thi đua trong toàn ngành',
      summaryVi:
        'Phong trào “Đổi mới, sáng tạo trong quản lý, giảng dạy và học tập”, “Cả nước xây dựng xã hội học tập”, “Vì người nghèo”, “Trường học hạnh phúc”; khen thưởng, nhân rộng điển hình tiên tiến.',
    },
    {
      section: 'II.11',
      titleVi: 'Tăng cường công tác truyền thông giáo dục',
      summaryVi:
        'Chủ động thông tin về chủ trương, chính sách mới của ngành; đổi mới nội dung, phương thức truyền thông; xử lý các vấn đề dư luận xã hội quan tâm.',
    },
  ],
  deadlines: [],
  targets: [],
};
