/** One problem found in submitted data; errors block the submission, warnings ask the person to look again. */
export interface ValidationIssue {
  severity: 'error' | 'warning';
  /** The input field at fault, e.g. "numerator", or a band's indicator code for a distribution. */
  field: string;
  /** Stable machine-readable code, e.g. "numerator_exceeds_denominator". */
  code: string;
  messageVi: string;
  messageEn: string;
  /** The spreadsheet row the input came from, when it came from one. */
  row?: number;
}

/** Where the input came from, so that messages can point at it. */
export interface IssueLocation {
  /** Row number as the person sees it in the spreadsheet. */
  row?: number;
}

/** How fields are named to the person who typed them. */
export const FIELD_LABELS: Readonly<Record<string, { vi: string; en: string }>> = {
  indicator: { vi: 'Chỉ số', en: 'indicator' },
  level: { vi: 'Cấp học', en: 'level' },
  period: { vi: 'Kỳ báo cáo', en: 'period' },
  value: { vi: 'Giá trị', en: 'value' },
  numerator: { vi: 'Tử số', en: 'numerator' },
  denominator: { vi: 'Mẫu số', en: 'denominator' },
  target: { vi: 'Chỉ tiêu', en: 'target' },
  distribution: { vi: 'Phân bố', en: 'distribution' },
};

/** Builds an issue whose messages start with the row and the field: "Dòng 12, «Tử số»: …" / "Row 12, "numerator": …". */
export function validationIssue(
  severity: ValidationIssue['severity'],
  field: string,
  code: string,
  messageVi: string,
  messageEn: string,
  location: IssueLocation = {},
): ValidationIssue {
  const label = FIELD_LABELS[field] ?? { vi: field, en: field };
  const rowVi = location.row === undefined ? '' : `Dòng ${location.row}, `;
  const rowEn = location.row === undefined ? '' : `Row ${location.row}, `;
  const result: ValidationIssue = {
    severity,
    field,
    code,
    messageVi: `${rowVi}«${label.vi}»: ${messageVi}`,
    messageEn: `${rowEn}"${label.en}": ${messageEn}`,
  };
  if (location.row !== undefined) result.row = location.row;
  return result;
}
