import { getIndicator, getPlan } from '@edu-vn/domain';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../test/test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.close());

interface Entry {
  target: { id: string; wording: string; indicator: { code: string } };
  actual: { value: number; illustrative: boolean } | null;
  attainment: { status: string; margin: number | null; observed: number | null };
}
interface ScorecardData {
  scorecard: {
    unit: { id: string; name: string };
    period: string;
    summary: { total: number; met: number; notMet: number; noData: number; notAssessed: number; assessed: number };
    levels: { level: string; summary: { total: number; met: number; notMet: number; noData: number; notAssessed: number }; entries: Entry[] }[];
    illustrative: boolean;
    notice: { vi: string; en: string } | null;
  };
}

const SCORECARD = `query ($unit: ID!, $period: String!) {
  scorecard(unit: $unit, period: $period) {
    unit { id name } period illustrative notice { vi en }
    summary { total met notMet noData notAssessed assessed }
    levels { level summary { total met notMet noData notAssessed } entries { target { id wording indicator { code } } actual { value illustrative } attainment { status margin observed } } }
  }
}`;

describe('scorecard', () => {
  test('Duyên Hải 2024-2025 lists every target of plan 003 with its attainment', async () => {
    const { status, body } = await app.graphql<ScorecardData>(SCORECARD, { unit: '850', period: '2024-2025' });
    expect(body.errors).toBeUndefined();
    expect(status).toBe(200);
    const card = body.data!.scorecard;
    const entries = card.levels.flatMap((level) => level.entries);
    const expected = getPlan('003').targets.map((target) => target.id);
    expect(entries.map((entry) => entry.target.id).sort()).toEqual([...expected].sort());
    expect(card.summary.total).toBe(expected.length);
    expect(card.summary.met + card.summary.notMet + card.summary.noData + card.summary.notAssessed).toBe(expected.length);
    expect(card.summary.met).toBeGreaterThan(0);
    expect(card.summary.notMet).toBeGreaterThan(0);
    expect(card.summary.noData).toBe(0);
    expect(card.summary.assessed).toBe(card.summary.met + card.summary.notMet);
    for (const entry of entries) {
      expect(entry.actual).not.toBeNull();
      expect(entry.attainment.observed).toBe(entry.actual?.value);
      if (entry.attainment.status === 'NOT_ASSESSED') expect(entry.attainment.margin).toBeNull();
      else expect(entry.attainment.margin).not.toBeNull();
      expect(['MET', 'NOT_MET', 'NOT_ASSESSED']).toContain(entry.attainment.status);
    }
    for (const level of card.levels) {
      expect(level.summary.total).toBe(level.entries.length);
      expect(level.summary.met).toBe(level.entries.filter((entry) => entry.attainment.status === 'MET').length);
      expect(level.summary.notAssessed).toBe(level.entries.filter((entry) => entry.attainment.status === 'NOT_ASSESSED').length);
    }
  });

  test('Duyên Hải 2024-2025 does not judge the middle bands of a distribution on their own', async () => {
    const { body } = await app.graphql<ScorecardData>(SCORECARD, { unit: '850', period: '2024-2025' });
    expect(body.errors).toBeUndefined();
    const card = body.data!.scorecard;
    const entries = card.levels.flatMap((level) => level.entries);
    const isMiddleBand = (entry: Entry) => {
      const indicator = getIndicator(entry.target.indicator.code);
      return indicator.direction === 'neutral' && indicator.distribution !== undefined;
    };
    const middleBands = entries.filter(isMiddleBand);
    expect(middleBands.map((entry) => entry.target.id)).toContain('003-II.2.b-primary_result_good_rate-tieu_hoc');
    expect(card.summary.notAssessed).toBe(middleBands.length);
    expect(card.summary.notAssessed).toBeGreaterThan(0);
    expect(middleBands.filter((entry) => entry.attainment.status !== 'NOT_ASSESSED')).toEqual([]);
    expect(entries.filter((entry) => entry.attainment.status === 'NOT_ASSESSED' && !isMiddleBand(entry))).toEqual([]);
    expect(card.summary).toEqual({ total: 102, met: 66, notMet: 17, noData: 0, notAssessed: 19, assessed: 83 });
  });

  test('a scorecard of illustrative figures says so in both languages', async () => {
    const { body } = await app.graphql<ScorecardData>(SCORECARD, { unit: '850', period: '2024-2025' });
    const card = body.data!.scorecard;
    expect(card.illustrative).toBe(true);
    expect(card.notice?.vi).toMatch(/^Số liệu minh họa/);
    expect(card.notice?.en).toMatch(/^Illustrative figures/);
  });

  test('a period without targets gives an empty scorecard, not an error', async () => {
    const { body } = await app.graphql<ScorecardData>(SCORECARD, { unit: '850', period: '2019-2020' });
    expect(body.errors).toBeUndefined();
    expect(body.data!.scorecard.summary).toEqual({ total: 0, met: 0, notMet: 0, noData: 0, notAssessed: 0, assessed: 0 });
    expect(body.data!.scorecard.illustrative).toBe(false);
    expect(body.data!.scorecard.notice).toBeNull();
  });

  test.each([
    ['an unknown unit', { unit: '99999', period: '2024-2025' }, 'NOT_FOUND'],
    ['a malformed period', { unit: '850', period: '2024/25' }, 'BAD_USER_INPUT'],
  ])('scorecard for %s is refused with a user error', async (_name, variables, code) => {
    const { body } = await app.graphql<ScorecardData>(SCORECARD, variables);
    expect(body.errors?.[0]?.extensions?.code).toBe(code);
  });
});
