import { expect, it, test } from 'vitest';
import { findIndicator, getIndicator } from '../indicator/catalogue.js';
import type { Plan } from '../plan/plan.js';
import { parseTargetPhrase } from '../target/parse-target.js';

/** White space folded to single spaces, so a quote still matches where the PDF broke the line. */
export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** What a plan's own text shows of its header, beyond what the plan data holds. */
export interface PlanDocument {
  /** The header as the document presents it: number, date, issuer, district, period, signer. */
  header: Partial<Plan>;
  /** Phrases of the text that show the header, by the field they show. */
  phrases: readonly (readonly [field: string, phrase: string | undefined])[];
  /** The text the task-group headings are looked up in, where it is not the plan text itself. */
  headings?: string;
}

/** Checks that the header, the task-group headings and the deadlines of a plan all stand in its text. */
export function checkPlanDocument(plan: Plan, text: string, document: PlanDocument): void {
  it('records the document as it presents itself', () => {
    expect(plan).toMatchObject(document.header);
  });

  test.each(document.phrases)('its %s occurs in the plan text', (_field, phrase) => {
    expect(text).toContain(phrase);
  });

  test.each(plan.taskGroups.map((group) => [group.section, group.titleVi] as const))(
    'task group %s is headed as in the plan text',
    (section, title) => {
      expect(document.headings ?? text).toContain(`${section.replace(/^[IVX]+\./, '')}. ${title}`);
    },
  );

  test.each(plan.deadlines.map((deadline, index) => [index, deadline.section, deadline.descriptionVi] as const))(
    'deadline %i (%s) is described in the words of the plan',
    (_index, _section, description) => {
      expect(text).toContain(description);
    },
  );
}

/** Checks every target of a plan: its own id, its citation, a verbatim quote, a fitting indicator, and a wording the parser reads alike. */
export function checkPlanTargets(plan: Plan, text: string): void {
  const targets = plan.targets.map((target) => [target.id, target] as const);

  it('gives every target its own id', () => {
    const ids = plan.targets.map((target) => target.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test.each(targets)(`%s cites plan ${plan.id} for district ${plan.unitCode}`, (_id, target) => {
    expect(target).toMatchObject({ plan: plan.id, unitCode: plan.unitCode });
  });

  test.each(targets)('%s quotes the plan text verbatim and its wording comes from the quote', (_id, target) => {
    expect(text).toContain(target.quote);
    expect(target.quote).toContain(target.wording);
    expect(target.quote).toBe(collapse(target.quote));
  });

  test.each(targets)('%s uses a catalogue indicator that applies to its level', (_id, target) => {
    const indicator = findIndicator(target.indicator);
    expect(indicator, target.indicator).toBeDefined();
    expect(indicator?.levels).toContain(target.level);
  });

  test.each(targets)('%s states its value in the unit of its indicator', (_id, target) => {
    expect(target.unit).toBe(getIndicator(target.indicator).unit);
  });

  test.each(targets)('%s reads its wording as the target parser does, given its indicator', (_id, target) => {
    const { direction, unit } = getIndicator(target.indicator);
    const { comparator, value, valueMax, outOf, change } = target;
    expect(parseTargetPhrase(target.wording, { direction, unit })).toEqual({
      ok: true,
      target: { comparator, value, valueMax, unit: target.unit, outOf, change },
    });
  });
}
