import type { SeriesTarget } from '../data/site-data.js';
import type { Lang } from './lang.js';

/** A worked example of attainment: a target, an observed value (null: none yet) and the verdict the rules give. */
export interface AttainmentExample {
  target: SeriesTarget;
  observed: number | null;
  result: 'met' | 'not_met' | 'no_data';
}

/** The boundaries a reader asks about, the same in both languages. */
export const ATTAINMENT_EXAMPLES: readonly AttainmentExample[] = [
  { target: { comparator: 'gt', value: 98, valueMax: null, unit: 'percent' }, observed: 98.1, result: 'met' },
  { target: { comparator: 'gt', value: 98, valueMax: null, unit: 'percent' }, observed: 98, result: 'not_met' },
  { target: { comparator: 'lt', value: 1, valueMax: null, unit: 'percent' }, observed: 0.9, result: 'met' },
  { target: { comparator: 'lte', value: 5, valueMax: null, unit: 'percent' }, observed: 5, result: 'met' },
  { target: { comparator: 'between', value: 1, valueMax: 2, unit: 'count' }, observed: 2, result: 'met' },
  { target: { comparator: 'gt', value: 99, valueMax: null, unit: 'percent' }, observed: null, result: 'no_data' },
];

/** A section of the methodology page: headings, paragraphs and examples, in one language. */
export interface MethodSection {
  id: string;
  title: string;
  paragraphs: string[];
  examples?: readonly AttainmentExample[];
  list?: string[];
}

const VI: MethodSection[] = [
  {
    id: 'attainment',
    title: 'Đạt hay không đạt',
    paragraphs: [
      'Mỗi chỉ tiêu gồm một chỉ số, một đơn vị, một cấp học, một năm, một phép so sánh (trên, từ, dưới, không quá, bằng, trong khoảng) và một giá trị, lấy nguyên văn từ kế hoạch và ghi rõ mục. Kết quả thực hiện cùng chỉ số, đơn vị, cấp học và năm được so với chỉ tiêu; việc đánh giá do máy tính thực hiện, không ai nhập tay.',
      '"Trên" và "dưới" không tính giá trị bằng; "từ", "không quá" và khoảng "01-02" tính cả giá trị ở biên. Khi chưa có kết quả, chỉ tiêu được ghi "Chưa có số liệu", không bao giờ bị tính là không đạt.',
      'Chênh lệch là khoảng cách giữa kết quả và ngưỡng của chỉ tiêu, mang dấu dương khi ở phía tốt. Chênh lệch giữa hai tỷ lệ tính bằng điểm phần trăm.',
      'Khi kế hoạch nêu cả một phân bố, ví dụ "Tốt 20% / Đạt 80% / Cần cố gắng 0%", mức tốt nhất được đánh giá là "từ" và mức kém nhất là "không quá". Mức ở giữa ("Đạt 80%") chỉ thể hiện tỷ lệ kế hoạch dự kiến: huyện vượt mức tốt nhất thì tất yếu lệch khỏi mức giữa. Vì vậy mức giữa được ghi "Không đánh giá riêng", có kết quả nhưng không có chênh lệch, và không được tính là đạt hay không đạt.',
    ],
    examples: ATTAINMENT_EXAMPLES,
  },
  {
    id: 'aggregates',
    title: 'Số liệu tổng hợp',
    paragraphs: [
      'Tỷ lệ của một tỉnh được tính lại từ tổng tử số và tổng mẫu số của các huyện, không lấy trung bình cộng các tỷ lệ của huyện: một huyện đông dân có trọng số lớn hơn một huyện ít dân.',
      'Số lượng (học sinh, trường, xã) được cộng. Mức độ (phổ cập giáo dục mức độ 3, kiểm định cấp độ 2) không được cộng hay lấy trung bình giữa các đơn vị.',
    ],
  },
  {
    id: 'statuses',
    title: 'Trạng thái số liệu',
    paragraphs: [
      'Mỗi kết quả đi qua các bước: bản nháp, đã gửi, đã duyệt và đã công bố. Trang ghi trạng thái và ngày của từng con số.',
      'Khi một con số được sửa, bản sửa là một lần sửa mới; con số cũ không bị ghi đè. Lịch sử sửa đổi, ngày và lý do sửa hiện ngay bên cạnh con số.',
      'Khi một chỉ tiêu không đạt, lời giải trình của huyện (nếu có) hiện bên cạnh kết quả.',
    ],
  },
  {
    id: 'reform',
    title: 'Sắp xếp đơn vị hành chính năm 2025',
    paragraphs: [
      'Từ ngày 01/7/2025, Việt Nam bỏ cấp huyện và hợp nhất tỉnh (từ 63 còn 34 tỉnh, thành phố). Các kế hoạch trên trang được ban hành trước đó, cho các huyện nay không còn.',
      'Trang giữ các huyện như đơn vị lịch sử với mã của Tổng cục Thống kê, nên mọi truy vấn về một huyện cũ vẫn chạy. Trang của mỗi huyện cho biết địa bàn của huyện nay thuộc những xã, phường và tỉnh nào.',
      'Danh mục đơn vị hành chính lấy từ danh mục của Tổng cục Thống kê (trạng thái 01/05/2024 và 01/03/2025) và danh sách 3.321 xã, phường mới theo Công văn 1027/CTK-CSCL cùng các nghị quyết 1654 đến 1687/NQ-UBTVQH15. Bảng đối chiếu cũ – mới được tổng hợp từ các nghị quyết đó, không phải văn bản chính thức.',
    ],
  },
  {
    id: 'demo-data',
    title: 'Số liệu minh họa',
    paragraphs: [
      'Chỉ tiêu trên trang là thật: lấy nguyên văn từ năm kế hoạch công khai của các Phòng Giáo dục và Đào tạo, Ủy ban nhân dân huyện, kèm mục và câu gốc.',
      'Kết quả thực hiện hiện chưa được các huyện nhập. Để trang có thể hoạt động, các kết quả được sinh tự động bằng chương trình và được đánh dấu là minh họa: mọi trang có số liệu như vậy đều mang thông báo "Số liệu minh họa", và mỗi con số mang nhãn "minh họa". Không được dùng các con số này như số liệu thật.',
      'Cũng vậy, vài chỉ tiêu không đạt của Cầu Ngang và Duyên Hải có giải trình (nguyên nhân, giải pháp) do chương trình viết, mang nhãn "minh họa" và bắt đầu bằng "Số liệu minh họa:", để thấy giải trình của huyện hiện ra thế nào bên cạnh chỉ tiêu.',
      'Khi huyện nhập kết quả thật (qua API hoặc tệp Excel), chúng thay thế số liệu minh họa và nhãn biến mất.',
    ],
  },
];

const EN: MethodSection[] = [
  {
    id: 'attainment',
    title: 'Met or not met',
    paragraphs: [
      'A target is an indicator, a unit, a level, a year, a comparator (above, at least, below, at most, equal to, between) and a value, quoted from the plan with its section. The result for the same indicator, unit, level and year is set against it; the judgement is computed, never entered by hand.',
      '“Above” and “below” exclude the value itself; “at least”, “at most” and ranges such as “01-02” include their bounds. A target without a result is shown as “No data”, never counted as not met.',
      'The margin is the distance between the result and the target’s threshold, positive on the good side. A margin between two rates is in percentage points.',
      'When a plan states a whole distribution, such as “Tốt 20% / Đạt 80% / Cần cố gắng 0%” (good / passing / needs effort), the best band is judged as “at least” and the worst as “at most”. A middle band (“Đạt 80%”) only shows the plan’s expected split: a district that beats the best band necessarily moves away from it. So a middle band is shown as “Not assessed on its own”, with its result but no margin, and is counted neither as met nor as not met.',
    ],
    examples: ATTAINMENT_EXAMPLES,
  },
  {
    id: 'aggregates',
    title: 'Aggregates',
    paragraphs: [
      'A province’s rate is recomputed from its districts’ summed numerators and denominators, never averaged from district rates: a populous district weighs more than a small one.',
      'Counts (pupils, schools, communes) are summed. Ordinal levels (universalisation level 3, accreditation level 2) are never summed or averaged across units.',
    ],
  },
  {
    id: 'statuses',
    title: 'Data statuses',
    paragraphs: [
      'Every result passes through draft, submitted, approved and published. The site gives each figure’s status and date.',
      'A corrected figure is a new revision; the old value is never overwritten. The revision history, with dates and reasons, is shown beside the figure.',
      'When a target is missed, the district’s explanation, if it gave one, is shown beside the result.',
    ],
  },
  {
    id: 'reform',
    title: 'The 2025 administrative reform',
    paragraphs: [
      'On 1 July 2025 Vietnam abolished the district level and merged provinces (63 became 34). The plans on this site were issued earlier, for districts that no longer exist.',
      'The site keeps districts as historical units with their General Statistics Office codes, so queries about an old district keep working. Each district page says which communes, wards and provinces its area now belongs to.',
      'The unit lists come from the General Statistics Office (states of 1 May 2024 and 1 March 2025) and the list of 3,321 new communes in Official Letter 1027/CTK-CSCL with resolutions 1654 to 1687/NQ-UBTVQH15. The old-to-new mapping is derived from those resolutions; it is not an official document.',
    ],
  },
  {
    id: 'demo-data',
    title: 'Illustrative figures (số liệu minh họa)',
    paragraphs: [
      'The targets are real: quoted from five public plans of district education offices and district People’s Committees, with their sections and original sentences.',
      'Districts have not yet entered their results. So that the site works, results are generated by a program and flagged as illustrative: every page showing such figures carries the “Số liệu minh họa” notice, and each figure carries an “illustrative” label. Do not use these figures as real data.',
      'Likewise, a few missed targets of Cầu Ngang and Duyên Hải have an explanation (cause and remedy) written by the program, labelled “illustrative” and starting with “Illustrative:”, to show how a district’s explanation appears beside its target.',
      'When districts enter real results (through the API or an Excel file), they replace the illustrative figures and the labels disappear.',
    ],
  },
];

/** The methodology page's content in the page's language. */
export function methodology(lang: Lang): MethodSection[] {
  return lang === 'vi' ? VI : EN;
}
