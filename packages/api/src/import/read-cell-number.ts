import { parseNumber } from '@edu-vn/domain';
import type { RawCell } from './raw-figure-file.js';

/**
 * The number in a cell: as stored by Excel, or read from text the Vietnamese way first ("98,5", "23.800") and then the
 * English way ("98.5"); a trailing "%" is allowed. Undefined when the cell holds text that is not a number.
 */
export function readCellNumber(cell: RawCell | undefined): number | null | undefined {
  if (cell === undefined) return null;
  if (cell.number !== null) return cell.number;
  const text = cell.text.replace(/[\s\u00a0]/g, '').replace(/%$/, '');
  if (text === '') return null;
  return parseNumber(text, 'vi') ?? parseNumber(text, 'en') ?? undefined;
}
