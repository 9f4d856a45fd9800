import type { Disaggregation, Distribution, Indicator, Level, ObservationStatus, Plan, Target } from '@edu-vn/domain';
import { seededRandom, type Random } from './demo-observations.random.js';
import {
  AGGREGATED_PROVINCE,
  CALENDAR_YEARS,
  DEMO_DISTRICTS,
  DIRECT_PROVINCES,
  PLAN_DISTRICTS,
  POST_REFORM_PROVINCE,
  SCHOOL_YEARS,
} from './demo-observations.units.js';
import {
  aimAtTarget,
  betterDirection,
  clampToIndicator,
  driftFromTarget,
  figureOf,
  isRate,
  populationOf,
  stepFigure,
  towardsMeeting,
  type Figure,
} from './demo-observations.values.js';

/** The source every generated figure carries, so no one mistakes it for a real one. */
export const DEMO_SOURCE = 'Số liệu minh họa — generated';

/** One revision of a generated figure. */
export interface DemoRevision extends Figure {
  status: ObservationStatus;
  /** Why the figure was corrected; null for the first revision. */
  reason: string | null;
  recordedAt: string;
  recordedBy: string;
}

/** A generated figure with its history; the last revision is the current figure. */
export interface DemoObservation extends Figure {
  indicator: string;
  /** Unit id as the domain spells it: the code before the reform, code@2025 after it. */
  unitId: string;
  level: Level;
  period: string;
  disaggregation?: Disaggregation;
  status: ObservationStatus;
  source: typeof DEMO_SOURCE;
  illustrative: true;
  revisions: DemoRevision[];
}

/** What the generator needs from the domain: the plans, the catalogue and the rules. */
export interface DemoInputs {
  plans: readonly Plan[];
  indicators: readonly Indicator[];
  distributions: readonly Distribution[];
  /** Domain attainment: whether a figure meets a target. */
  meets(target: Target, figure: Figure): boolean;
  /** Domain aggregation: one rate from the summed numerators and denominators of its parts. */
  sumRates(parts: readonly Figure[]): Figure;
  seed?: string;
}

/** A line of figures for one unit: an indicator, level and breakdown, anchored on a target. */
interface Combo {
  indicator: Indicator;
  level: Level;
  disaggregation?: Disaggregation;
  reference: Target;
  /** True when the reference is the unit's own target: the figure for its period is meant to meet it or not. */
  own: boolean;
}

interface UnitPlan {
  unitId: string;
  scale: number;
  combos: Combo[];
  periods?: readonly string[];
}

/** Who recorded every generated row: the generator, never a person. */
export const RECORDED_BY = 'Bộ sinh số liệu minh họa / illustrative data generator';
const CORRECTION_REASON =
  'Sửa số liệu sau khi đối chiếu với báo cáo tổng kết năm học (số liệu minh họa) / Corrected after checking against the year-end report (illustrative)';

/** Generates the illustrative dataset: deterministic for a seed, every row flagged and sourced as generated. */
export function generateDemoObservations(inputs: DemoInputs): DemoObservation[] {
  const seed = inputs.seed ?? 'edu-vn-demo-1';
  const catalogue = new Map(inputs.indicators.map((indicator) => [indicator.code, indicator]));
  const rows: DemoObservation[] = [];
  const unitPlans = planUnits(inputs, catalogue, seed);
  for (const unit of unitPlans) rows.push(...generateForUnit(unit, inputs, catalogue, seed));
  rows.push(...aggregateProvince(rows, catalogue, inputs));
  return dedupe(rows);
}

function planUnits(inputs: DemoInputs, catalogue: Map<string, Indicator>, seed: string): UnitPlan[] {
  const units: UnitPlan[] = [];
  const allTargets = inputs.plans.flatMap((plan) => plan.targets);
  const rateTargets = allTargets.filter((target) => {
    const indicator = catalogue.get(target.indicator);
    return indicator !== undefined && isRate(indicator) && indicator.distribution === undefined;
  });
  for (const districts of Object.values(DEMO_DISTRICTS)) {
    const provinceTargets = inputs.plans.filter((plan) => districts.includes(plan.unitCode)).flatMap((plan) => plan.targets);
    for (const unitCode of districts) {
      const own = inputs.plans.filter((plan) => plan.unitCode === unitCode).flatMap((plan) => plan.targets);
      const combos = combosFrom([...own, ...provinceTargets, ...rateTargets], catalogue, unitCode);
      units.push({ unitId: unitCode, scale: scaleOf(unitCode, seed), combos });
    }
  }
  const traVinhTargets = inputs.plans.filter((plan) => (DEMO_DISTRICTS[AGGREGATED_PROVINCE] ?? []).includes(plan.unitCode)).flatMap((plan) => plan.targets);
  const provinceCombos = combosFrom([...traVinhTargets, ...rateTargets], catalogue, '').filter((combo) => isRate(combo.indicator));
  for (const province of DIRECT_PROVINCES) {
    const themes = province.themes;
    const combos = provinceCombos.filter((combo) => themes === 'all' || themes.includes(combo.indicator.theme));
    units.push({ unitId: province.code, scale: province.scale, combos });
  }
  units.push({
    unitId: POST_REFORM_PROVINCE.code,
    scale: POST_REFORM_PROVINCE.scale,
    combos: provinceCombos.filter((combo) => isSchoolYear(combo.reference.period)),
    periods: [POST_REFORM_PROVINCE.period],
  });
  return units;
}

/** One combo per indicator, level and breakdown; the first target listed is its reference. */
function combosFrom(targets: readonly Target[], catalogue: Map<string, Indicator>, unitCode: string): Combo[] {
  const combos = new Map<string, Combo>();
  for (const target of targets) {
    const indicator = catalogue.get(target.indicator);
    if (indicator === undefined) continue;
    const key = comboKey(target.indicator, target.level, target.disaggregation);
    if (combos.has(key)) continue;
    combos.set(key, { indicator, level: target.level, disaggregation: target.disaggregation, reference: target, own: target.unitCode === unitCode });
  }
  return [...combos.values()];
}

function generateForUnit(unit: UnitPlan, inputs: DemoInputs, catalogue: Map<string, Indicator>, seed: string): DemoObservation[] {
  const rows: DemoObservation[] = [];
  const plain = unit.combos.filter((combo) => combo.indicator.distribution === undefined);
  for (const combo of plain) {
    for (const period of unit.periods ?? periodsAround(combo.reference.period)) {
      const random = seededRandom(`${seed}|${unit.unitId}|${comboKey(combo.indicator.code, combo.level, combo.disaggregation)}|${period}`);
      const figure = plainFigure(combo, unit, period, inputs, random);
      rows.push(observationOf(combo.indicator.code, combo.level, combo.disaggregation, unit.unitId, period, figure, combo, seed));
    }
  }
  for (const group of distributionGroups(unit.combos, inputs.distributions, catalogue)) {
    for (const period of unit.periods ?? periodsAround(group.reference.period)) {
      const random = seededRandom(`${seed}|${unit.unitId}|${group.distribution.code}|${group.level}|${disaggregationKey(group.disaggregation)}|${period}`);
      const figures = distributionFigures(group, unit, period, random);
      for (const [code, figure] of figures) {
        const combo = group.bands.get(code);
        rows.push(observationOf(code, group.level, group.disaggregation, unit.unitId, period, figure, combo, seed));
      }
    }
  }
  return rows;
}

function plainFigure(combo: Combo, unit: UnitPlan, period: string, inputs: DemoInputs, random: Random): Figure {
  const { reference, indicator } = combo;
  const yearsAfter = yearOf(period) - yearOf(reference.period);
  const met = random.chance(combo.own ? 0.7 : 0.65);
  const direction = betterDirection(reference, indicator);
  const aim = clampToIndicator(driftFromTarget(aimAtTarget(reference, indicator, met, random), yearsAfter, direction, indicator, random), indicator, reference);
  const denominator = isRate(indicator) ? populationOf(indicator, combo.level, combo.disaggregation, unit.scale, yearIndex(period), random) : undefined;
  const figure = figureOf(aim, indicator, denominator);
  return combo.own && yearsAfter === 0 ? nudge(figure, reference, indicator, met, inputs) : figure;
}

/** Moves a figure one step at a time until it meets (or misses) its target as intended, by the domain's own rule. */
function nudge(figure: Figure, target: Target, indicator: Indicator, met: boolean, inputs: DemoInputs): Figure {
  let current = figure;
  for (let step = 0; step < 400 && inputs.meets(target, current) !== met; step += 1) {
    const towards = towardsMeeting(target, current);
    const away: 1 | -1 = target.comparator === 'eq' ? (target.value > 0 ? -1 : 1) : towards === 1 ? -1 : 1;
    const next = stepFigure(current, indicator, met ? towards : away);
    if (next === null) return current;
    current = next;
  }
  return current;
}

interface DistributionGroup {
  distribution: Distribution;
  level: Level;
  disaggregation?: Disaggregation;
  reference: Target;
  /** Band indicator code → its combo when a target names it. */
  bands: Map<string, Combo>;
}

function distributionGroups(combos: readonly Combo[], distributions: readonly Distribution[], catalogue: Map<string, Indicator>): DistributionGroup[] {
  const groups = new Map<string, DistributionGroup>();
  for (const combo of combos) {
    const code = combo.indicator.distribution;
    const distribution = distributions.find((candidate) => candidate.code === code);
    if (code === undefined || distribution === undefined) continue;
    if (!distribution.bands.every((band) => catalogue.has(band))) continue;
    const key = `${code}|${combo.level}|${disaggregationKey(combo.disaggregation)}`;
    const group = groups.get(key) ?? { distribution, level: combo.level, disaggregation: combo.disaggregation, reference: combo.reference, bands: new Map() };
    group.bands.set(combo.indicator.code, combo);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** Every band of a distribution over one denominator, so the bands add up to exactly 100%. */
function distributionFigures(group: DistributionGroup, unit: UnitPlan, period: string, random: Random): Map<string, Figure> {
  const first = group.bands.values().next().value as Combo;
  const denominator = populationOf(first.indicator, group.level, group.disaggregation, unit.scale, yearIndex(period), random);
  const targeted = group.distribution.bands.map((band) => {
    const combo = group.bands.get(band);
    if (combo === undefined) return undefined;
    const yearsAfter = yearOf(period) - yearOf(combo.reference.period);
    const aim = aimAtTarget(combo.reference, combo.indicator, random.chance(0.7), random);
    return Math.max(0, driftFromTarget(aim, yearsAfter, betterDirection(combo.reference, combo.indicator), combo.indicator, random));
  });
  const untargeted = targeted.filter((aim) => aim === undefined).length;
  const rest = 100 - targeted.reduce<number>((sum, aim) => sum + (aim ?? 0), 0);
  const aims = targeted.map((aim) => aim ?? Math.max(random.between(0.3, 1.5), (rest / untargeted) * random.between(0.9, 1.1)));
  const total = aims.reduce((sum, aim) => sum + aim, 0) || 1;
  const exact = aims.map((aim) => (aim / total) * denominator);
  const numerators = exact.map(Math.floor);
  let remaining = denominator - numerators.reduce((sum, n) => sum + n, 0);
  const byRemainder = exact.map((value, index) => ({ index, rest: value - Math.floor(value) })).sort((a, b) => b.rest - a.rest);
  for (const { index } of byRemainder) {
    if (remaining <= 0) break;
    numerators[index] = (numerators[index] ?? 0) + 1;
    remaining -= 1;
  }
  const figures = new Map<string, Figure>();
  group.distribution.bands.forEach((band, index) => {
    const numerator = numerators[index] ?? 0;
    figures.set(band, { value: Math.round((10000 * numerator) / denominator) / 100, numerator, denominator });
  });
  return figures;
}

function observationOf(
  indicator: string,
  level: Level,
  disaggregation: Disaggregation | undefined,
  unitId: string,
  period: string,
  figure: Figure,
  combo: Combo | undefined,
  seed: string,
): DemoObservation {
  const random = seededRandom(`${seed}|${unitId}|${comboKey(indicator, level, disaggregation)}|${period}|history`);
  const ownPeriod = combo !== undefined && combo.own && combo.reference.period === period;
  const latest = period === SCHOOL_YEARS[SCHOOL_YEARS.length - 1] || period === CALENDAR_YEARS[CALENDAR_YEARS.length - 1];
  const status = latest && hasWorkInProgress(unitId) ? pickStatus(random) : 'published';
  const first: DemoRevision = { ...figure, status, reason: null, recordedAt: recordedAtOf(period, 0), recordedBy: RECORDED_BY };
  const corrected = figure.numerator !== undefined && random.chance(ownPeriod ? 0.2 : 0.04);
  // A correction not yet published leaves the first report as the public figure.
  const revisions: DemoRevision[] = corrected
    ? [
        { ...first, ...misreported(figure, random), status: 'published' },
        { ...figure, status, reason: CORRECTION_REASON, recordedAt: recordedAtOf(period, 1), recordedBy: RECORDED_BY },
      ]
    : [first];
  return {
    indicator,
    unitId,
    level,
    period,
    ...(disaggregation === undefined ? {} : { disaggregation }),
    ...figure,
    status,
    source: DEMO_SOURCE,
    illustrative: true,
    revisions,
  };
}

function pickStatus(random: Random): ObservationStatus {
  const draw = random.next();
  if (draw < 0.75) return 'published';
  if (draw < 0.87) return 'approved';
  if (draw < 0.95) return 'submitted';
  return 'draft';
}

/** The figure first reported before a correction: a few in the numerator off. */
function misreported(figure: Figure, random: Random): Figure {
  const numerator = figure.numerator ?? 0;
  const denominator = figure.denominator ?? 1;
  const shift = Math.max(1, Math.round(numerator * random.between(0.005, 0.02)));
  const wrong = numerator + shift <= denominator ? numerator + shift : Math.max(0, numerator - shift);
  return { value: Math.round((10000 * wrong) / denominator) / 100, numerator: wrong, denominator };
}

/** Trà Vinh recomputed from all its districts: summed numerators over summed denominators. */
function aggregateProvince(rows: readonly DemoObservation[], catalogue: Map<string, Indicator>, inputs: DemoInputs): DemoObservation[] {
  const districts = new Set(DEMO_DISTRICTS[AGGREGATED_PROVINCE] ?? []);
  const groups = new Map<string, DemoObservation[]>();
  for (const row of rows) {
    const indicator = catalogue.get(row.indicator);
    if (!districts.has(row.unitId) || indicator === undefined || !isRate(indicator) || row.status !== 'published') continue;
    const key = `${comboKey(row.indicator, row.level, row.disaggregation)}|${row.period}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  const provinceRows: DemoObservation[] = [];
  for (const parts of groups.values()) {
    const first = parts[0];
    if (first === undefined || parts.length !== districts.size) continue;
    const figure = inputs.sumRates(parts);
    provinceRows.push({
      indicator: first.indicator,
      unitId: AGGREGATED_PROVINCE,
      level: first.level,
      period: first.period,
      ...(first.disaggregation === undefined ? {} : { disaggregation: first.disaggregation }),
      ...figure,
      status: 'published',
      source: DEMO_SOURCE,
      illustrative: true,
      revisions: [{ ...figure, status: 'published', reason: null, recordedAt: recordedAtOf(first.period, 2), recordedBy: RECORDED_BY }],
    });
  }
  return provinceRows;
}

function dedupe(rows: readonly DemoObservation[]): DemoObservation[] {
  const seen = new Map<string, DemoObservation>();
  for (const row of rows) {
    const key = `${row.unitId}|${comboKey(row.indicator, row.level, row.disaggregation)}|${row.period}`;
    if (!seen.has(key)) seen.set(key, row);
  }
  return [...seen.values()];
}

function comboKey(indicator: string, level: Level, disaggregation: Disaggregation | undefined): string {
  return `${indicator}|${level}|${disaggregationKey(disaggregation)}`;
}

function disaggregationKey(disaggregation: Disaggregation | undefined): string {
  return disaggregation === undefined ? 'total' : `${disaggregation.by}=${disaggregation.value}`;
}

function scaleOf(unitCode: string, seed: string): number {
  return seededRandom(`${seed}|scale|${unitCode}`).between(0.6, 1.6);
}

/** Districts outside the plan districts and outside Trà Vinh (which must stay complete to be summed) have figures still in review. */
function hasWorkInProgress(unitId: string): boolean {
  const traVinh = DEMO_DISTRICTS[AGGREGATED_PROVINCE] ?? [];
  return !(PLAN_DISTRICTS as readonly string[]).includes(unitId) && !traVinh.includes(unitId) && Object.values(DEMO_DISTRICTS).some((districts) => districts.includes(unitId));
}

function isSchoolYear(period: string): boolean {
  return /^\d{4}-\d{4}$/.test(period);
}

function periodsAround(period: string): readonly string[] {
  if (isSchoolYear(period)) return SCHOOL_YEARS;
  if (/^\d{4}$/.test(period)) return CALENDAR_YEARS;
  return [period];
}

function yearOf(period: string): number {
  return Number(period.slice(0, 4));
}

function yearIndex(period: string): number {
  return yearOf(period) - 2021;
}

/** When a figure was recorded: after its period ends, later for each revision. */
function recordedAtOf(period: string, revision: number): string {
  const endYear = isSchoolYear(period) ? yearOf(period) + 1 : yearOf(period) + 1;
  const month = isSchoolYear(period) ? 7 + revision : 1 + revision;
  return `${endYear}-${String(month).padStart(2, '0')}-15T09:00:00.000Z`;
}
