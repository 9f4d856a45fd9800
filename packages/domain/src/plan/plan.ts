import type { PeriodKey } from '../period/period.js';
import type { Target } from '../target/target.js';

/** A value the document does not give: recorded as unknown rather than invented. */
export type Known<T> = T | null;

/** A plan document (kế hoạch) of a district office or district People's Committee. */
export interface Plan {
  /** Short id, the seed file's prefix: "000" … "004". */
  id: string;
  /** Document number as written, e.g. "45/KH-PGDĐT", or null when the text does not give it. */
  number: Known<string>;
  title: string;
  /** Issuing body, e.g. "Phòng Giáo dục và Đào tạo huyện Duyên Hải". */
  issuer: string;
  /** GSO code of the district the plan is for. */
  unitCode: string;
  /** ISO date of issue, or null when the text does not give it. */
  issuedOn: Known<string>;
  /** Signer name and title as written. */
  signer: Known<{ name: string; title: string }>;
  period: PeriodKey;
  /** Theme of the year (chủ đề năm học), when stated. */
  theme: Known<string>;
  /** Where the text comes from (the public PDF's source, as far as known). */
  source: string;
  taskGroups: readonly TaskGroup[];
  deadlines: readonly Deadline[];
  targets: readonly Target[];
}

/** A group of tasks or solutions (nhiệm vụ, giải pháp): a qualitative commitment. */
export interface TaskGroup {
  section: string;
  titleVi: string;
  /** Short summary of the commitments under the heading, in Vietnamese, from the text. */
  summaryVi?: string;
}

/** A reporting deadline set by a plan. */
export interface Deadline {
  section: string;
  /** What is due, as written. */
  descriptionVi: string;
  descriptionEn: string;
  /** A one-off date (ISO), or a recurring rule. */
  due: DeadlineDue;
  /** Who reports to whom, when the plan says. */
  reporter?: string;
  recipient?: string;
}

/**
 * When a report is due: a date ("06/9/2024", "trước ngày 10/6/2025"), a day of every month ("ngày 05 hàng tháng"),
 * a month of every year ("trước tháng 12 hằng năm", "chậm nhất vào tháng 11 hằng năm") or a yearly event
 * ("trước ngày khai giảng hàng năm"). `before` means strictly before it; otherwise on or by it.
 */
export type DeadlineDue =
  | { kind: 'date'; date: string; before?: boolean }
  | { kind: 'monthly'; day: number; before: boolean }
  | { kind: 'yearly'; month: number; before: boolean }
  | { kind: 'yearly_event'; eventVi: string; eventEn: string; before: boolean };
