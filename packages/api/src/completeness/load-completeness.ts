import { parsePeriod, periodRange, type DeadlineDue, type Disaggregation, type Level, type ObservationStatus } from '@edu-vn/domain';
import { sql, type Kysely } from 'kysely';
import { classifyFigure, countStates, isOverdue } from './classify-completeness.js';
import type { DistrictCompleteness } from './completeness.type.js';
import { reportingDeadline, type DeadlineRule } from './reporting-deadline.js';

interface DeadlineRow {
  unit_id: string;
  plan_id: string;
  section: string;
  description_vi: string;
  description_en: string;
  due_kind: DeadlineDue['kind'];
  due_date: string | null;
  due_day: number | null;
  due_month: number | null;
  due_event_vi: string | null;
  due_event_en: string | null;
  due_before: boolean;
}

function ruleOf(row: DeadlineRow): DeadlineRule | null {
  const base = { planId: row.plan_id, section: row.section, descriptionVi: row.description_vi, descriptionEn: row.description_en };
  switch (row.due_kind) {
    case 'date':
      return row.due_date === null ? null : { ...base, due: { kind: 'date', date: row.due_date, before: row.due_before } };
    case 'monthly':
      return row.due_day === null ? null : { ...base, due: { kind: 'monthly', day: row.due_day, before: row.due_before } };
    case 'yearly':
      return row.due_month === null ? null : { ...base, due: { kind: 'yearly', month: row.due_month, before: row.due_before } };
    case 'yearly_event':
      return { ...base, due: { kind: 'yearly_event', eventVi: row.due_event_vi ?? '', eventEn: row.due_event_en ?? '', before: row.due_before } };
  }
}

interface ItemRow {
  unit_id: string;
  indicator_code: string;
  level: Level;
  disaggregation_by: Disaggregation['by'] | null;
  disaggregation_value: string | null;
  status: ObservationStatus | null;
  first_submitted_at: Date | null;
}

/**
 * The completeness of every district of a province (that existed during the period) for one period: the figures
 * each owes by its targets, what it sent and when, against the deadline its plans' calendars set. Three statements.
 */
export async function loadCompleteness(db: Kysely<unknown>, provinceId: string, period: string, now: Date): Promise<DistrictCompleteness[]> {
  const range = periodRange(parsePeriod(period));
  const { rows: districts } = await sql<{ id: string; name: string }>`select id, name from admin_unit
    where province_id = ${provinceId} and kind = 'district' and (valid_to is null or valid_to > ${range.start}::date) and (valid_from is null or valid_from <= ${range.end}::date)
    order by id`.execute(db);
  if (districts.length === 0) return [];
  const ids = districts.map((district) => district.id);
  const { rows: deadlines } = await sql<DeadlineRow>`select p.unit_id, d.plan_id, d.section, d.description_vi, d.description_en, d.due_kind, d.due_date::text as due_date,
      d.due_day, d.due_month, d.due_event_vi, d.due_event_en, d.due_before
    from plan_deadline d join plan p on p.id = d.plan_id where p.unit_id = any(${ids}::text[]) order by d.plan_id, d.position`.execute(db);
  const { rows: items } = await sql<ItemRow>`select distinct on (t.unit_id, t.indicator_code, t.level, t.disaggregation_by, t.disaggregation_value)
      t.unit_id, t.indicator_code, t.level, t.disaggregation_by, t.disaggregation_value, o.status,
      (select min(c.at) from observation_change c where c.observation_id = o.id and c.kind = 'submitted') as first_submitted_at
    from target t
    left join observation o on o.unit_id = t.unit_id and o.indicator_code = t.indicator_code and o.level = t.level and o.period = t.period
      and o.disaggregation_by is not distinct from t.disaggregation_by and o.disaggregation_value is not distinct from t.disaggregation_value
    where t.unit_id = any(${ids}::text[]) and t.period = ${period}
    order by t.unit_id, t.indicator_code, t.level, t.disaggregation_by, t.disaggregation_value`.execute(db);

  return districts.map((district) => {
    const rules = deadlines.filter((row) => row.unit_id === district.id).flatMap((row) => ruleOf(row) ?? []);
    const deadline = reportingDeadline(period, rules);
    const owed = items
      .filter((item) => item.unit_id === district.id)
      .map((item) => {
        const figure = item.status === null ? null : { status: item.status, firstSubmittedAt: item.first_submitted_at === null ? null : new Date(item.first_submitted_at) };
        return {
          indicatorCode: item.indicator_code,
          level: item.level,
          disaggregation: item.disaggregation_by === null ? null : { by: item.disaggregation_by, value: item.disaggregation_value ?? '' },
          state: classifyFigure({ key: '', figure }, deadline),
          status: item.status,
          firstSubmittedAt: figure?.firstSubmittedAt ?? null,
        };
      });
    return {
      unitId: district.id,
      unitName: district.name,
      deadline: deadline && { lastDay: deadline.lastDay, planId: deadline.rule.planId, section: deadline.rule.section, descriptionVi: deadline.rule.descriptionVi, descriptionEn: deadline.rule.descriptionEn },
      overdue: isOverdue(deadline, now),
      ...countStates(owed.map((item) => item.state)),
      items: owed,
    };
  });
}
