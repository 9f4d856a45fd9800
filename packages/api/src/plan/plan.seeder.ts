import { parsePeriod, periodStart, PLANS, type Plan, type UnitRegistry } from '@edu-vn/domain';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Seeder } from '@mikro-orm/seeder';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { TargetEntity } from '../target/target.entity.js';
import { adminUnitRegistry } from '../unit/admin-unit-registry.js';
import { PlanDeadlineEntity } from './plan-deadline.entity.js';
import { PlanTaskGroupEntity } from './plan-task-group.entity.js';
import { PlanEntity } from './plan.entity.js';

const require = createRequire(import.meta.url);

/** The plan's full text, shipped with the domain package as data/plans/<id>.txt. */
async function planText(id: string): Promise<string> {
  return readFile(require.resolve(`@edu-vn/domain/data/plans/${id}.txt`), 'utf8');
}

/** The unit a plan's GSO code meant when the plan was written (codes were reused after the 2025 reform). */
function unitIdAt(registry: UnitRegistry, plan: Plan, code: string): string {
  const date = plan.issuedOn ?? periodStart(parsePeriod(plan.period));
  const unit = registry.byCode(code, date);
  if (!unit) {
    throw new Error(`Kế hoạch ${plan.id}: không có đơn vị mã "${code}" vào ngày ${date} / Plan ${plan.id}: no unit with code "${code}" on ${date}`);
  }
  return unit.id;
}

/** Loads the plans of the domain package: metadata, full text, task groups, deadlines and targets. */
export class PlanSeeder extends Seeder {
  override async run(em: EntityManager): Promise<void> {
    const registry = await adminUnitRegistry();
    const texts = await Promise.all(PLANS.map((plan) => planText(plan.id)));
    await em.insertMany(
      PlanEntity,
      PLANS.map((plan, index) => ({
        id: plan.id,
        number: plan.number,
        title: plan.title,
        issuer: plan.issuer,
        unit: unitIdAt(registry, plan, plan.unitCode),
        issuedOn: plan.issuedOn,
        signerName: plan.signer?.name ?? null,
        signerTitle: plan.signer?.title ?? null,
        period: plan.period,
        theme: plan.theme,
        source: plan.source,
        text: texts[index] ?? '',
      })),
    );
    const taskGroups = PLANS.flatMap((plan) =>
      plan.taskGroups.map((group, position) => ({ plan: plan.id, position, section: group.section, titleVi: group.titleVi, summaryVi: group.summaryVi ?? null })),
    );
    if (taskGroups.length > 0) await em.insertMany(PlanTaskGroupEntity, taskGroups);
    const deadlines = PLANS.flatMap((plan) =>
      plan.deadlines.map((deadline, position) => {
        const { due } = deadline;
        return {
          plan: plan.id,
          position,
          section: deadline.section,
          descriptionVi: deadline.descriptionVi,
          descriptionEn: deadline.descriptionEn,
          dueKind: due.kind,
          dueDate: due.kind === 'date' ? due.date : null,
          dueDay: due.kind === 'monthly' ? due.day : null,
          dueMonth: due.kind === 'yearly' ? due.month : null,
          dueEventVi: due.kind === 'yearly_event' ? due.eventVi : null,
          dueEventEn: due.kind === 'yearly_event' ? due.eventEn : null,
          dueBefore: due.before ?? false,
          reporter: deadline.reporter ?? null,
          recipient: deadline.recipient ?? null,
        };
      }),
    );
    if (deadlines.length > 0) await em.insertMany(PlanDeadlineEntity, deadlines);
    const targets = PLANS.flatMap((plan) =>
      plan.targets.map((target, position) => ({
        id: target.id,
        plan: plan.id,
        position,
        section: target.section,
        indicator: target.indicator,
        level: target.level,
        period: target.period,
        unit: unitIdAt(registry, plan, target.unitCode),
        comparator: target.comparator,
        value: target.value,
        valueMax: target.valueMax ?? null,
        valueUnit: target.unit,
        change: target.change ?? null,
        outOf: target.outOf ?? null,
        wording: target.wording,
        quote: target.quote,
        disaggregationBy: target.disaggregation?.by ?? null,
        disaggregationValue: target.disaggregation === undefined ? null : String(target.disaggregation.value),
        note: target.note ?? null,
      })),
    );
    if (targets.length > 0) await em.insertMany(TargetEntity, targets);
  }
}
