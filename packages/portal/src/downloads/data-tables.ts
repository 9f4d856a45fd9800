import type { Attainment, Explanation, ObservationInfo, Series, SiteData, TargetInfo } from '../data/site-data.js';
import type { Cell } from './csv.js';
import { planLabel } from '../views/plan-label.js';
import { messages } from '../i18n/messages.js';

/** A table of the site offered as CSV and JSON, under one file name for both. */
export interface DataTable {
  file: string;
  titleVi: string;
  titleEn: string;
  /** Query run the rows come from. */
  query: string;
  columns: string[];
  rows: Array<Record<string, Cell>>;
}

/** File names of the tables, shared by the pages that link to them and the endpoints that write them. */
export const tableFile = {
  districts: () => 'districts',
  indicators: () => 'indicators',
  plans: () => 'plans',
  scorecard: (unit: string, period: string) => `scorecard-${unit}-${period}`,
  observations: (unit: string) => `observations-${unit}`,
  trend: (indicator: string, unit: string, level: string) => `trend-${indicator}-${unit}-${level}`,
  indicatorSeries: (indicator: string, level: string) => `indicator-${indicator}-${level}`,
  comparison: (province: string, indicator: string, level: string, period: string) => `comparison-${province}-${indicator}-${level}-${period}`,
  planTargets: (plan: string) => `plan-${plan}-targets`,
  planDeadlines: (plan: string) => `plan-${plan}-deadlines`,
  planTaskGroups: (plan: string) => `plan-${plan}-task-groups`,
};

const TARGET_COLUMNS = ['target_id', 'indicator', 'level', 'period', 'unit_code', 'comparator', 'target_value', 'target_value_max', 'target_unit', 'wording', 'plan', 'section', 'disaggregation'] as const;
const ACTUAL_COLUMNS = ['actual_value', 'numerator', 'denominator', 'status', 'revision', 'recorded_at', 'illustrative', 'source', 'attainment', 'margin', 'explanation_cause', 'explanation_remedy', 'explanation_illustrative'] as const;

function targetCells(t: TargetInfo): Record<string, Cell> {
  return {
    target_id: t.id,
    indicator: t.indicator,
    level: t.level,
    period: t.period,
    unit_code: t.unitCode,
    comparator: t.comparator,
    target_value: t.value,
    target_value_max: t.valueMax,
    target_unit: t.unit,
    wording: t.wording,
    plan: t.planId,
    section: t.section,
    disaggregation: t.disaggregation ? `${t.disaggregation.by}:${t.disaggregation.value}` : null,
  };
}

function actualCells(actual: ObservationInfo | null, attainment: Attainment, explanation: Explanation | null): Record<string, Cell> {
  return {
    actual_value: actual?.value ?? null,
    numerator: actual?.numerator ?? null,
    denominator: actual?.denominator ?? null,
    status: actual?.status ?? null,
    revision: actual?.revision ?? null,
    recorded_at: actual?.recordedAt ?? null,
    illustrative: actual ? actual.illustrative : null,
    source: actual?.source ?? null,
    attainment: attainment.status,
    margin: attainment.margin,
    explanation_cause: explanation?.cause ?? null,
    explanation_remedy: explanation?.remedy ?? null,
    explanation_illustrative: explanation ? explanation.illustrative : null,
  };
}

/** Every table the site shows, as data: what the open-data page lists and the download endpoints write. */
export function dataTables(data: SiteData): DataTable[] {
  const indicatorName = new Map(data.indicators.map((i) => [i.code, i]));
  const unitName = new Map(data.districts.map((d) => [d.code, d.name]));
  const tables: DataTable[] = [];
  const levelVi = (level: string) => messages('vi').level[level] ?? level;
  const levelEn = (level: string) => messages('en').level[level] ?? level;

  const unitsQuery = data.districts[0]?.query ?? '';
  tables.push({
    file: tableFile.districts(),
    titleVi: 'Các huyện',
    titleEn: 'Districts',
    query: unitsQuery,
    columns: ['code', 'name', 'short_name', 'type', 'province_code', 'province_name', 'valid_from', 'valid_to', 'successors'],
    rows: data.districts.map((d) => ({
      code: d.code,
      name: d.name,
      short_name: d.shortName,
      type: d.type,
      province_code: d.provinceCode,
      province_name: d.provinceName,
      valid_from: d.validFrom,
      valid_to: d.validTo,
      successors: d.successors.map((s) => `${s.unit.code} ${s.unit.name} (${s.relation})`).join('; ') || null,
    })),
  });

  tables.push({
    file: tableFile.indicators(),
    titleVi: 'Các chỉ số',
    titleEn: 'Indicators',
    query: data.indicators[0]?.query ?? '',
    columns: ['code', 'name_vi', 'name_en', 'unit', 'direction', 'theme', 'levels', 'definition_vi', 'definition_en', 'numerator_vi', 'denominator_vi'],
    rows: data.indicators.map((i) => ({
      code: i.code,
      name_vi: i.nameVi,
      name_en: i.nameEn,
      unit: i.unit,
      direction: i.direction,
      theme: i.theme,
      levels: i.levels.join(' '),
      definition_vi: i.definitionVi,
      definition_en: i.definitionEn,
      numerator_vi: i.numeratorVi,
      denominator_vi: i.denominatorVi,
    })),
  });

  tables.push({
    file: tableFile.plans(),
    titleVi: 'Các kế hoạch',
    titleEn: 'Plans',
    query: data.plans[0]?.query ?? '',
    columns: ['id', 'number', 'title', 'issuer', 'unit_code', 'unit_name', 'issued_on', 'signer', 'period', 'targets', 'task_groups', 'deadlines', 'source'],
    rows: data.plans.map((p) => ({
      id: p.id,
      number: p.number,
      title: p.title,
      issuer: p.issuer,
      unit_code: p.unitCode,
      unit_name: unitName.get(p.unitCode) ?? null,
      issued_on: p.issuedOn,
      signer: p.signerName ? `${p.signerName}${p.signerTitle ? `, ${p.signerTitle}` : ''}` : null,
      period: p.period,
      targets: p.targets.length,
      task_groups: p.taskGroups.length,
      deadlines: p.deadlines.length,
      source: p.source,
    })),
  });

  for (const plan of data.plans) {
    const label = planLabel(plan, data.districts.find((d) => d.code === plan.unitCode));
    tables.push({
      file: tableFile.planTargets(plan.id),
      titleVi: `Chỉ tiêu của kế hoạch ${label}`,
      titleEn: `Targets of plan ${label}`,
      query: plan.query,
      columns: [...TARGET_COLUMNS, 'quote', ...ACTUAL_COLUMNS],
      rows: plan.targets.map((row) => ({ ...targetCells(row.target), quote: row.target.quote, ...actualCells(row.actual, row.attainment, row.explanation) })),
    });
    tables.push({
      file: tableFile.planDeadlines(plan.id),
      titleVi: `Lịch báo cáo của kế hoạch ${label}`,
      titleEn: `Reporting calendar of plan ${label}`,
      query: plan.query,
      columns: ['section', 'description_vi', 'description_en', 'kind', 'date', 'day', 'month', 'before', 'event_vi', 'event_en'],
      rows: plan.deadlines.map((d) => ({
        section: d.section,
        description_vi: d.descriptionVi,
        description_en: d.descriptionEn,
        kind: d.kind,
        date: d.date,
        day: d.day,
        month: d.month,
        before: d.before,
        event_vi: d.eventVi,
        event_en: d.eventEn,
      })),
    });
    tables.push({
      file: tableFile.planTaskGroups(plan.id),
      titleVi: `Nhóm nhiệm vụ của kế hoạch ${label}`,
      titleEn: `Task groups of plan ${label}`,
      query: plan.query,
      columns: ['section', 'title_vi', 'summary_vi'],
      rows: plan.taskGroups.map((g) => ({ section: g.section, title_vi: g.titleVi, summary_vi: g.summaryVi })),
    });
  }

  for (const card of data.scorecards) {
    const name = unitName.get(card.unitCode) ?? card.unitCode;
    tables.push({
      file: tableFile.scorecard(card.unitCode, card.period),
      titleVi: `Bảng đánh giá chỉ tiêu ${name}, ${card.period}`,
      titleEn: `Scorecard of ${name}, ${card.period}`,
      query: card.query,
      columns: [...TARGET_COLUMNS, ...ACTUAL_COLUMNS],
      rows: card.rows.map((row) => ({ ...targetCells(row.target), ...actualCells(row.actual, row.attainment, row.explanation) })),
    });
  }

  const seriesColumns = ['indicator', 'unit_code', 'unit_name', 'level', 'period', 'value', 'target_comparator', 'target', 'status', 'illustrative'];
  const seriesRows = (list: readonly Series[]) =>
    list.flatMap((s) =>
      s.points.map((p) => ({
        indicator: s.indicator,
        unit_code: s.unitCode,
        unit_name: unitName.get(s.unitCode) ?? null,
        level: s.level,
        period: p.period,
        value: p.value,
        target_comparator: p.target?.comparator ?? null,
        target: p.target?.value ?? null,
        status: p.status,
        illustrative: p.illustrative,
      })),
    );

  for (const district of data.districts) {
    const list = data.series.filter((s) => s.unitCode === district.code);
    if (list.length === 0) continue;
    tables.push({
      file: tableFile.observations(district.code),
      titleVi: `Số liệu của ${district.name} qua các năm`,
      titleEn: `Figures of ${district.name} over the years`,
      query: list[0]?.query ?? '',
      columns: seriesColumns,
      rows: seriesRows(list),
    });
  }

  for (const chart of data.charts) {
    const indicator = indicatorName.get(chart.indicator);
    const name = unitName.get(chart.unitCode) ?? chart.unitCode;
    tables.push({
      file: tableFile.trend(chart.indicator, chart.unitCode, chart.level),
      titleVi: `${indicator?.nameVi ?? chart.indicator}, ${name}, ${levelVi(chart.level)}: xu hướng`,
      titleEn: `${indicator?.nameEn ?? chart.indicator}, ${name}, ${levelEn(chart.level)}: trend`,
      query: chart.query,
      columns: seriesColumns,
      rows: seriesRows([chart]),
    });
  }

  const byIndicatorLevel = new Map<string, Series[]>();
  for (const s of data.series) {
    const key = tableFile.indicatorSeries(s.indicator, s.level);
    byIndicatorLevel.set(key, [...(byIndicatorLevel.get(key) ?? []), s]);
  }
  for (const [file, list] of byIndicatorLevel) {
    const first = list[0] as Series;
    const indicator = indicatorName.get(first.indicator);
    tables.push({
      file,
      titleVi: `${indicator?.nameVi ?? first.indicator}, ${levelVi(first.level)}: các huyện qua các năm`,
      titleEn: `${indicator?.nameEn ?? first.indicator}, ${levelEn(first.level)}: districts over the years`,
      query: first.query,
      columns: seriesColumns,
      rows: seriesRows(list),
    });
  }

  for (const comparison of data.comparisons) {
    const indicator = indicatorName.get(comparison.indicator);
    tables.push({
      file: tableFile.comparison(comparison.province.code, comparison.indicator, comparison.level, comparison.period),
      titleVi: `${indicator?.nameVi ?? comparison.indicator}: so sánh các huyện của ${comparison.province.name}, ${levelVi(comparison.level)}, ${comparison.period}`,
      titleEn: `${indicator?.nameEn ?? comparison.indicator}: districts of ${comparison.province.name} compared, ${levelEn(comparison.level)}, ${comparison.period}`,
      query: comparison.query,
      columns: ['province_code', 'indicator', 'level', 'period', 'unit_code', 'unit_name', 'rank', 'value', 'status', 'recorded_at', 'illustrative', 'target_id', 'comparator', 'target_value', 'attainment', 'margin'],
      rows: comparison.rows.map((r) => ({
        province_code: comparison.province.code,
        rank: r.rank,
        indicator: comparison.indicator,
        level: comparison.level,
        period: comparison.period,
        unit_code: r.unit.code,
        unit_name: r.unit.name,
        value: r.value,
        status: r.status,
        recorded_at: r.recordedAt,
        illustrative: r.illustrative,
        target_id: r.target?.id ?? null,
        comparator: r.target?.comparator ?? null,
        target_value: r.target?.value ?? null,
        attainment: r.attainment.status,
        margin: r.attainment.margin,
      })),
    });
  }

  return tables;
}
