import { parseArgs } from 'node:util';
import { AccountError, createToken, ensureAccount, listTokens, revokeToken } from '../auth/accounts.js';
import { parseTokenLifetime } from '../auth/api-token.js';
import { isRole } from '../auth/role.js';
import { operatorName } from './cli-principal.js';
import { UsageError, type Command } from './cli-command.js';

const USAGE = `token create --account <tên> --role district_officer|province_officer|admin [--unit <mã>] [--expires 90d] [--label <ghi chú>]
token revoke <id>
token list`;

/** Creates, revokes and lists API tokens; the secret is printed once and never stored. */
export const tokenCommand: Command = {
  summary: 'Tạo, thu hồi, liệt kê mã truy cập / Create, revoke and list API tokens',
  usage: USAGE,
  async run({ args, orm, out }) {
    const [action, ...rest] = args;
    const db = orm.em.fork().getKysely<unknown>();
    const actor = operatorName();
    try {
      switch (action) {
        case 'create': {
          const { values } = parseArgs({ args: rest, options: { account: { type: 'string' }, role: { type: 'string' }, unit: { type: 'string' }, expires: { type: 'string', default: '90d' }, label: { type: 'string' }, name: { type: 'string' } } });
          if (!values.account || !values.role || !isRole(values.role)) throw new UsageError('Cần --account và --role hợp lệ', 'Give --account and a valid --role');
          const lifetime = parseTokenLifetime(values.expires ?? '90d');
          if (lifetime === null) throw new UsageError('--expires phải như «12h», «90d», «4w», tối đa một năm', '--expires must look like "12h", "90d", "4w", at most a year');
          await ensureAccount(db, { name: values.account, displayName: values.name ?? values.account, role: values.role, unitId: values.unit ?? null }, actor);
          const created = await createToken(db, values.account, lifetime, values.label ?? null, actor);
          out(`Mã truy cập (chỉ hiện một lần) / Token (shown once):\n${created.token}`);
          out(`id ${created.id}, hết hạn / expires ${created.expiresAt.toISOString()}`);
          return 0;
        }
        case 'revoke': {
          const id = Number(rest[0]);
          if (!Number.isInteger(id)) throw new UsageError('Cần mã số của token', 'Give the token id');
          if (!(await revokeToken(db, id, actor))) {
            out(`Không có token ${id} / No token ${id}`);
            return 1;
          }
          out(`Đã thu hồi token ${id} / Token ${id} revoked`);
          return 0;
        }
        case 'list': {
          for (const token of await listTokens(db)) {
            out([token.id, token.account, token.role, token.unitId ?? '-', `evn_${token.hint}…`, token.state, token.expiresAt.toISOString(), token.label ?? ''].join('\t'));
          }
          return 0;
        }
        default:
          throw new UsageError('Hành động phải là create, revoke hoặc list', 'The action must be create, revoke or list');
      }
    } catch (caught) {
      if (caught instanceof AccountError) throw new UsageError(caught.messageVi, caught.messageEn);
      throw caught;
    }
  },
};
