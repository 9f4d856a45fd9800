import type { Indicator, IndicatorTheme, Plan, Target } from '@edu-vn/domain';
import type { Figure } from './demo-observations.values.js';
import { RECORDED_BY, type DemoObservation } from './demo-observations.js';

/** Plans whose missed targets get illustrative explanations: Cầu Ngang (000) and Duyên Hải (003). */
export const EXPLAINED_PLANS = ['000', '003'] as const;

/** At most this many explanations per plan, one per theme, so the demonstration shows a few and not every miss. */
export const EXPLANATIONS_PER_PLAN = 4;

/** Every generated explanation text starts with these words, in its language. */
export const ILLUSTRATIVE_PREFIX = { vi: 'Số liệu minh họa:', en: 'Illustrative:' } as const;

/** A generated explanation of a missed target, flagged illustrative, in Vietnamese and English. */
export interface DemoExplanation {
  targetId: string;
  cause: string;
  remedy: string;
  causeEn: string;
  remedyEn: string;
  recordedAt: string;
  recordedBy: string;
  illustrative: true;
}

type Lang = 'vi' | 'en';

/** What the generator needs: the plans, the catalogue, the generated figures and the domain's rules. */
export interface DemoExplanationInputs {
  plans: readonly Plan[];
  indicators: readonly Indicator[];
  observations: readonly DemoObservation[];
  /** Domain attainment: whether a figure misses a target judged on its own. */
  misses(target: Target, figure: Figure): boolean;
  /** Domain number formatting: "98,5" in Vietnamese, "98.5" in English. */
  formatNumber(value: number, lang: Lang): string;
}

interface ThemeWords {
  cause: Record<Lang, string>;
  remedy: Record<Lang, string>;
}

/** A plausible cause and remedy for each theme, in plain words; only ever shown as illustrative. */
const THEME_WORDS: Record<IndicatorTheme, ThemeWords> = {
  access: {
    cause: {
      vi: 'Một số gia đình đi làm ăn xa mang theo con, nên số trẻ ra lớp thấp hơn dự kiến.',
      en: 'Some families moved away for work and took their children with them, so fewer children enrolled than planned.',
    },
    remedy: {
      vi: 'Phối hợp với xã, ấp rà soát từng trẻ trong độ tuổi và vận động gia đình cho trẻ đi học.',
      en: 'Work with the communes and hamlets to check every child of the age and encourage families to send them to school.',
    },
  },
  efficiency: {
    cause: {
      vi: 'Một số học sinh có hoàn cảnh khó khăn nghỉ học dài ngày, học chưa theo kịp chương trình.',
      en: 'Some pupils from poor households missed long stretches of school and fell behind.',
    },
    remedy: {
      vi: 'Giáo viên chủ nhiệm theo dõi từng học sinh có nguy cơ, phụ đạo học sinh yếu và phối hợp với gia đình.',
      en: 'Form teachers follow each pupil at risk, give extra lessons to those who struggle, and work with their families.',
    },
  },
  quality: {
    cause: {
      vi: 'Kết quả học tập chưa đồng đều giữa các trường; một số lớp đông học sinh và thiếu giáo viên bộ môn.',
      en: 'Results still differ between schools; some classes are large and short of subject teachers.',
    },
    remedy: {
      vi: 'Bồi dưỡng giáo viên, tăng dự giờ, kèm thêm học sinh chưa đạt và kiểm tra lại vào cuối học kỳ.',
      en: 'Train teachers, observe more lessons, give extra help to pupils who fall short, and check again at the end of the term.',
    },
  },
  wellbeing: {
    cause: {
      vi: 'Một số gia đình khó khăn chưa mua được bảo hiểm y tế hoặc chưa đưa trẻ đi khám định kỳ.',
      en: 'Some families in hardship have not bought health insurance or taken their children to regular check-ups.',
    },
    remedy: {
      vi: 'Vận động gia đình, phối hợp với trạm y tế và các nhà hảo tâm hỗ trợ học sinh khó khăn.',
      en: 'Encourage families, and work with the health station and donors to help pupils in hardship.',
    },
  },
  universalisation: {
    cause: {
      vi: 'Một số xã chưa hoàn thiện hồ sơ và điều kiện để được công nhận đạt chuẩn trong năm.',
      en: 'Some communes had not completed the records and conditions needed to be recognised this year.',
    },
    remedy: {
      vi: 'Hoàn thiện hồ sơ, bổ sung những điều kiện còn thiếu và đề nghị kiểm tra công nhận vào năm sau.',
      en: 'Complete the records, meet the conditions still missing and ask for the recognition inspection next year.',
    },
  },
  schools: {
    cause: {
      vi: 'Một số trường chưa đủ phòng học, phòng chức năng và chưa xong hồ sơ tự đánh giá.',
      en: 'Some schools lack classrooms and specialist rooms and have not finished their self-assessment.',
    },
    remedy: {
      vi: 'Đề xuất kinh phí sửa chữa, xây thêm phòng và hướng dẫn các trường hoàn thiện hồ sơ để đăng ký đánh giá ngoài.',
      en: 'Ask for funds to repair and add rooms, and guide schools through their records to apply for external evaluation.',
    },
  },
  staff: {
    cause: {
      vi: 'Một số giáo viên đang học nâng chuẩn trình độ, chưa nhận bằng trong năm.',
      en: 'Some teachers are still studying for the required qualification and have not graduated yet.',
    },
    remedy: {
      vi: 'Sắp xếp thời gian để giáo viên hoàn thành khóa học và ưu tiên tuyển giáo viên đạt chuẩn.',
      en: 'Give teachers time to finish their courses and recruit qualified teachers first.',
    },
  },
  digital: {
    cause: {
      vi: 'Một số trường còn thiếu máy tính và đường truyền mạng ổn định.',
      en: 'Some schools still lack computers and a reliable internet connection.',
    },
    remedy: {
      vi: 'Ưu tiên mua sắm thiết bị và tập huấn giáo viên sử dụng phần mềm.',
      en: 'Buy equipment first and train teachers to use the software.',
    },
  },
  finance: {
    cause: {
      vi: 'Kinh phí được giao muộn và phải ưu tiên chi cho các khoản bắt buộc.',
      en: 'Funds arrived late and had to go to compulsory spending first.',
    },
    remedy: {
      vi: 'Lập dự toán sớm và theo dõi giải ngân hằng quý.',
      en: 'Draw up the budget earlier and follow spending every quarter.',
    },
  },
};

/**
 * Illustrative explanations for a few targets of the explained plans that their published figure misses:
 * one per theme, in plan order, each text starting with "Số liệu minh họa:" or "Illustrative:".
 */
export function generateDemoExplanations(inputs: DemoExplanationInputs): DemoExplanation[] {
  const catalogue = new Map(inputs.indicators.map((indicator) => [indicator.code, indicator]));
  const published = new Map(inputs.observations.filter((row) => row.status === 'published' && row.disaggregation === undefined).map((row) => [figureKey(row.unitId, row.indicator, row.level, row.period), row]));
  const explanations: DemoExplanation[] = [];
  for (const plan of inputs.plans.filter((candidate) => (EXPLAINED_PLANS as readonly string[]).includes(candidate.id))) {
    const themes = new Set<IndicatorTheme>();
    for (const target of plan.targets) {
      if (themes.size >= EXPLANATIONS_PER_PLAN) break;
      const indicator = catalogue.get(target.indicator);
      const figure = published.get(figureKey(target.unitCode, target.indicator, target.level, target.period));
      if (indicator === undefined || figure === undefined || target.disaggregation !== undefined) continue;
      if (themes.has(indicator.theme) || !inputs.misses(target, figure)) continue;
      themes.add(indicator.theme);
      explanations.push(explain(target, indicator, figure, inputs.formatNumber));
    }
  }
  return explanations;
}

function explain(target: Target, indicator: Indicator, figure: DemoObservation, formatNumber: DemoExplanationInputs['formatNumber']): DemoExplanation {
  const words = THEME_WORDS[indicator.theme];
  const result = (lang: Lang) => figureText(figure.value, indicator, lang, formatNumber);
  return {
    targetId: target.id,
    cause: `${ILLUSTRATIVE_PREFIX.vi} kết quả ${result('vi')} chưa đạt chỉ tiêu «${target.wording}». ${words.cause.vi}`,
    remedy: `${ILLUSTRATIVE_PREFIX.vi} ${lowerFirst(words.remedy.vi)}`,
    causeEn: `${ILLUSTRATIVE_PREFIX.en} the result, ${result('en')}, falls short of the target "${target.wording}". ${words.cause.en}`,
    remedyEn: `${ILLUSTRATIVE_PREFIX.en} ${lowerFirst(words.remedy.en)}`,
    recordedAt: twoWeeksAfter(figure.revisions.at(-1)?.recordedAt ?? `${target.period.slice(0, 4)}-12-31T09:00:00.000Z`),
    recordedBy: RECORDED_BY,
    illustrative: true,
  };
}

/** A figure as a reader writes it, with its unit: "96,84%", "mức độ 1", "1.250". */
function figureText(value: number, indicator: Indicator, lang: Lang, formatNumber: DemoExplanationInputs['formatNumber']): string {
  const number = formatNumber(value, lang);
  switch (indicator.unit) {
    case 'percent':
      return `${number}%`;
    case 'ordinal':
      return lang === 'vi' ? `mức độ ${number}` : `level ${number}`;
    case 'percentage_points':
      return lang === 'vi' ? `${number} điểm phần trăm` : `${number} percentage points`;
    case 'money':
      return lang === 'vi' ? `${number} đồng` : `${number} dong`;
    case 'count':
    case 'ratio':
      return number;
  }
}

/** After the prefix's colon a sentence goes on in lower case, in both languages. */
function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);
}

function twoWeeksAfter(iso: string): string {
  return new Date(Date.parse(iso) + 14 * 24 * 60 * 60 * 1000).toISOString();
}

function figureKey(unitId: string, indicator: string, level: string, period: string): string {
  return `${unitId}|${indicator}|${level}|${period}`;
}
