import { OBSERVATION_STATUS_LABELS, type Disaggregation, type Level, type ObservationStatus } from '@edu-vn/domain';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ConnectionType, EdgeType } from '../common/connection.type.js';
import { registerDomainEnum } from '../common/domain-enum.js';
import { LevelValue } from '../common/level.type.js';
import { DisaggregationDimensionValue } from '../indicator/indicator.type.js';
import { DataNotice } from './illustrative-notice.type.js';

const label = (status: ObservationStatus) => `${OBSERVATION_STATUS_LABELS[status].vi}. / ${OBSERVATION_STATUS_LABELS[status].en}.`;

export const ObservationStatusValue = registerDomainEnum<ObservationStatus>(
  'ObservationStatus',
  'Bước duyệt của số liệu: nháp → đã gửi → đã duyệt → đã công bố. / Where a figure is in review: draft → submitted → approved → published.',
  { draft: label('draft'), submitted: label('submitted'), approved: label('approved'), published: label('published') },
);

/** A breakdown of the population a figure counts. */
@ObjectType({ description: 'Phân tổ của số liệu; không có là số tổng. / The breakdown a figure counts; absent for the total.' })
export class ObservationDisaggregation {
  @Field(() => DisaggregationDimensionValue, { description: 'Cách phân tổ. / Dimension.' })
  by!: Disaggregation['by'];

  @Field(() => String, { description: 'Giá trị: "female", "minority", "disabled", số khối lớp… / The value of the dimension.' })
  value!: string;
}

/**
 * An actual figure as the caller may see it: the current revision for those who may read unpublished figures of its
 * unit, otherwise the latest published revision. Indicator and unit ids stay internal for the field resolvers.
 */
@ObjectType({ description: 'Kết quả thực hiện của một chỉ số tại một đơn vị, cấp học và kỳ. / An actual figure for an indicator, unit, level and period.' })
export class Observation {
  @Field(() => ID, { description: 'Khóa của số liệu. / Id of the figure.' })
  id!: string;

  @Field(() => LevelValue, { description: 'Cấp học. / Level.' })
  level!: Level;

  @Field(() => String, { description: 'Kỳ: "2024-2025", "2023", "2024-2025/HK1", "2024-09". / Period key.' })
  period!: string;

  @Field(() => ObservationDisaggregation, { nullable: true, description: 'Phân tổ; null là số tổng. / The breakdown; null for the total.' })
  disaggregation!: ObservationDisaggregation | null;

  @Field(() => Float, { description: 'Giá trị theo đơn vị đo của chỉ số; với tỷ lệ là 100 × tử số / mẫu số. / The value in the indicator’s unit.' })
  value!: number;

  @Field(() => Int, { nullable: true, description: 'Tử số của tỷ lệ. / Numerator of a rate.' })
  numerator!: number | null;

  @Field(() => Int, { nullable: true, description: 'Mẫu số của tỷ lệ. / Denominator of a rate.' })
  denominator!: number | null;

  @Field(() => ObservationStatusValue, { description: 'Bước duyệt của lần điều chỉnh đang xem. / Review status of the revision shown.' })
  status!: ObservationStatus;

  @Field(() => Int, { description: 'Số thứ tự lần điều chỉnh đang xem (1 là báo cáo đầu tiên). / Number of the revision shown (1 for the first report).' })
  revision!: number;

  @Field(() => Boolean, {
    description: 'Số liệu minh họa do máy sinh ra, không phải số liệu thật. / True for a figure generated for demonstration, never a real one.',
  })
  illustrative!: boolean;

  @Field(() => String, { description: 'Nguồn số liệu. / Where the figure comes from.' })
  source!: string;

  @Field(() => GraphQLDateTimeISO, { description: 'Lần thay đổi gần nhất. / When the figure last changed.' })
  updatedAt!: Date;

  indicatorCode!: string;
  unitId!: string;
}

@ObjectType({ description: 'Danh sách số liệu, phân trang. / A paginated list of figures.' })
export class ObservationConnection extends ConnectionType(Observation, EdgeType('Observation', Observation, 'Một số liệu trong danh sách. / A figure in a list.')) {
  @Field(() => Boolean, { description: 'Trang này có số liệu minh họa. / Whether this page carries illustrative figures.' })
  illustrative!: boolean;

  @Field(() => DataNotice, { nullable: true, description: 'Lời báo khi có số liệu minh họa. / A notice when illustrative figures are present.' })
  notice!: DataNotice | null;
}

/** One revision of a figure. */
@ObjectType({ description: 'Một lần báo cáo hoặc điều chỉnh số liệu. / One report or correction of a figure.' })
export class ObservationRevision {
  @Field(() => Int, { description: '1 là báo cáo đầu tiên, 2, 3… là các lần điều chỉnh. / 1 for the first report, then each correction.' })
  number!: number;

  @Field(() => Float, { description: 'Giá trị của lần này. / The value in this revision.' })
  value!: number;

  @Field(() => Int, { nullable: true, description: 'Tử số. / Numerator.' })
  numerator!: number | null;

  @Field(() => Int, { nullable: true, description: 'Mẫu số. / Denominator.' })
  denominator!: number | null;

  @Field(() => ObservationStatusValue, { description: 'Bước duyệt của lần này. / Review status of this revision.' })
  status!: ObservationStatus;

  @Field(() => String, { nullable: true, description: 'Lý do điều chỉnh; null với báo cáo đầu tiên. / Why the figure was corrected; null for the first report.' })
  reason!: string | null;

  @Field(() => GraphQLDateTimeISO, { description: 'Thời điểm ghi nhận. / When it was recorded.' })
  recordedAt!: Date;

  @Field(() => String, { description: 'Người hoặc quy trình ghi nhận. / Who or what recorded it.' })
  recordedBy!: string;
}

@ObjectType({ description: 'Các lần điều chỉnh của một số liệu, phân trang. / A paginated list of a figure’s revisions.' })
export class ObservationRevisionConnection extends ConnectionType(
  ObservationRevision,
  EdgeType('ObservationRevision', ObservationRevision, 'Một lần điều chỉnh. / A revision.'),
) {}

/** Filters of figure lists; every field narrows the list (AND), every list inside a field widens it (OR). */
@InputType({ description: 'Lọc số liệu; các điều kiện kết hợp bằng VÀ. / Filters for figures, combined with AND.' })
export class ObservationFilter {
  @Field(() => ID, { nullable: true, description: 'Tỉnh (khóa đơn vị): số liệu của tỉnh và các huyện trong tỉnh. / A province: its own figures and its districts’.' })
  province?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Chỉ các huyện này (khóa đơn vị). / Only these districts (unit ids).' })
  districts?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Chỉ các đơn vị này, mọi cấp (khóa đơn vị). / Only these units of any kind (unit ids).' })
  units?: string[] | null;

  @Field(() => [LevelValue], { nullable: true, description: 'Chỉ các cấp học này. / Only these levels.' })
  levels?: Level[] | null;

  @Field(() => [String], { nullable: true, description: 'Chỉ các kỳ này ("2024-2025"). / Only these periods.' })
  periods?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Chỉ các chỉ số này (mã). / Only these indicator codes.' })
  indicators?: string[] | null;

  @Field(() => [ObservationStatusValue], {
    nullable: true,
    description: 'Chỉ các bước duyệt này; người không đăng nhập chỉ thấy số liệu đã công bố. / Only these statuses; anonymous callers see published figures only.',
  })
  statuses?: ObservationStatus[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Có lấy số liệu minh họa không (mặc định có). / Whether to include illustrative figures (default true).',
  })
  includeIllustrative?: boolean | null;
}
