import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { runImport } from '../import/run-import.js';
import { cliPrincipal } from './cli-principal.js';
import { UsageError, type Command } from './cli-command.js';
import { createProgressBar } from './progress-bar.js';

/** Warnings printed before the rest are only counted; errors are always printed in full. */
const SHOWN_WARNINGS = 20;

/** Imports a filled template or CSV file, all or nothing, with a progress bar; --dry-run previews. */
export const importCommand: Command = {
  summary: 'Nhập tệp .xlsx hoặc .csv (tất cả hoặc không) / Import an .xlsx or .csv file (all or nothing)',
  usage: 'import <tệp> [--account <tên>] [--dry-run] [--json]',
  async run({ args, orm, out }) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { account: { type: 'string' }, 'dry-run': { type: 'boolean', default: false }, json: { type: 'boolean', default: false } } });
    const [path] = positionals;
    if (!path) throw new UsageError('Cần đường dẫn tệp', 'Give the file path');
    const bytes = await readFile(path);
    const em = orm.em.fork();
    const principal = await cliPrincipal(em.getKysely<unknown>(), values.account);
    const bar = createProgressBar();
    const result = await runImport(em, principal, { fileName: basename(path), bytes, dryRun: values['dry-run'] ?? false, onProgress: (stage, done, total) => bar.update(stage, done, total) });
    if (values.json) {
      out(JSON.stringify({ dryRun: result.dryRun, applied: result.applied, summary: result.summary, issues: result.issues }, null, 2));
    } else {
      const errors = result.issues.filter((issue) => issue.severity === 'error');
      const warnings = result.issues.filter((issue) => issue.severity === 'warning');
      const shown = [...errors, ...warnings.slice(0, SHOWN_WARNINGS)];
      for (const issue of shown) out(`${issue.severity === 'error' ? 'LỖI / ERROR' : 'CẢNH BÁO / WARNING'} [${issue.code}] ${issue.messageVi}\n    ${issue.messageEn}`);
      if (warnings.length > SHOWN_WARNINGS) out(`… và ${warnings.length - SHOWN_WARNINGS} cảnh báo khác (--json để xem hết) / … and ${warnings.length - SHOWN_WARNINGS} more warnings (--json for all)`);
      const { rows, created, revised, unchanged, submitted } = result.summary;
      out(`${rows} dòng / rows: ${created} mới / new, ${revised} điều chỉnh / revised, ${unchanged} giữ nguyên / unchanged, ${submitted} gửi duyệt / submitted`);
      out(result.applied ? 'Đã nhập / Imported.' : result.dryRun && !result.issues.some((issue) => issue.severity === 'error') ? 'Chạy thử: chưa ghi gì / Dry run: nothing written.' : 'Không ghi gì / Nothing written.');
    }
    return result.applied || (result.dryRun && !result.issues.some((issue) => issue.severity === 'error')) ? 0 : 1;
  },
};
