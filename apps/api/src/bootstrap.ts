import { ConfigError, passwordWeakness, variableProblem } from '@nianbao/config';
import { generatePassword } from './auth/password.js';
import { createDemoAgencies, createLogged, seedDemo } from './demo-seed.js';
import type { Repository } from './db/repository.js';

export interface BootstrapOptions {
  /** `NIANBAO_DEMO=1`: demo agencies, users and reports, with passwords printed. */
  readonly demo?: boolean;
  /** The admin's password; required (and strong) unless `demo`, where it is generated if absent. */
  readonly adminPassword?: string;
  /** Passwords of the demo users; generated when absent. */
  readonly demoPassword?: (username: string) => string;
  readonly passwordMinLength?: number;
  readonly log?: (line: string) => void;
}

/** The admin's home agency on a production start, to be renamed on /admin/agencies. */
export const adminAgencyName = '系统管理';

function checkAdminPassword(options: BootstrapOptions): void {
  const password = options.adminPassword;
  const weakness =
    password === undefined
      ? options.demo
        ? undefined
        : '数据库中还没有管理员，正式部署（NIANBAO_DEMO=0）必须设置'
      : passwordWeakness({ password, username: 'admin', minLength: options.passwordMinLength });
  if (weakness === undefined) return;
  const accepted = `${weakness}；应为至少 ${options.passwordMinLength ?? 8} 个字符、含大写字母、小写字母、数字、符号中三类且不含 admin 的密码`;
  throw new ConfigError([
    variableProblem({ name: 'NIANBAO_ADMIN_PASSWORD', value: password, accepted, secret: true }),
  ]);
}

/**
 * On an empty database: the admin (with a strong password, else a ConfigError), and with `demo`
 * the demo agencies, users and published seed reports. Does nothing once any user exists.
 */
export async function bootstrap(
  repo: Repository,
  options: BootstrapOptions = {},
): Promise<boolean> {
  if ((await repo.countUsers()) > 0) return false;
  checkAdminPassword(options);
  const log = options.log ?? console.log;
  const minLength = options.passwordMinLength;
  const password = (username: string) => generatePassword({ username, minLength });
  if (!options.demo) {
    const agency = await repo.createAgency({ name: adminAgencyName, parentId: null, level: null });
    const admin = {
      username: 'admin',
      role: 'admin' as const,
      agency,
      shown: '（NIANBAO_ADMIN_PASSWORD）',
    };
    await createLogged({ repo, log, ...admin, password: options.adminPassword ?? '' });
    return true;
  }
  const agencies = await createDemoAgencies(repo);
  await createLogged({
    repo,
    log,
    username: 'admin',
    role: 'admin',
    agency: agencies.pinghu,
    password: options.adminPassword ?? password('admin'),
    ...(options.adminPassword ? { shown: '（NIANBAO_ADMIN_PASSWORD）' } : {}),
  });
  await seedDemo({ repo, agencies, log, passwordOf: options.demoPassword ?? password });
  return true;
}
