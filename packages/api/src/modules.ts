import 'reflect-metadata';
import { AccountEntity } from './auth/account.entity.js';
import { ApiTokenEntity } from './auth/api-token.entity.js';
import { AuditEventEntity } from './audit/audit-event.entity.js';
import { TargetExplanationEntity } from './explanation/target-explanation.entity.js';
import { ObservationChangeEntity } from './feed/observation-change.entity.js';
import { ObservationChangeCommitEntity } from './feed/observation-change-commit.entity.js';
import { ObservationReleaseEntity } from './workflow/observation-release.entity.js';
import { ProvinceAggregateEntity } from './province-scorecard/province-aggregate.entity.js';
import { PublicationVersionEntity } from './publication/publication-version.entity.js';
import { ProvinceAggregateSeeder } from './province-scorecard/province-aggregate.seeder.js';
import { ProvinceScorecardFigureResolver, ProvinceScorecardResolver, ProvinceScorecardUnitResolver } from './province-scorecard/province-scorecard.resolver.js';
import { ObservationWorkflowResolver } from './workflow/observation-workflow.resolver.js';
import { createWorkflowLoaders } from './workflow/workflow.loaders.js';
import { PlanTargetResolver } from './workflow/plan-target.resolver.js';
import { createExplanationLoaders } from './explanation/explanation.loaders.js';
import { ExplanationResolver } from './explanation/explanation.resolver.js';
import { FeedResolver } from './feed/feed.resolver.js';
import { AuditResolver } from './audit/audit.resolver.js';
import { CompletenessResolver } from './completeness/completeness.resolver.js';
import { mountExportRoutes } from './export/export-routes.js';
import { mountImportRoutes } from './import/import-routes.js';
import { ImportResolver } from './import/import.resolver.js';
import { startReleaseTimer } from './workflow/release-timer.js';
import { createPublicCorrectionLoaders, PublicCorrectionResolver } from './audit/public-corrections.js';
import { WorkflowResolver } from './workflow/workflow.resolver.js';
import { DistributionEntity } from './indicator/distribution.entity.js';
import { IndicatorEntity } from './indicator/indicator.entity.js';
import { createIndicatorLoaders } from './indicator/indicator.loaders.js';
import { DistributionResolver, IndicatorResolver } from './indicator/indicator.resolver.js';
import { IndicatorSeeder } from './indicator/indicator.seeder.js';
import { ObservationRevisionEntity } from './observation/observation-revision.entity.js';
import { ObservationEntity } from './observation/observation.entity.js';
import { createObservationLoaders } from './observation/observation.loaders.js';
import { ObservationResolver, UnitObservationsResolver } from './observation/observation.resolver.js';
import { PlanDeadlineEntity } from './plan/plan-deadline.entity.js';
import { PlanTaskGroupEntity } from './plan/plan-task-group.entity.js';
import { PlanEntity } from './plan/plan.entity.js';
import { createPlanLoaders } from './plan/plan.loaders.js';
import { PlanResolver, UnitPlansResolver } from './plan/plan.resolver.js';
import { PlanSeeder } from './plan/plan.seeder.js';
import { FigurePartResolver, FigureRefusalResolver, ProvinceFigureResolver } from './rebase/province-figure.resolver.js';
import { ScorecardResolver, TargetAttainmentResolver } from './scorecard/scorecard.resolver.js';
import { DemoObservationsSeeder } from './seeders/demo-observations.seeder.js';
import { DistrictComparisonResolver, DistrictFigureResolver, SeriesResolver } from './series/series.resolver.js';
import { TargetEntity } from './target/target.entity.js';
import { createTargetLoaders } from './target/target.loaders.js';
import { IndicatorTargetsResolver, PlanTargetsResolver, TargetResolver, UnitTargetsResolver } from './target/target.resolver.js';
import { UnitSuccessionEntity } from './unit/unit-succession.entity.js';
import { UnitEntity } from './unit/unit.entity.js';
import { createUnitLoaders } from './unit/unit.loaders.js';
import { UnitResolver } from './unit/unit.resolver.js';
import { UnitSeeder } from './unit/unit.seeder.js';

/*
 * The features of the API. A feature adds its tables to `entities`, its resolvers to `resolvers`,
 * its per-request DataLoaders to `loaderFactories` (reachable as ctx.loaders.<name>) and its seeders to `seeders`.
 */

/** Every table; migrations are generated from these. */
export const entities = [
  UnitEntity,
  UnitSuccessionEntity,
  IndicatorEntity,
  DistributionEntity,
  PlanEntity,
  PlanTaskGroupEntity,
  PlanDeadlineEntity,
  TargetEntity,
  ObservationEntity,
  ObservationRevisionEntity,
  AccountEntity,
  ApiTokenEntity,
  AuditEventEntity,
  ObservationChangeEntity,
  ObservationChangeCommitEntity,
  ObservationReleaseEntity,
  TargetExplanationEntity,
  ProvinceAggregateEntity,
  PublicationVersionEntity,
] as const;

/** Every resolver class of the schema. */
export const resolvers = [
  UnitResolver,
  IndicatorResolver,
  DistributionResolver,
  PlanResolver,
  UnitPlansResolver,
  TargetResolver,
  PlanTargetsResolver,
  UnitTargetsResolver,
  IndicatorTargetsResolver,
  ObservationResolver,
  UnitObservationsResolver,
  ScorecardResolver,
  TargetAttainmentResolver,
  ProvinceFigureResolver,
  FigurePartResolver,
  FigureRefusalResolver,
  SeriesResolver,
  DistrictComparisonResolver,
  DistrictFigureResolver,
  WorkflowResolver,
  ObservationWorkflowResolver,
  PlanTargetResolver,
  ExplanationResolver,
  FeedResolver,
  AuditResolver,
  PublicCorrectionResolver,
  CompletenessResolver,
  ImportResolver,
  ProvinceScorecardResolver,
  ProvinceScorecardUnitResolver,
  ProvinceScorecardFigureResolver,
] as const;

/** Per-request DataLoader factories, one per feature. */
export const loaderFactories = {
  unit: createUnitLoaders,
  indicator: createIndicatorLoaders,
  plan: createPlanLoaders,
  target: createTargetLoaders,
  observation: createObservationLoaders,
  workflow: createWorkflowLoaders,
  explanation: createExplanationLoaders,
  corrections: createPublicCorrectionLoaders,
} as const;

/** Seeders, run in this order (later ones refer to earlier rows) on an empty database. */
export const seeders = [UnitSeeder, IndicatorSeeder, PlanSeeder, DemoObservationsSeeder, ProvinceAggregateSeeder] as const;

/** Plain HTTP endpoints beside /graphql (file downloads and uploads), mounted by the server before its 404 handler. */
export const httpRoutes = [mountImportRoutes, mountExportRoutes] as const;

/** Work the server runs while it listens; each returns the function that stops it, awaited when the server closes. */
export const backgroundTasks = [startReleaseTimer] as const;
