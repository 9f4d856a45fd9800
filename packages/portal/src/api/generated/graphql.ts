/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Kết quả đối chiếu chỉ tiêu. / Whether a target was met. */
export type AttainmentStatus =
  /** Đạt. / Met. */
  | 'MET'
  /** Không đánh giá riêng: một mức ở giữa của phân bố thể hiện tỷ lệ kế hoạch dự kiến, không tự nó đạt hay không đạt. / Not assessed on its own: a middle band of a distribution shows the plan’s expected split and is not met or missed by itself. */
  | 'NOT_ASSESSED'
  /** Không đạt. / Not met. */
  | 'NOT_MET'
  /** Chưa có số liệu. / No figure yet. */
  | 'NO_DATA';

/** Phép so sánh của chỉ tiêu. / How a target compares. */
export type Comparator =
  /** Trong khoảng value … valueMax. / Between value and valueMax. */
  | 'BETWEEN'
  /** Bằng (=). / Equal to. */
  | 'EQ'
  /** Trên (>). / Greater than. */
  | 'GT'
  /** Từ … trở lên, không dưới (≥). / At least. */
  | 'GTE'
  /** Dưới (<). / Less than. */
  | 'LT'
  /** Không quá (≤). / At most. */
  | 'LTE';

/** Loại hạn báo cáo. / Kind of reporting deadline. */
export type DeadlineDueKind =
  /** Một ngày cụ thể. / A calendar date. */
  | 'DATE'
  /** Một ngày mỗi tháng. / A day of every month. */
  | 'MONTHLY'
  /** Một tháng mỗi năm. / A month of every year. */
  | 'YEARLY'
  /** Một sự kiện hằng năm (ví dụ ngày khai giảng). / A yearly event, e.g. the start of the school year. */
  | 'YEARLY_EVENT';

/** Chiều tốt hơn của chỉ số. / Which direction is better. */
export type Direction =
  /** Càng cao càng tốt. / Higher is better. */
  | 'HIGHER_IS_BETTER'
  /** Càng thấp càng tốt (bỏ học, lưu ban…). / Lower is better (dropout, repetition…). */
  | 'LOWER_IS_BETTER'
  /** Không có chiều tốt hơn. / Neither direction is better. */
  | 'NEUTRAL';

/** Cách phân tổ một nhóm dân số. / A breakdown of a population. */
export type DisaggregationDimension =
  /** Theo khuyết tật. / By disability. */
  | 'DISABILITY'
  /** Theo dân tộc (thiểu số / Kinh). / By ethnicity (minority / Kinh). */
  | 'ETHNICITY'
  /** Theo khối lớp. / By grade. */
  | 'GRADE'
  /** Theo giới tính. / By sex. */
  | 'SEX';

/** Số liệu được lấy hay tính thế nào. / How a figure is obtained. */
export type FigureBasis =
  /** Tính từ mọi đơn vị con (huyện của tỉnh) bằng tổng tử số / tổng mẫu số; từ chối khi thiếu đơn vị nào. / Computed from every child unit by summed numerators over summed denominators; refused when one is missing. */
  | 'AGGREGATED'
  /** Như đã công bố, cho chính đơn vị báo cáo. / As published, for the unit it was reported for. */
  | 'AS_PUBLISHED'
  /** Tính lại cho tỉnh sau sáp nhập 01/7/2025 từ các tỉnh cũ nhập toàn bộ vào; từ chối khi có phần nhập một phần hoặc thiếu số liệu. / Re-based onto the post-reform province from the old units that went wholly into it; refused on a partial part or a missing figure. */
  | 'REBASED';

/** Vì sao không tính được số liệu. / Why a figure cannot be computed. */
export type FigureRefusalCode =
  /** Một đơn vị có hai số liệu. / A unit has two figures. */
  | 'DUPLICATE_UNIT'
  /** Thiếu số liệu của một số đơn vị. / Some units have no figure. */
  | 'INCOMPLETE'
  /** Thiếu tử số hoặc mẫu số (không lấy trung bình tỷ lệ). / A numerator or denominator is missing (rates are never averaged). */
  | 'MISSING_NUMERATOR_DENOMINATOR'
  /** Số liệu không cùng chỉ số, cấp học hoặc kỳ. / Figures of different indicators, levels or periods. */
  | 'MIXED_FIGURES'
  /** Mức độ hoặc điểm phần trăm không cộng gộp được. / Ordinal levels and percentage-point changes do not add up. */
  | 'NOT_ADDITIVE'
  /** Không có số liệu. / There is no figure. */
  | 'NO_DATA'
  /** Không có đơn vị cũ nào nhập vào. / No former unit went into it. */
  | 'NO_PREDECESSORS'
  /** Có đơn vị cũ chỉ nhập một phần. / A former unit went into it only in part. */
  | 'PARTIAL_SUCCESSION'
  /** Có số liệu của đơn vị không thuộc về. / A figure of a unit that does not belong. */
  | 'UNEXPECTED_UNIT'
  /** Tổng mẫu số bằng 0. / The denominators sum to zero. */
  | 'ZERO_DENOMINATOR';

/** Nhóm chỉ số trên cổng thông tin. / Group of indicators. */
export type IndicatorTheme =
  /** Huy động, đi học. / Enrolment and attendance. */
  | 'ACCESS'
  /** Chuyển đổi số. / Digital transformation. */
  | 'DIGITAL'
  /** Hoàn thành, tốt nghiệp, bỏ học, lưu ban. / Completion, graduation, dropout, repetition. */
  | 'EFFICIENCY'
  /** Ngân sách. / Budget. */
  | 'FINANCE'
  /** Kết quả học tập, đánh giá, năng lực. / Learning outcomes and assessment. */
  | 'QUALITY'
  /** Kiểm định, chuẩn quốc gia, cơ sở vật chất. / Accreditation, national standard, facilities. */
  | 'SCHOOLS'
  /** Giáo viên, cán bộ quản lý. / Teachers and managers. */
  | 'STAFF'
  /** Phổ cập giáo dục, xóa mù chữ. / Universalisation and literacy. */
  | 'UNIVERSALISATION'
  /** Dinh dưỡng, sức khỏe. / Nutrition and health. */
  | 'WELLBEING';

/** Đơn vị đo của chỉ số. / What an indicator’s values measure. */
export type IndicatorUnit =
  /** Số đếm (trẻ, trường, xã…). / A whole number of children, schools, communes… */
  | 'COUNT'
  /** Tiền đồng. / Vietnamese đồng. */
  | 'MONEY'
  /** Mức độ (ví dụ mức độ 3), không cộng dồn. / An ordinal level, never summed. */
  | 'ORDINAL'
  /** Tỷ lệ phần trăm (0-100). / A percentage (0-100). */
  | 'PERCENT'
  /** Điểm phần trăm (mức thay đổi của một tỷ lệ). / Percentage points (a change of a rate). */
  | 'PERCENTAGE_POINTS'
  /** Tỷ số (ví dụ học sinh/lớp). / A ratio, e.g. pupils per class. */
  | 'RATIO';

/** Cấp học. / Level of education. */
export type Level =
  /** Mọi cấp học (số liệu toàn huyện). / Every level together. */
  | 'ALL'
  /** Giáo dục thường xuyên. / Continuing education. */
  | 'GDTX'
  /** Mầm non = nhà trẻ + mẫu giáo. / Preschool: crèche and kindergarten. */
  | 'MAM_NON'
  /** Mẫu giáo (3-5 tuổi). / Kindergarten (ages 3-5). */
  | 'MAU_GIAO'
  /** Nhà trẻ (0-2 tuổi). / Crèche (ages 0-2). */
  | 'NHA_TRE'
  /** Trung học cơ sở, lớp 6-9. / Lower secondary, grades 6-9. */
  | 'THCS'
  /** Trung học phổ thông, lớp 10-12. / Upper secondary, grades 10-12. */
  | 'THPT'
  /** Tiểu học, lớp 1-5. / Primary, grades 1-5. */
  | 'TIEU_HOC';

/** Bước duyệt của số liệu: nháp → đã gửi → đã duyệt → đã công bố. / Where a figure is in review: draft → submitted → approved → published. */
export type ObservationStatus =
  /** Đã duyệt. / Approved. */
  | 'APPROVED'
  /** Bản nháp. / Draft. */
  | 'DRAFT'
  /** Đã công bố. / Published. */
  | 'PUBLISHED'
  /** Đã gửi. / Submitted. */
  | 'SUBMITTED';

/** Đơn vị cũ chuyển vào đơn vị mới toàn bộ hay một phần. / Whether the old unit passed wholly or partly into the new one. */
export type SuccessionRelation =
  /** Toàn bộ đơn vị cũ. / The whole old unit. */
  | 'FULL'
  /** Một phần đơn vị cũ. / Part of the old unit. */
  | 'PARTIAL';

/** Đơn vị mà câu chữ của chỉ tiêu nêu. / The unit the target’s wording states. */
export type TargetValueUnit =
  /** Số đếm (xã, trường, trẻ…). / A count (communes, schools, children…). */
  | 'COUNT'
  /** Tiền đồng. / Vietnamese đồng. */
  | 'MONEY'
  /** Mức độ. / An ordinal level. */
  | 'ORDINAL'
  /** Phần trăm. / Percent. */
  | 'PERCENT'
  /** Điểm phần trăm. / Percentage points. */
  | 'PERCENTAGE_POINTS'
  /** Tỷ số. / A ratio. */
  | 'RATIO';

/** Cấp hành chính. / Administrative level. */
export type UnitKind =
  /** Xã, phường, thị trấn, đặc khu. / Commune, ward, township or special zone. */
  | 'COMMUNE'
  /** Huyện, quận, thị xã, thành phố thuộc tỉnh (bãi bỏ từ 01/7/2025). / District (abolished on 1 July 2025). */
  | 'DISTRICT'
  /** Tỉnh, thành phố trực thuộc trung ương. / Province or centrally-run city. */
  | 'PROVINCE';

export type DistrictComparisonQueryVariables = Exact<{
  province: string | number;
  indicator: string;
  level: Level;
  period: string;
}>;


export type DistrictComparisonQuery = { districtComparison: { level: Level, period: string, reported: number, expected: number, illustrative: boolean, districts: Array<{ rank: number | null, unit: { id: string, name: string }, observation: { value: number, status: ObservationStatus, illustrative: boolean, updatedAt: string } | null }> } };

export type DistrictObservationsQueryVariables = Exact<{
  unit: string | number;
  after: string | null | undefined;
}>;


export type DistrictObservationsQuery = { observations: { totalCount: number, illustrative: boolean, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ level: Level, period: string, value: number, status: ObservationStatus, illustrative: boolean, updatedAt: string, indicator: { code: string }, disaggregation: { by: DisaggregationDimension, value: string } | null }> } };

export type DistrictQueryVariables = Exact<{
  id: string | number;
}>;


export type DistrictQuery = { unit: { id: string, code: string, name: string, validTo: string | null, successors: { totalCount: number, edges: Array<{ relation: SuccessionRelation, effectiveOn: string, node: { id: string, code: string, name: string, kind: UnitKind, province: { id: string, code: string, name: string } } }> } } | null };

export type DistrictsQueryVariables = Exact<{
  after: string | null | undefined;
}>;


export type DistrictsQuery = { units: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, code: string, name: string, shortName: string, type: string, validFrom: string | null, validTo: string | null, province: { id: string, code: string, name: string, shortName: string, validTo: string | null }, observations: { totalCount: number }, plans: { nodes: Array<{ id: string }> } }> } };

export type IndicatorsQueryVariables = Exact<{
  after: string | null | undefined;
}>;


export type IndicatorsQuery = { indicators: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ code: string, nameVi: string, nameEn: string, definitionVi: string, definitionEn: string, unit: IndicatorUnit, direction: Direction, theme: IndicatorTheme, levels: Array<Level>, numeratorVi: string | null, denominatorVi: string | null, numeratorEn: string | null, denominatorEn: string | null }> } };

export type PlanQueryVariables = Exact<{
  id: string | number;
  after: string | null | undefined;
}>;


export type PlanQuery = { plan: { id: string, taskGroups: { nodes: Array<{ section: string, titleVi: string, summaryVi: string | null }> }, deadlines: { nodes: Array<{ section: string, descriptionVi: string, descriptionEn: string, due: { kind: DeadlineDueKind, date: string | null, day: number | null, month: number | null, before: boolean, eventVi: string | null, eventEn: string | null } }> }, targets: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, level: Level, period: string, comparator: Comparator, value: number, valueMax: number | null, valueUnit: TargetValueUnit, wording: string, quote: string, section: string, note: string | null, indicator: { code: string }, disaggregation: { by: DisaggregationDimension, value: string } | null, explanation: { cause: string, remedy: string, causeEn: string | null, remedyEn: string | null, illustrative: boolean, recordedAt: string } | null, actual: { value: number, numerator: number | null, denominator: number | null, status: ObservationStatus, revision: number, source: string, illustrative: boolean, updatedAt: string, revisions: { nodes: Array<{ number: number, value: number, reason: string | null, recordedAt: string }> } } | null, attainment: { status: AttainmentStatus, margin: number | null } }> } } | null };

export type PlansQueryVariables = Exact<{
  after: string | null | undefined;
}>;


export type PlansQuery = { plans: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, number: string | null, title: string, issuer: string, issuedOn: string | null, period: string, theme: string | null, source: string, signer: { name: string, title: string } | null, unit: { id: string } }> } };

export type ScorecardQueryVariables = Exact<{
  unit: string | number;
  period: string;
}>;


export type ScorecardQuery = { scorecard: { period: string, illustrative: boolean, summary: { met: number, notMet: number, noData: number, notAssessed: number, total: number }, levels: Array<{ level: Level, entries: Array<{ target: { id: string, level: Level, period: string, comparator: Comparator, value: number, valueMax: number | null, valueUnit: TargetValueUnit, wording: string, quote: string, section: string, note: string | null, indicator: { code: string }, plan: { id: string }, disaggregation: { by: DisaggregationDimension, value: string } | null, explanation: { cause: string, remedy: string, causeEn: string | null, remedyEn: string | null, illustrative: boolean, recordedAt: string } | null }, actual: { value: number, numerator: number | null, denominator: number | null, status: ObservationStatus, revision: number, source: string, illustrative: boolean, updatedAt: string, revisions: { nodes: Array<{ number: number, value: number, reason: string | null, recordedAt: string }> } } | null, attainment: { status: AttainmentStatus, margin: number | null } }> }> } };

export type SeriesQueryVariables = Exact<{
  indicator: string;
  unit: string | number;
  level: Level;
  from: string;
  to: string;
}>;


export type SeriesQuery = { series: { level: Level, basis: FigureBasis, illustrative: boolean, points: Array<{ period: string, value: number | null, basis: FigureBasis, illustrative: boolean, observation: { status: ObservationStatus, updatedAt: string } | null, refusal: { code: FigureRefusalCode } | null }> } };


export const DistrictComparisonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DistrictComparison"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"province"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"indicator"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"level"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Level"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"districtComparison"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"province"},"value":{"kind":"Variable","name":{"kind":"Name","value":"province"}}},{"kind":"Argument","name":{"kind":"Name","value":"indicator"},"value":{"kind":"Variable","name":{"kind":"Name","value":"indicator"}}},{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"Variable","name":{"kind":"Name","value":"level"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"reported"}},{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}},{"kind":"Field","name":{"kind":"Name","value":"districts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"observation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DistrictComparisonQuery, DistrictComparisonQueryVariables>;
export const DistrictObservationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DistrictObservations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"observations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"units"},"value":{"kind":"ListValue","values":[{"kind":"Variable","name":{"kind":"Name","value":"unit"}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"disaggregation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DistrictObservationsQuery, DistrictObservationsQueryVariables>;
export const DistrictDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"District"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"successors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveOn"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DistrictQuery, DistrictQueryVariables>;
export const DistrictsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Districts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"units"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"DISTRICT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"era"},"value":{"kind":"EnumValue","value":"PRE_REFORM"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"observations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DistrictsQuery, DistrictsQueryVariables>;
export const IndicatorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Indicators"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameVi"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"definitionVi"}},{"kind":"Field","name":{"kind":"Name","value":"definitionEn"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"theme"}},{"kind":"Field","name":{"kind":"Name","value":"levels"}},{"kind":"Field","name":{"kind":"Name","value":"numeratorVi"}},{"kind":"Field","name":{"kind":"Name","value":"denominatorVi"}},{"kind":"Field","name":{"kind":"Name","value":"numeratorEn"}},{"kind":"Field","name":{"kind":"Name","value":"denominatorEn"}}]}}]}}]}}]} as unknown as DocumentNode<IndicatorsQuery, IndicatorsQueryVariables>;
export const PlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Plan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"taskGroups"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"30"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"titleVi"}},{"kind":"Field","name":{"kind":"Name","value":"summaryVi"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"30"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionVi"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionEn"}},{"kind":"Field","name":{"kind":"Name","value":"due"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"eventVi"}},{"kind":"Field","name":{"kind":"Name","value":"eventEn"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"comparator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"valueMax"}},{"kind":"Field","name":{"kind":"Name","value":"valueUnit"}},{"kind":"Field","name":{"kind":"Name","value":"wording"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"disaggregation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cause"}},{"kind":"Field","name":{"kind":"Name","value":"remedy"}},{"kind":"Field","name":{"kind":"Name","value":"causeEn"}},{"kind":"Field","name":{"kind":"Name","value":"remedyEn"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actual"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"attainment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"margin"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PlanQuery, PlanQueryVariables>;
export const PlansDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Plans"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"signer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"theme"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PlansQuery, PlansQueryVariables>;
export const ScorecardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Scorecard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scorecard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unit"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"notMet"}},{"kind":"Field","name":{"kind":"Name","value":"noData"}},{"kind":"Field","name":{"kind":"Name","value":"notAssessed"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"levels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"comparator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"valueMax"}},{"kind":"Field","name":{"kind":"Name","value":"valueUnit"}},{"kind":"Field","name":{"kind":"Name","value":"wording"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"disaggregation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cause"}},{"kind":"Field","name":{"kind":"Name","value":"remedy"}},{"kind":"Field","name":{"kind":"Name","value":"causeEn"}},{"kind":"Field","name":{"kind":"Name","value":"remedyEn"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"actual"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"attainment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"margin"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ScorecardQuery, ScorecardQueryVariables>;
export const SeriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Series"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"indicator"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"level"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Level"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"series"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"indicator"},"value":{"kind":"Variable","name":{"kind":"Name","value":"indicator"}}},{"kind":"Argument","name":{"kind":"Name","value":"unit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unit"}}},{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"Variable","name":{"kind":"Name","value":"level"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}},{"kind":"Field","name":{"kind":"Name","value":"observation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refusal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SeriesQuery, SeriesQueryVariables>;