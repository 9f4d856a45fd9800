import type { EntityManager } from '@mikro-orm/postgresql';
import { Seeder } from '@mikro-orm/seeder';
import { sql, type Kysely } from 'kysely';
import type { DemoObservation, DemoRevision } from './demo-observations.js';
import { demoExplanations, demoObservations } from './demo-observations.domain.js';
import type { DemoExplanation } from './demo-observations.explanations.js';

const arrays = (columns: readonly [unknown[], string][]) => sql.join(columns.map(([values, type]) => sql`${values}::${sql.raw(type)}[]`));

/** Writes generated figures and their revisions in two statements; each figure takes its unit's province from admin_unit. */
export async function insertDemoObservations(db: Kysely<unknown>, rows: readonly DemoObservation[]): Promise<void> {
  if (rows.length === 0) return;
  const published = rows.map((row) => ({ row, revision: lastPublished(row.revisions) }));
  await sql`
    insert into observation (indicator_code, unit_id, province_id, level, period, disaggregation_by, disaggregation_value, value, numerator, denominator,
      status, revision, published_revision, published_value, published_numerator, published_denominator, published_source, published_illustrative, illustrative, source,
      version, created_at, updated_at)
    select x.indicator, x.unit_id, u.province_id, x.level, x.period, x.by, x.dvalue, x.value, x.numerator, x.denominator,
      x.status, x.revision, x.published_revision, x.published_value, x.published_numerator, x.published_denominator,
      case when x.published_revision is null then null else x.source end, case when x.published_revision is null then null else true end, true, x.source, 1, x.recorded_at, x.recorded_at
    from unnest(${arrays([
      [rows.map((row) => row.indicator), 'text'],
      [rows.map((row) => row.unitId), 'text'],
      [rows.map((row) => row.level), 'text'],
      [rows.map((row) => row.period), 'text'],
      [rows.map((row) => row.disaggregation?.by ?? null), 'text'],
      [rows.map((row) => (row.disaggregation === undefined ? null : String(row.disaggregation.value))), 'text'],
      [rows.map((row) => row.value), 'float8'],
      [rows.map((row) => row.numerator ?? null), 'integer'],
      [rows.map((row) => row.denominator ?? null), 'integer'],
      [rows.map((row) => row.status), 'text'],
      [rows.map((row) => row.revisions.length), 'integer'],
      [published.map(({ revision }) => (revision === null ? null : revision.number)), 'integer'],
      [published.map(({ revision }) => revision?.value ?? null), 'float8'],
      [published.map(({ revision }) => revision?.numerator ?? null), 'integer'],
      [published.map(({ revision }) => revision?.denominator ?? null), 'integer'],
      [rows.map((row) => row.source), 'text'],
      [rows.map((row) => row.revisions.at(-1)?.recordedAt ?? null), 'timestamptz'],
    ])}) as x(indicator, unit_id, level, period, by, dvalue, value, numerator, denominator, status, revision,
      published_revision, published_value, published_numerator, published_denominator, source, recorded_at)
    join admin_unit u on u.id = x.unit_id`.execute(db);

  const revisions = rows.flatMap((row) => row.revisions.map((revision, index) => ({ row, revision, number: index + 1 })));
  await sql`
    insert into observation_revision (observation_id, number, value, numerator, denominator, status, reason, recorded_at, recorded_by)
    select o.id, x.number, x.value, x.numerator, x.denominator, x.status, x.reason, x.recorded_at, x.recorded_by
    from unnest(${arrays([
      [revisions.map(({ row }) => row.indicator), 'text'],
      [revisions.map(({ row }) => row.unitId), 'text'],
      [revisions.map(({ row }) => row.level), 'text'],
      [revisions.map(({ row }) => row.period), 'text'],
      [revisions.map(({ row }) => row.disaggregation?.by ?? null), 'text'],
      [revisions.map(({ row }) => (row.disaggregation === undefined ? null : String(row.disaggregation.value))), 'text'],
      [revisions.map(({ number }) => number), 'integer'],
      [revisions.map(({ revision }) => revision.value), 'float8'],
      [revisions.map(({ revision }) => revision.numerator ?? null), 'integer'],
      [revisions.map(({ revision }) => revision.denominator ?? null), 'integer'],
      [revisions.map(({ revision }) => revision.status), 'text'],
      [revisions.map(({ revision }) => revision.reason), 'text'],
      [revisions.map(({ revision }) => revision.recordedAt), 'timestamptz'],
      [revisions.map(({ revision }) => revision.recordedBy), 'text'],
    ])}) as x(indicator, unit_id, level, period, by, dvalue, number, value, numerator, denominator, status, reason, recorded_at, recorded_by)
    join observation o on o.indicator_code = x.indicator and o.unit_id = x.unit_id and o.level = x.level and o.period = x.period
      and o.disaggregation_by is not distinct from x.by and o.disaggregation_value is not distinct from x.dvalue`.execute(db);
}

/** Writes generated explanations of missed targets in one statement, flagged illustrative, with their English text. */
export async function insertDemoExplanations(db: Kysely<unknown>, rows: readonly DemoExplanation[]): Promise<void> {
  if (rows.length === 0) return;
  await sql`
    insert into target_explanation (target_id, cause, remedy, cause_en, remedy_en, illustrative, recorded_by, recorded_at, version)
    select x.target_id, x.cause, x.remedy, x.cause_en, x.remedy_en, true, x.recorded_by, x.recorded_at, 1
    from unnest(${arrays([
      [rows.map((row) => row.targetId), 'text'],
      [rows.map((row) => row.cause), 'text'],
      [rows.map((row) => row.remedy), 'text'],
      [rows.map((row) => row.causeEn), 'text'],
      [rows.map((row) => row.remedyEn), 'text'],
      [rows.map((row) => row.recordedBy), 'text'],
      [rows.map((row) => row.recordedAt), 'timestamptz'],
    ])}) as x(target_id, cause, remedy, cause_en, remedy_en, recorded_by, recorded_at)`.execute(db);
}

function lastPublished(revisions: readonly DemoRevision[]): (DemoRevision & { number: number }) | null {
  const index = revisions.findLastIndex((revision) => revision.status === 'published');
  const revision = revisions[index];
  return revision === undefined ? null : { ...revision, number: index + 1 };
}

/**
 * Seeds the illustrative figures of the five plan districts, their neighbours and the provinces used for re-basing,
 * and illustrative explanations of a few targets those figures miss.
 */
export class DemoObservationsSeeder extends Seeder {
  override async run(em: EntityManager): Promise<void> {
    const db = em.getKysely<unknown>();
    const observations = demoObservations();
    await insertDemoObservations(db, observations);
    await insertDemoExplanations(db, demoExplanations(observations));
  }
}
