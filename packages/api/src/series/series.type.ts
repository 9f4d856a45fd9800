import type { Level } from '@edu-vn/domain';
import { Field, Int, ObjectType } from 'type-graphql';
import { LevelValue } from '../common/level.type.js';
import { DataNotice } from '../observation/illustrative-notice.type.js';
import { Observation } from '../observation/observation.type.js';
import { Figure, FigureBasisValue, type FigureBasis } from '../rebase/figure.type.js';

/** A unit's figures over a run of periods, following it across the 2025 reform. */
@ObjectType({ description: 'Chuỗi số liệu của một đơn vị qua các kỳ, theo đơn vị qua cải cách 2025. / A unit’s figures over time, followed across the 2025 reform.' })
export class Series {
  @Field(() => LevelValue, { description: 'Cấp học. / Level.' })
  level!: Level;

  @Field(() => FigureBasisValue, { description: 'Cách lấy số liệu ở mọi điểm. / How every point is obtained.' })
  basis!: FigureBasis;

  @Field(() => [Figure], { description: 'Một điểm mỗi kỳ, cũ trước; mỗi điểm nói nó thuộc đơn vị nào. / One point per period, oldest first; each names its unit.' })
  points!: Figure[];

  @Field(() => Boolean, { description: 'Có số liệu minh họa trong chuỗi. / Whether any point uses illustrative figures.' })
  illustrative!: boolean;

  @Field(() => DataNotice, { nullable: true, description: 'Lời báo khi có số liệu minh họa. / A notice when illustrative figures are used.' })
  notice!: DataNotice | null;

  /** Resolved to `unit` and `indicator` by SeriesResolver. */
  unitId!: string;
  indicatorCode!: string;
}

/** One district's figure in a comparison. */
@ObjectType({ description: 'Số liệu của một huyện trong bảng so sánh. / One district in a comparison.' })
export class DistrictFigure {
  @Field(() => Observation, { nullable: true, description: 'Số liệu của huyện; null khi chưa có. / The district’s figure, or null.' })
  observation!: Observation | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Thứ hạng theo chiều tốt hơn của chỉ số (1 là tốt nhất, bằng nhau cùng hạng); null khi không có số liệu hoặc chỉ số không có chiều tốt hơn. / Rank in the indicator’s better direction (1 is best, ties share); null without a figure or direction.',
  })
  rank!: number | null;

  /** Resolved to `unit` by DistrictFigureResolver. */
  unitId!: string;
}

/** The districts of a province side by side for one indicator, level and period. */
@ObjectType({ description: 'So sánh các huyện của một tỉnh theo một chỉ số, cấp học và kỳ. / A province’s districts side by side.' })
export class DistrictComparison {
  @Field(() => LevelValue, { description: 'Cấp học. / Level.' })
  level!: Level;

  @Field(() => String, { description: 'Kỳ. / Period key.' })
  period!: string;

  @Field(() => [DistrictFigure], { description: 'Các huyện, tốt nhất trước, chưa có số liệu ở cuối. / The districts, best first, those without a figure last.' })
  districts!: DistrictFigure[];

  @Field(() => Int, { description: 'Số huyện có số liệu. / Districts with a figure.' })
  reported!: number;

  @Field(() => Int, { description: 'Số huyện của tỉnh trong kỳ. / Districts of the province in the period.' })
  expected!: number;

  @Field(() => Figure, { description: 'Số liệu của tỉnh như đã công bố. / The province’s figure as published.' })
  provinceAsPublished!: Figure;

  @Field(() => Figure, { description: 'Số liệu của tỉnh tổng hợp từ mọi huyện. / The province’s figure aggregated from every district.' })
  provinceAggregated!: Figure;

  @Field(() => Boolean, { description: 'Có số liệu minh họa. / Whether any figure is illustrative.' })
  illustrative!: boolean;

  @Field(() => DataNotice, { nullable: true, description: 'Lời báo khi có số liệu minh họa. / A notice when illustrative figures are present.' })
  notice!: DataNotice | null;

  /** Resolved to `province` and `indicator` by DistrictComparisonResolver. */
  provinceId!: string;
  indicatorCode!: string;
}
