import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PLAN_001 } from './plan-001.js';
import { checkPlanDocument, collapse } from './plan-checks.js';

const text = collapse(readFileSync(new URL('../../data/plans/001.txt', import.meta.url), 'utf8'));

describe('plan 001, Văn Lãng 2023-2024', () => {
  checkPlanDocument(PLAN_001, text, {
    header: {
      id: '001',
      number: null,
      issuedOn: null,
      issuer: 'Ủy ban nhân dân huyện Văn Lãng',
      unitCode: '182',
      period: '2023-2024',
      signer: { name: 'Bế Thị Vẫn', title: 'KT. Chủ tịch, Phó Chủ tịch' },
    },
    phrases: [
      ['title', PLAN_001.title],
      ['theme', PLAN_001.theme],
      ['signer', PLAN_001.signer?.name],
    ],
  });

  it('holds the eleven task groups of section II in order', () => {
    expect(PLAN_001.taskGroups.map((group) => group.section)).toEqual([
      'II.1', 'II.2', 'II.3', 'II.4', 'II.5', 'II.6', 'II.7', 'II.8', 'II.9', 'II.10', 'II.11',
    ]);
  });

  it('sets no numeric target and no dated report', () => {
    expect(PLAN_001.targets).toHaveLength(0);
    expect(PLAN_001.deadlines).toHaveLength(0);
  });
});
