import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { buildTemplate, templateBytes } from '../import/build-template.js';
import { loadTemplateRequest, loadTemplateUnit, TemplateRequestError } from '../import/load-template.js';
import { UsageError, type Command } from './cli-command.js';

/** Writes the data-entry template of a district and period. */
export const templateCommand: Command = {
  summary: 'Tạo biểu mẫu Excel nhập số liệu / Write the Excel data-entry template',
  usage: 'template --unit <mã huyện> --period <kỳ> [--level tieu_hoc --level thcs …] [--out <tệp.xlsx>]',
  async run({ args, orm, out }) {
    const { values } = parseArgs({ args, options: { unit: { type: 'string' }, period: { type: 'string' }, level: { type: 'string', multiple: true }, out: { type: 'string' } } });
    if (!values.unit || !values.period) throw new UsageError('Cần --unit và --period', 'Give --unit and --period');
    const db = orm.em.fork().getKysely<unknown>();
    try {
      const unit = await loadTemplateUnit(db, values.unit);
      const request = await loadTemplateRequest(db, unit, values.period, values.level ?? []);
      const path = values.out ?? `bieu-nhap-${unit.id.replace('@', '-')}-${values.period.replace(/[^0-9A-Za-z-]/g, '-')}.xlsx`;
      await writeFile(path, await templateBytes(buildTemplate(request)));
      out(`Đã ghi / Wrote ${path} (${request.levels.join(', ')})`);
      return 0;
    } catch (caught) {
      if (caught instanceof TemplateRequestError) throw new UsageError(caught.messageVi, caught.messageEn);
      throw caught;
    }
  },
};
