import type { AdminUnit } from './admin-unit.js';

/** Xã Phúc Điền (10933) as units.csv has it: Xã Cẩm Phúc in the 2024-05-01 snapshot. One row read by the parser and dated by the date rules. */
export const PHUC_DIEN: AdminUnit = {
  id: '10933',
  era: 'pre-reform',
  code: '10933',
  kind: 'commune',
  name: 'Xã Phúc Điền',
  shortName: 'Phúc Điền',
  type: 'Xã',
  parentCode: '295',
  provinceCode: '30',
  parentId: '295',
  provinceId: '30',
  validFrom: null,
  validTo: '2025-07-01',
  formerName: 'Xã Cẩm Phúc',
};
