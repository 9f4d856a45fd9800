import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { mutationError } from '../workflow/mutation-error.js';
import { toUserError } from '../workflow/user-error.type.js';
import { importResultJson } from './import-result-json.js';
import { ImportRunInput, ImportRunPayload } from './import.type.js';
import { runImport } from './run-import.js';
import { INPUT_ARG } from '../workflow/input-arg.js';

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Imports a filled template or a CSV file through GraphQL. */
@Resolver()
export class ImportResolver {
  @Mutation(() => ImportRunPayload, {
    description:
      'Nhập tệp biểu mẫu .xlsx hoặc .csv: kiểm tra mọi dòng theo quy tắc nghiệp vụ, ghi tất cả hoặc không ghi gì; nhập lại cùng tệp không thay đổi gì. / Imports a filled .xlsx template or .csv: every row is checked by the domain rules, all or nothing; importing the same file again changes nothing.',
  })
  async importRun(@Arg('input', () => ImportRunInput, INPUT_ARG) input: ImportRunInput, @Ctx() ctx: Context): Promise<ImportRunPayload> {
    const empty = { rows: 0, created: 0, revised: 0, unchanged: 0, submitted: 0 };
    const content = input.contentBase64.replace(/\s+/g, '');
    if (content === '' || !BASE64.test(content)) {
      const error = mutationError(['contentBase64'], 'BAD_USER_INPUT', 'not_base64', 'nội dung tệp phải là base64.', 'the file content must be base64.');
      return { dryRun: input.dryRun, applied: false, summary: empty, issues: [], changes: [], userErrors: [toUserError(error)] };
    }
    if (ctx.principal.kind === 'anonymous') {
      const error = mutationError(null, 'FORBIDDEN', 'token_required', 'cần mã truy cập để nhập số liệu.', 'a token is needed to import figures.');
      return { dryRun: input.dryRun, applied: false, summary: empty, issues: [], changes: [], userErrors: [toUserError(error)] };
    }
    const result = await runImport(ctx.em, ctx.principal, { fileName: input.fileName.trim() || 'upload', bytes: Buffer.from(content, 'base64'), dryRun: input.dryRun });
    const json = importResultJson(result);
    const userErrors = json.issues
      .filter((issue) => issue.severity === 'error')
      .map((issue) => toUserError(mutationError(['file', issue.sheet, issue.row ?? '', issue.column ?? ''], issue.rule.startsWith('forbidden') ? 'FORBIDDEN' : issue.rule === 'stale_version' || issue.rule === 'concurrent_change' ? 'CONFLICT' : 'VALIDATION_FAILED', issue.rule, issue.messageVi, issue.messageEn)));
    return { ...json, userErrors };
  }
}
