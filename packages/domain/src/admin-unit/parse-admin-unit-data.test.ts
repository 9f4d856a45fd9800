import { describe, expect, test } from 'vitest';
import { PHUC_DIEN } from './admin-unit-fixtures.js';
import { deriveDistrictSuccessions } from './derive-district-successions.js';
import { parseAdminUnitData } from './parse-admin-unit-data.js';
import { parseAdminUnits } from './parse-admin-units.js';
import { parseUnitSuccessions } from './parse-unit-successions.js';

/** Rows copied from data/admin-units/units.csv: Cô Tô (whole district into one đặc khu), part of Cẩm Giàng, one Văn Lãng commune. */
const UNITS = `id,name,short,type,parent,from,to,was_name,was_parent
20,Tỉnh Lạng Sơn,,Tỉnh,,,2025-07-01,,
182,Huyện Văn Lãng,,Huyện,20,,2025-07-01,,
06178,Xã  Hoàng Văn Thụ,Hoàng Văn Thụ,Xã,182,,2025-07-01,,
22,Tỉnh Quảng Ninh,,Tỉnh,,,2025-07-01,,
207,Huyện Cô Tô,,Huyện,22,,2025-07-01,,
07192,Thị trấn Cô Tô,,Thị trấn,207,,2025-07-01,,
07195,Xã Đồng Tiến,,Xã,207,,2025-07-01,,
07198,Xã Thanh Lân,,Xã,207,,2025-07-01,,
30,Tỉnh Hải Dương,,Tỉnh,,,2025-07-01,,
295,Huyện Cẩm Giàng,,Huyện,30,,2025-07-01,,
10891,Thị trấn Lai Cách,,Thị trấn,295,,2025-07-01,,
10906,Xã Thạch Lỗi,,Xã,295,,2025-03-01,,
10927,Xã Cao An,,Xã,295,,2025-07-01,,
10933,Xã Phúc Điền,,Xã,295,,2025-07-01,Xã Cẩm Phúc,
20@2025,Tỉnh Lạng Sơn,,Tỉnh,,2025-07-01,,,
06172@2025,Xã Hoàng Văn Thụ,,Xã,20@2025,2025-07-01,,,
22@2025,Tỉnh Quảng Ninh,,Tỉnh,,2025-07-01,,,
07192@2025,Đặc khu Cô Tô,,Đặc khu,22@2025,2025-07-01,,,
31@2025,Thành phố Hải Phòng,,Thành phố Trung ương,,2025-07-01,,,
10543@2025,Phường Việt Hòa,,Phường,31@2025,2025-07-01,,,
10891@2025,Phường Tứ Minh,,Phường,31@2025,2025-07-01,,,
10903@2025,Xã Cẩm Giàng,,Xã,31@2025,2025-07-01,,,
10930@2025,Xã Mao Điền,,Xã,31@2025,2025-07-01,,,
`;

/** The rows of data/admin-units/successions-2025-07-01.csv for the units above. */
const SUCCESSIONS = `old,new,relation,confidence,corrected
20,20@2025,full,high,
22,22@2025,full,high,
30,31@2025,full,high,
06178,06172@2025,full,high,
07192,07192@2025,full,high,
07195,07192@2025,full,high,
07198,07192@2025,full,high,
10891,10543@2025,partial,high,
10891,10891@2025,partial,high,
10927,10543@2025,full,high,
10933,10903@2025,partial,high,
10933,10930@2025,partial,high,
`;

const HEADER = 'id,name,short,type,parent,from,to,was_name,was_parent';

describe('parseAdminUnits', () => {
  const units = parseAdminUnits(UNITS);
  const byId = new Map(units.map((unit) => [unit.id, unit]));

  test('parseAdminUnits reads a pre-reform commune with its district and province', () => {
    expect(byId.get('10933')).toEqual(PHUC_DIEN);
  });

  test('parseAdminUnits reads a post-reform commune whose code a pre-reform commune also carries', () => {
    expect(byId.get('10891@2025')).toMatchObject({ era: 'post-reform', code: '10891', kind: 'commune', parentId: '31@2025', provinceCode: '31', validFrom: '2025-07-01', validTo: null });
    expect(byId.get('10891')).toMatchObject({ era: 'pre-reform', name: 'Thị trấn Lai Cách', provinceId: '30' });
  });

  test.each([
    ['20', 'Tỉnh Lạng Sơn', 'Lạng Sơn'],
    ['31@2025', 'Thành phố Hải Phòng', 'Hải Phòng'],
    ['06178', 'Xã  Hoàng Văn Thụ', 'Hoàng Văn Thụ'],
    ['07192@2025', 'Đặc khu Cô Tô', 'Cô Tô'],
  ])('parseAdminUnits gives %s the name %j and short name %j', (id, name, shortName) => {
    expect(byId.get(id)).toMatchObject({ name, shortName });
  });

  test.each([
    ['a unit whose code has an unexpected length', '1234,Xã A,,Xã,,,,,', 2, 'id'],
    ['a repeated id', '20,Tỉnh Lạng Sơn,,Tỉnh,,,,,\n20,Tỉnh Lạng Sơn,,Tỉnh,,,,,', 3, 'id'],
    ['a province with a parent', '20,Tỉnh Lạng Sơn,,Tỉnh,20,,,,', 2, 'parent'],
    ['a district without its province', '182,Huyện Văn Lãng,,Huyện,,,,,', 2, 'parent'],
    ['a parent that is missing', '182,Huyện Văn Lãng,,Huyện,20,,,,', 2, 'parent'],
    ['a parent of another era', '20@2025,Tỉnh Lạng Sơn,,Tỉnh,,,,,\n182,Huyện Văn Lãng,,Huyện,20@2025,,,,', 3, 'parent'],
    ['a short name that cannot be derived', '20,Lạng Sơn,,Tỉnh,,,,,', 2, 'short'],
    ['a bad date', '20,Tỉnh Lạng Sơn,,Tỉnh,,,1/7/2025,,', 2, 'to'],
    ['an end before the start', '20,Tỉnh Lạng Sơn,,Tỉnh,,2025-07-01,2025-03-01,,', 2, 'to'],
    ['a former name on a post-reform unit', '20@2025,Tỉnh Lạng Sơn,,Tỉnh,,,,Tỉnh Lạng Sơn,', 2, 'was_name'],
  ])('parseAdminUnits rejects %s naming line %i and field %s', (_, rows, line, field) => {
    expect(() => parseAdminUnits(`${HEADER}\n${rows}\n`)).toThrow(`units.csv, line ${line}, field "${field}"`);
    expect(() => parseAdminUnits(`${HEADER}\n${rows}\n`)).toThrow(`units.csv, dòng ${line}, cột "${field}"`);
  });
});

test('parseAdminUnits says which parent a commune lacks, in Vietnamese and English', () => {
  expect(() => parseAdminUnits(`${HEADER}\n06178,Xã  Hoàng Văn Thụ,Hoàng Văn Thụ,Xã,,,,,\n`)).toThrow(
    'units.csv, dòng 2, cột "parent": cần đơn vị cấp huyện cấp trên / units.csv, line 2, field "parent": a district parent is required',
  );
});

describe('parseUnitSuccessions', () => {
  const units = new Map(parseAdminUnits(UNITS).map((unit) => [unit.id, unit]));

  test('parseUnitSuccessions keeps a split commune partial on every side', () => {
    const laiCach = parseUnitSuccessions(SUCCESSIONS, units).filter((s) => s.oldId === '10891');
    expect(laiCach).toEqual([
      { oldId: '10891', oldCode: '10891', oldKind: 'commune', newId: '10543@2025', newCode: '10543', newKind: 'commune', relation: 'partial', effective: '2025-07-01', confidence: 'high' },
      { oldId: '10891', oldCode: '10891', oldKind: 'commune', newId: '10891@2025', newCode: '10891', newKind: 'commune', relation: 'partial', effective: '2025-07-01', confidence: 'high' },
    ]);
  });

  test('parseUnitSuccessions reads a corrected pair without upstream confidence', () => {
    const [pair] = parseUnitSuccessions('old,new,relation,confidence,corrected\n10927,10543@2025,full,,1\n', units);
    expect(pair).toMatchObject({ relation: 'full', corrected: true });
    expect(pair).not.toHaveProperty('confidence');
  });

  test.each([
    ['an old id of the new era', '10891@2025,10891@2025,full,high,', 'old'],
    ['a new id of the old era', '10891,10891,full,high,', 'new'],
    ['a province passing into a commune', '30,10543@2025,full,high,', 'new'],
    ['an unknown relation', '10891,10891@2025,whole,high,', 'relation'],
    ['a corrected flag other than 1', '10891,10891@2025,full,high,yes', 'corrected'],
  ])('parseUnitSuccessions rejects %s naming field %s', (_, row, field) => {
    expect(() => parseUnitSuccessions(`old,new,relation,confidence,corrected\n${row}\n`, units)).toThrow(
      `successions-2025-07-01.csv, line 2, field "${field}"`,
    );
  });
});

describe('deriveDistrictSuccessions', () => {
  const units = parseAdminUnits(UNITS);
  const read = parseUnitSuccessions(SUCCESSIONS, new Map(units.map((unit) => [unit.id, unit])));
  const derived = deriveDistrictSuccessions(units, read);

  test('deriveDistrictSuccessions marks full a district whose every commune went wholly into one new commune', () => {
    expect(derived.filter((s) => s.oldId === '207')).toEqual([
      { oldId: '207', oldCode: '207', oldKind: 'district', newId: '07192@2025', newCode: '07192', newKind: 'commune', relation: 'full', effective: '2025-07-01', derived: true },
    ]);
  });

  test('deriveDistrictSuccessions marks partial every target of a district that was divided', () => {
    expect(derived.filter((s) => s.oldId === '295').map((s) => [s.newId, s.relation])).toEqual([
      ['10543@2025', 'partial'],
      ['10891@2025', 'partial'],
      ['10903@2025', 'partial'],
      ['10930@2025', 'partial'],
    ]);
  });

  test('deriveDistrictSuccessions derives nothing for a district the mapping already lists', () => {
    const withDistrictRow = [...read, { ...read[0]!, oldId: '207', oldCode: '207', oldKind: 'district' as const, newId: '07192@2025', newCode: '07192', newKind: 'commune' as const }];
    expect(deriveDistrictSuccessions(units, withDistrictRow).filter((s) => s.oldId === '207')).toEqual([]);
  });
});

describe('parseAdminUnitData', () => {
  test('parseAdminUnitData returns the read pairs followed by the derived district pairs', () => {
    const { units, successions } = parseAdminUnitData(UNITS, SUCCESSIONS);
    expect(units).toHaveLength(23);
    expect(successions.filter((s) => !s.derived)).toHaveLength(12);
    expect(successions.filter((s) => s.derived).map((s) => s.oldId)).toEqual(['182', '207', '295', '295', '295', '295']);
  });
});
