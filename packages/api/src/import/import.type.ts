import type { Level } from '@edu-vn/domain';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { registerDomainEnum } from '../common/domain-enum.js';
import { LevelValue } from '../common/level.type.js';
import { UserError } from '../workflow/user-error.type.js';

export const ImportActionValue = registerDomainEnum<'create' | 'revise' | 'none'>('ImportAction', 'Việc nhập làm gì với một số liệu. / What importing does to a figure.', {
  create: 'Nhập mới. / Enters a new figure.',
  revise: 'Điều chỉnh: một lần điều chỉnh mới. / Corrects it: a new revision.',
  none: 'Giữ nguyên (giá trị không đổi). / Leaves it (the value is unchanged).',
});

export const IssueSeverityValue = registerDomainEnum<'error' | 'warning'>('ImportIssueSeverity', 'Mức độ. / Severity.', {
  error: 'Lỗi: không nhập được. / Error: nothing is imported.',
  warning: 'Cảnh báo: nên xem lại. / Warning: please check.',
});

@InputType({ description: 'Một tệp .xlsx (biểu mẫu) hoặc .csv để nhập. / An .xlsx (template) or .csv file to import.' })
export class ImportRunInput {
  @Field(() => String, { description: 'Tên tệp, ghi vào nguồn số liệu và nhật ký. / File name, written into sources and the log.' })
  fileName!: string;

  @Field(() => String, {
    description:
      'Nội dung tệp, mã base64. Yêu cầu GraphQL tối đa 100 kB; tệp lớn hơn gửi qua POST /import. / The file, base64-encoded. GraphQL requests are capped at 100 kB; send larger files to POST /import.',
  })
  contentBase64!: string;

  @Field(() => Boolean, { defaultValue: false, description: 'Chỉ kiểm tra và xem trước, không ghi gì. / Check and preview only; write nothing.' })
  dryRun!: boolean;
}

@ObjectType({ description: 'Một lỗi hoặc cảnh báo trong tệp, chỉ rõ trang, dòng, cột và quy tắc. / A problem in the file, naming the sheet, row, column and rule.' })
export class ImportIssue {
  @Field(() => IssueSeverityValue, { description: 'Lỗi hay cảnh báo. / Error or warning.' })
  severity!: 'error' | 'warning';

  @Field(() => String, { description: 'Trang tính (hoặc tên tệp CSV). / Sheet (or the CSV file’s name).' })
  sheet!: string;

  @Field(() => Int, { nullable: true, description: 'Dòng, như Excel đánh số. / Row, as Excel numbers it.' })
  row!: number | null;

  @Field(() => String, { nullable: true, description: 'Cột: "A", "B"… / Column letter.' })
  column!: string | null;

  @Field(() => String, { description: 'Trường. / Field.' })
  field!: string;

  @Field(() => String, { description: 'Quy tắc bị vi phạm, ví dụ "rate_out_of_range". / The rule broken.' })
  rule!: string;

  @Field(() => String, { description: 'Thông báo tiếng Việt. / Message in Vietnamese.' })
  messageVi!: string;

  @Field(() => String, { description: 'Thông báo tiếng Anh. / Message in English.' })
  messageEn!: string;
}

@ObjectType({ description: 'Việc nhập sẽ (hoặc đã) làm gì với một số liệu. / What the import does (or would do) to one figure.' })
export class ImportChange {
  @Field(() => String, { description: 'Trang tính. / Sheet.' })
  sheet!: string;

  @Field(() => Int, { nullable: true, description: 'Dòng. / Row.' })
  row!: number | null;

  @Field(() => ImportActionValue, { description: 'Nhập mới, điều chỉnh hay giữ nguyên. / Create, revise or leave.' })
  action!: 'create' | 'revise' | 'none';

  @Field(() => Boolean, { description: 'Gửi duyệt luôn. / Whether it is submitted too.' })
  submit!: boolean;

  @Field(() => ID, { description: 'Đơn vị. / Unit.' })
  unit!: string;

  @Field(() => String, { description: 'Mã chỉ số. / Indicator code.' })
  indicator!: string;

  @Field(() => LevelValue, { description: 'Cấp học. / Level.' })
  level!: Level;

  @Field(() => String, { description: 'Kỳ. / Period.' })
  period!: string;

  @Field(() => String, { description: 'Phân tổ. / Breakdown.' })
  breakdown!: string;

  @Field(() => Float, { nullable: true, description: 'Giá trị đang lưu. / The value stored.' })
  oldValue!: number | null;

  @Field(() => Float, { description: 'Giá trị trong tệp. / The value in the file.' })
  newValue!: number;

  @Field(() => Int, { description: 'Lần điều chỉnh sau khi nhập. / Revision after the import.' })
  revision!: number;
}

@ObjectType({ description: 'Số lượng theo loại thay đổi. / Counts by kind of change.' })
export class ImportSummary {
  @Field(() => Int, { description: 'Dòng có số liệu. / Rows with figures.' })
  rows!: number;

  @Field(() => Int, { description: 'Nhập mới. / Created.' })
  created!: number;

  @Field(() => Int, { description: 'Điều chỉnh. / Revised.' })
  revised!: number;

  @Field(() => Int, { description: 'Giữ nguyên. / Unchanged.' })
  unchanged!: number;

  @Field(() => Int, { description: 'Gửi duyệt. / Submitted.' })
  submitted!: number;
}

@ObjectType({ description: 'Kết quả nhập tệp. / The result of an import.' })
export class ImportRunPayload {
  @Field(() => Boolean, { description: 'Chỉ xem trước. / Whether it was a dry run.' })
  dryRun!: boolean;

  @Field(() => Boolean, { description: 'Đã ghi số liệu (sai là không có gì thay đổi). / Whether figures were written (false: nothing changed).' })
  applied!: boolean;

  @Field(() => ImportSummary, { description: 'Số lượng. / Counts.' })
  summary!: ImportSummary;

  @Field(() => [ImportIssue], { description: 'Mọi lỗi và cảnh báo. / Every error and warning.' })
  issues!: ImportIssue[];

  @Field(() => [ImportChange], { description: 'Các thay đổi (tối đa 2.000 dòng đầu). / The changes (the first 2,000).' })
  changes!: ImportChange[];

  @Field(() => [UserError], { description: 'Các lỗi, dạng userErrors. / The errors, as userErrors.' })
  userErrors!: UserError[];
}
