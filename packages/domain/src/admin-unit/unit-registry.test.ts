import { beforeAll, describe, expect, test } from 'vitest';
import { loadAdminUnitRegistry } from '../node/load-admin-units.js';
import { slugify } from '../text/slugify.js';
import type { UnitKind } from './admin-unit.js';
import type { UnitRegistry } from './unit-registry.js';

let registry: UnitRegistry;

beforeAll(async () => {
  registry = await loadAdminUnitRegistry();
});

/** Names of the district's communes on 30/6/2025 grouped by the new commune each passed into, "(partial)" where split. */
function communesByNewUnit(districtId: string): Record<string, string[]> {
  const grouped: Record<string, string[]> = {};
  for (const commune of registry.children(districtId, '2025-06-30')) {
    for (const succession of registry.successors(commune.id)) {
      const key = `${succession.newId} ${registry.byId(succession.newId)?.name}`;
      (grouped[key] ??= []).push(succession.relation === 'partial' ? `${commune.name} (partial)` : commune.name);
    }
  }
  return grouped;
}

function count(era: 'pre-reform' | 'post-reform', kind: UnitKind, validTo?: string): number {
  return registry.units.filter((u) => u.era === era && u.kind === kind && (validTo === undefined || u.validTo === validTo)).length;
}

describe('UnitRegistry counts', () => {
  test('the last pre-reform list has 63 provinces, 696 districts and 10,047 communes, all ending on 1/7/2025', () => {
    expect([count('pre-reform', 'province', '2025-07-01'), count('pre-reform', 'district', '2025-07-01'), count('pre-reform', 'commune', '2025-07-01')]).toEqual([63, 696, 10047]);
  });

  test('the post-reform list has 34 provinces and 3,321 communes and no districts', () => {
    expect([count('post-reform', 'province'), count('post-reform', 'district'), count('post-reform', 'commune')]).toEqual([34, 0, 3321]);
  });

  test.each([
    ['2024-05-01', 63, 705, 10595],
    ['2025-03-01', 63, 696, 10047],
    ['2025-06-30', 63, 696, 10047],
    ['2025-07-01', 34, 0, 3321],
    ['2030-01-01', 34, 0, 3321],
  ])('unitsValidOn %s gives %i provinces, %i districts and %i communes', (date, provinces, districts, communes) => {
    expect([registry.unitsValidOn(date, 'province').length, registry.unitsValidOn(date, 'district').length, registry.unitsValidOn(date, 'commune').length]).toEqual([
      provinces,
      districts,
      communes,
    ]);
  });

  test('the mapping has 10,646 pairs: 63 provinces, 5 island districts and 10,578 commune pairs, 25 corrected', () => {
    const read = registry.successions.filter((s) => !s.derived);
    expect(read).toHaveLength(10646);
    expect(read.filter((s) => s.oldKind === 'province')).toHaveLength(63);
    expect(read.filter((s) => s.oldKind === 'district').map((s) => s.oldId)).toEqual(['318', '471', '498', '536', '755']);
    expect(read.filter((s) => s.oldKind === 'commune')).toHaveLength(10578);
    expect(read.filter((s) => s.corrected)).toHaveLength(25);
  });

  test('every commune of the last pre-reform list has a successor and every new commune a predecessor', () => {
    expect(registry.unitsValidOn('2025-06-30', 'commune').filter((u) => registry.successors(u.id).length === 0)).toEqual([]);
    expect(registry.unitsValidOn('2025-07-01', 'commune').filter((u) => registry.predecessors(u.id).length === 0)).toEqual([]);
  });

  test('441 old communes are split and 9,606 go whole into one new commune', () => {
    const communes = registry.unitsValidOn('2025-06-30', 'commune');
    const split = communes.filter((u) => registry.successors(u.id).length > 1);
    expect(split).toHaveLength(441);
    expect(split.every((u) => registry.successors(u.id).every((s) => s.relation === 'partial'))).toBe(true);
    expect(communes.filter((u) => registry.successors(u.id).length === 1 && registry.successors(u.id)[0]?.relation === 'full')).toHaveLength(9606);
  });
});

describe('UnitRegistry spot-checked districts', () => {
  test.each([
    ['848', 'Huyện Cầu Ngang', '84', 'Tỉnh Trà Vinh', 15],
    ['850', 'Huyện Duyên Hải', '84', 'Tỉnh Trà Vinh', 7],
    ['182', 'Huyện Văn Lãng', '20', 'Tỉnh Lạng Sơn', 17],
    ['295', 'Huyện Cẩm Giàng', '30', 'Tỉnh Hải Dương', 15],
    ['783', 'Huyện Củ Chi', '79', 'Thành phố Hồ Chí Minh', 21],
  ])('district %s is %s in province %s %s with %i communes before the reform', (id, name, provinceId, provinceName, communes) => {
    expect(registry.byId(id)).toMatchObject({ name, kind: 'district', provinceId, validTo: '2025-07-01' });
    expect(registry.ancestors(id).map((u) => [u.id, u.name])).toEqual([[provinceId, provinceName]]);
    expect(registry.children(id, '2025-06-30')).toHaveLength(communes);
  });

  test('Cầu Ngang’s 15 communes became 6 new communes of Vĩnh Long', () => {
    expect(communesByNewUnit('848')).toEqual({
      '29416@2025 Xã Cầu Ngang': ['Thị trấn Cầu Ngang', 'Xã Mỹ Hòa', 'Xã Thuận Hòa'],
      '29419@2025 Xã Mỹ Long': ['Thị trấn Mỹ Long', 'Xã Mỹ Long Bắc', 'Xã Mỹ Long Nam'],
      '29431@2025 Xã Vinh Kim': ['Xã Vĩnh Kim', 'Xã Kim Hòa'],
      '29446@2025 Xã Nhị Trường': ['Xã Hiệp Hòa', 'Xã Nhị Trường', 'Xã Trường Thọ'],
      '29455@2025 Xã Hiệp Mỹ': ['Xã Long Sơn', 'Xã Hiệp Mỹ Đông', 'Xã Hiệp Mỹ Tây'],
      '29530@2025 Xã Ngũ Lạc': ['Xã Thạnh Hòa Sơn'],
    });
    expect(registry.successors('848').map((s) => [s.newId, s.relation])).toEqual([
      ['29416@2025', 'partial'],
      ['29419@2025', 'partial'],
      ['29431@2025', 'partial'],
      ['29446@2025', 'partial'],
      ['29455@2025', 'partial'],
      ['29530@2025', 'partial'],
    ]);
  });

  test('Duyên Hải’s 7 communes became 5, and Ngũ Lạc also took Thạnh Hòa Sơn from Cầu Ngang', () => {
    expect(communesByNewUnit('850')).toEqual({
      '29497@2025 Xã Đôn Châu': ['Xã Đôn Xuân', 'Xã Đôn Châu'],
      '29513@2025 Xã Long Thành': ['Thị trấn Long Thành', 'Xã Long Khánh'],
      '29530@2025 Xã Ngũ Lạc': ['Xã Ngũ Lạc'],
      '29533@2025 Xã Long Vĩnh': ['Xã Long Vĩnh'],
      '29536@2025 Xã Đông Hải': ['Xã Đông Hải'],
    });
    expect(registry.predecessors('29530@2025').map((s) => [s.oldKind, s.oldId, registry.byId(s.oldId)?.parentId, s.relation])).toEqual([
      ['commune', '29458', '848', 'full'],
      ['commune', '29530', '850', 'full'],
      ['district', '848', '84', 'partial'],
      ['district', '850', '84', 'partial'],
    ]);
  });

  test('Huyện Duyên Hải 850 and Thị xã Duyên Hải 851 are different units with different communes', () => {
    expect(registry.byId('851')).toMatchObject({ name: 'Thị xã Duyên Hải', type: 'Thị xã', provinceId: '84' });
    expect(registry.search('duyen hai', { kind: 'district' }).map((u) => u.id)).toEqual(['850', '851']);
    const communesOf850 = new Set(registry.children('850').map((u) => u.id));
    expect(registry.children('851').filter((u) => communesOf850.has(u.id))).toEqual([]);
    expect(slugify(registry.byId('850')!.name)).not.toBe(slugify(registry.byId('851')!.name));
  });

  test('Văn Lãng’s 17 communes became 5 communes of the unchanged Lạng Sơn', () => {
    expect(communesByNewUnit('182')).toEqual({
      '06124@2025 Xã Na Sầm': ['Thị trấn Na Sầm', 'Xã Bắc Hùng', 'Xã Hoàng Việt'],
      '06148@2025 Xã Thụy Hùng': ['Xã Trùng Khánh', 'Xã Thụy Hùng', 'Xã Thanh Long'],
      '06151@2025 Xã Hội Hoan': ['Xã Hội Hoan', 'Xã Gia Miễn'],
      '06154@2025 Xã Văn Lãng': ['Xã Bắc La', 'Xã Tân Tác', 'Xã Bắc Việt', 'Xã Thành Hòa'],
      '06172@2025 Xã Hoàng Văn Thụ': ['Xã Tân Thanh', 'Xã Tân Mỹ', 'Xã Hồng Thái', 'Xã  Hoàng Văn Thụ', 'Xã Nhạc Kỳ'],
    });
  });

  test('Cẩm Giàng’s 15 communes became 6 units of Hải Phòng, with Lai Cách and Phúc Điền split', () => {
    expect(communesByNewUnit('295')).toEqual({
      '10543@2025 Phường Việt Hòa': ['Thị trấn Lai Cách (partial)', 'Xã Cao An'],
      '10888@2025 Xã Cẩm Giang': ['Thị trấn Cẩm Giang', 'Xã Cẩm Hoàng', 'Xã Định Sơn'],
      '10891@2025 Phường Tứ Minh': ['Thị trấn Lai Cách (partial)', 'Xã Cẩm Đoài'],
      '10903@2025 Xã Cẩm Giàng': ['Xã Cẩm Hưng', 'Xã Ngọc Liên', 'Xã Lương Điền', 'Xã Phúc Điền (partial)'],
      '10909@2025 Xã Tuệ Tĩnh': ['Xã Cẩm Văn', 'Xã Cẩm Vũ', 'Xã Đức Chính'],
      '10930@2025 Xã Mao Điền': ['Xã Tân Trường', 'Xã Phúc Điền (partial)', 'Xã Cẩm Đông'],
    });
  });

  test('Cẩm Giàng had 17 communes on 1/5/2024, including Thạch Lỗi, Cẩm Điền and Cẩm Phúc (later Phúc Điền)', () => {
    const communes = registry.children('295', '2024-05-01');
    expect(communes).toHaveLength(17);
    expect(communes.map((u) => u.name)).toEqual(expect.arrayContaining(['Xã Thạch Lỗi', 'Xã Cẩm Điền']));
    expect(registry.byId('10933')).toMatchObject({ name: 'Xã Phúc Điền', formerName: 'Xã Cẩm Phúc' });
    expect(registry.search('cam phuc', { kind: 'commune' }).map((u) => u.id)).toContain('10933');
  });

  test('Củ Chi’s 21 communes became 7 communes of Thành phố Hồ Chí Minh', () => {
    expect(communesByNewUnit('783')).toEqual({
      '27496@2025 Xã Tân An Hội': ['Thị trấn Củ Chi', 'Xã Phước Hiệp', 'Xã Tân An Hội'],
      '27508@2025 Xã An Nhơn Tây': ['Xã Phú Mỹ Hưng', 'Xã An Phú', 'Xã An Nhơn Tây'],
      '27511@2025 Xã Nhuận Đức': ['Xã Nhuận Đức', 'Xã Phạm Văn Cội', 'Xã Trung Lập Hạ'],
      '27526@2025 Xã Thái Mỹ': ['Xã Trung Lập Thượng', 'Xã Phước Thạnh', 'Xã Thái Mỹ'],
      '27541@2025 Xã Phú Hòa Đông': ['Xã Phú Hòa Đông', 'Xã Tân Thạnh Tây', 'Xã Tân Thạnh Đông'],
      '27544@2025 Xã Bình Mỹ': ['Xã Trung An', 'Xã Hòa Phú', 'Xã Bình Mỹ'],
      '27553@2025 Xã Củ Chi': ['Xã Phước Vĩnh An', 'Xã Tân Phú Trung', 'Xã Tân Thông Hội'],
    });
  });
});

describe('UnitRegistry provinces across the reform', () => {
  test.each([
    ['08', ['02', '08']],
    ['15', ['10', '15']],
    ['19', ['06', '19']],
    ['24', ['24', '27']],
    ['25', ['17', '25', '26']],
    ['31', ['30', '31']],
    ['33', ['33', '34']],
    ['37', ['35', '36', '37']],
    ['44', ['44', '45']],
    ['48', ['48', '49']],
    ['51', ['51', '62']],
    ['52', ['52', '64']],
    ['56', ['56', '58']],
    ['66', ['54', '66']],
    ['68', ['60', '67', '68']],
    ['75', ['70', '75']],
    ['79', ['74', '77', '79']],
    ['80', ['72', '80']],
    ['82', ['82', '87']],
    ['86', ['83', '84', '86']],
    ['91', ['89', '91']],
    ['92', ['92', '93', '94']],
    ['96', ['95', '96']],
    ['01', ['01']],
    ['04', ['04']],
    ['11', ['11']],
    ['12', ['12']],
    ['14', ['14']],
    ['20', ['20']],
    ['22', ['22']],
    ['38', ['38']],
    ['40', ['40']],
    ['42', ['42']],
    ['46', ['46']],
  ])('new province %s was formed wholly from old provinces %j', (newCode, oldCodes) => {
    const predecessors = registry.predecessors(`${newCode}@2025`);
    expect(predecessors.map((s) => s.oldId)).toEqual(oldCodes);
    expect(predecessors.every((s) => s.relation === 'full')).toBe(true);
    for (const oldCode of oldCodes) expect(registry.provinceAfterReform(oldCode)?.id).toBe(`${newCode}@2025`);
  });

  test('Trà Vinh 84 passed into the new Vĩnh Long, which reuses old Vĩnh Long’s code 86', () => {
    expect(registry.provinceAfterReform('84')).toMatchObject({ id: '86@2025', code: '86', name: 'Tỉnh Vĩnh Long', era: 'post-reform' });
    expect(registry.byId('86')).toMatchObject({ name: 'Tỉnh Vĩnh Long', era: 'pre-reform', validTo: '2025-07-01' });
    expect(registry.byCode('86', '2025-06-30')?.id).toBe('86');
    expect(registry.byCode('86', '2025-07-01')?.id).toBe('86@2025');
    expect(registry.byCode('84', '2025-07-01')).toBeUndefined();
    expect(registry.provinceAfterReform('848')?.id).toBe('86@2025');
    expect(registry.provinceAfterReform('29416')?.id).toBe('86@2025');
  });

  test('Hải Dương 30 passed into Thành phố Hải Phòng 31', () => {
    expect(registry.provinceAfterReform('30')).toMatchObject({ id: '31@2025', name: 'Thành phố Hải Phòng', type: 'Thành phố Trung ương' });
  });

  test('Lạng Sơn 20 is unchanged: one full succession to a post-reform unit with the same code and name', () => {
    expect(registry.successors('20')).toMatchObject([{ newId: '20@2025', relation: 'full' }]);
    expect(registry.byId('20@2025')?.name).toBe(registry.byId('20')?.name);
    expect(registry.provinceAfterReform('182')?.id).toBe('20@2025');
  });

  test('every commune pair keeps within the new province of the old commune’s province', () => {
    const stray = registry.successions.filter(
      (s) => s.oldKind !== 'province' && registry.provinceAfterReform(s.oldId)?.id !== registry.byId(s.newId)?.provinceId,
    );
    expect(stray).toEqual([]);
  });

  test('provinceAfterReform is undefined for a post-reform unit or an unknown id', () => {
    expect(registry.provinceAfterReform('86@2025')).toBeUndefined();
    expect(registry.provinceAfterReform('999')).toBeUndefined();
  });
});

describe('UnitRegistry history and search', () => {
  test('a district abolished on 1/7/2025 stays queryable by id and date, with its ancestors and successors', () => {
    expect(registry.byId('848')).toMatchObject({ validTo: '2025-07-01' });
    expect(registry.byCode('848')?.id).toBe('848');
    expect(registry.byCode('848', '2025-06-30')?.id).toBe('848');
    expect(registry.byCode('848', '2025-07-01')).toBeUndefined();
    expect(registry.ancestors('29416').map((u) => u.id)).toEqual(['848', '84']);
    expect(registry.ancestors('29416@2025').map((u) => u.id)).toEqual(['86@2025']);
    expect(registry.successors('848')).toHaveLength(6);
    expect(registry.children('848')).toHaveLength(15);
  });

  test('byCode without a date gives the latest unit that carried the code, and allByCode gives both', () => {
    expect(registry.byCode('29416')?.id).toBe('29416@2025');
    expect(registry.allByCode('29416').map((u) => u.name)).toEqual(['Thị trấn Cầu Ngang', 'Xã Cầu Ngang']);
  });

  test('a commune dissolved between the two pre-reform snapshots ends on the later snapshot and has no successors', () => {
    expect(registry.byId('10906')).toMatchObject({ name: 'Xã Thạch Lỗi', validFrom: null, validTo: '2025-03-01' });
    expect(registry.successors('10906')).toEqual([]);
  });

  test('a commune that moved district between the snapshots is under its old district before 1/3/2025', () => {
    expect(registry.ancestors('07681', '2024-05-01').map((u) => u.id)).toEqual(['221', '24']);
    expect(registry.ancestors('07681', '2025-03-01').map((u) => u.id)).toEqual(['213', '24']);
    expect(registry.children('221', '2024-05-01').map((u) => u.id)).toContain('07681');
    expect(registry.children('221', '2025-03-01')).toEqual([]);
  });

  test('Cô Tô went wholly into Đặc khu Cô Tô, and Côn Đảo’s mapping row is read, not derived', () => {
    expect(registry.successors('207')).toMatchObject([{ newId: '07192@2025', relation: 'full', derived: true }]);
    expect(registry.successors('755')).toEqual([expect.objectContaining({ newId: '26732@2025', relation: 'full' })]);
    expect(registry.successors('755')[0]).not.toHaveProperty('derived');
  });

  test('a corrected pair keeps its corrected flag', () => {
    expect(registry.successors('13768')).toEqual([expect.objectContaining({ newId: '13753@2025', relation: 'full', corrected: true })]);
  });

  test.each([
    ['cau ngang', { kind: 'district' as const }, ['848']],
    ['Cầu Ngang', {}, ['848', '29416@2025', '29416']],
    ['CAU  NGANG', { onDate: '2025-07-01' }, ['29416@2025']],
    ['huyen cau ngang', {}, ['848']],
    ['tra vinh', { kind: 'province' as const }, ['84']],
    ['thua thien hue', { kind: 'province' as const }, ['46']],
    ['vinh long', { kind: 'province' as const }, ['86@2025', '86']],
    ['', {}, []],
  ])('search %j with %j gives %j', (query, options, ids) => {
    expect(registry.search(query, options).map((u) => u.id)).toEqual(ids);
  });

  test('search puts exact and prefix matches before matches inside a name and honours the limit', () => {
    const results = registry.search('long', { kind: 'province' });
    expect(results.slice(0, 3).map((u) => u.name)).toEqual(['Tỉnh Long An', 'Tỉnh Vĩnh Long', 'Tỉnh Vĩnh Long']);
    expect(registry.search('xa', { limit: 5 })).toHaveLength(5);
  });
});
