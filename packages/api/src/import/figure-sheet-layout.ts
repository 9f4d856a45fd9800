import type { FigureColumnKey } from './figure-columns.js';

/** Identifies workbooks made by this platform, so an import knows which layout and metadata to expect. */
export const TEMPLATE_VERSION = 'edu-vn-figures/1';

/** The hidden sheet that says which district, period and level each data sheet is for. */
export const META_SHEET = '_meta';

/** The columns of a data-entry sheet, in order (A, B, C…). */
export const TEMPLATE_COLUMNS: readonly FigureColumnKey[] = [
  'indicator',
  'indicatorName',
  'level',
  'breakdown',
  'measure',
  'target',
  'value',
  'numerator',
  'denominator',
  'source',
  'status',
  'reason',
  'version',
];

/** The columns a person fills in; the others are pre-filled and shaded as read-only. */
export const INPUT_COLUMNS: ReadonlySet<FigureColumnKey> = new Set(['level', 'value', 'numerator', 'denominator', 'source', 'status', 'reason']);

/** Row 1 is the title, row 2 a hint, row 3 Vietnamese headers, row 4 English headers; figures start on row 5. */
export const HEADER_ROW = 3;
export const FIRST_DATA_ROW = 5;

/** The status cell asks for an action: keep the figure as a draft, or send it for approval. */
export const STATUS_CHOICES = { draft: 'Bản nháp', submit: 'Gửi duyệt' } as const;
