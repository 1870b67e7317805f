import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { hashPassword, generatePassword } from './auth/password.js';
import type { Repository, Role } from './db/repository.js';

export interface BootstrapOptions {
  /** The admin's password; generated (and printed) when absent. */
  readonly adminPassword?: string;
  /** Passwords of the demo users; generated when absent. */
  readonly demoPassword?: (username: string) => string;
  readonly log?: (line: string) => void;
}

const fixtures = [
  { file: '2021-pinghu-dushangang.json', agency: 'dushangang' },
  { file: '2021-jiangnan-city.json', agency: 'jiangnan' },
  { file: '2022-jiangnan-city.json', agency: 'jiangnan' },
] as const;

async function readFixture(file: string): Promise<unknown> {
  const url = import.meta.resolve(`@nianbao/schema/fixtures/${file}`);
  return JSON.parse(await readFile(fileURLToPath(url), 'utf8')) as unknown;
}

/**
 * On an empty database: the admin, a demo agency hierarchy with an editor and a reviewer, and the
 * seed reports as published. Does nothing once any user exists.
 */
export async function bootstrap(
  repo: Repository,
  options: BootstrapOptions = {},
): Promise<boolean> {
  if ((await repo.countUsers()) > 0) return false;
  const log = options.log ?? console.log;
  const pinghu = await repo.createAgency({
    name: '平湖市人民政府',
    parentId: null,
    level: 'county',
  });
  const agencies = {
    pinghu,
    dushangang: await repo.createAgency({
      name: '平湖市独山港经济开发区（独山港镇）',
      parentId: pinghu.id,
      level: 'township',
    }),
    jiangnan: await repo.createAgency({ name: '江南市人民政府', parentId: null, level: 'city' }),
  };
  const users: { username: string; role: Role; agency: keyof typeof agencies; password: string }[] =
    [
      {
        username: 'admin',
        role: 'admin',
        agency: 'pinghu',
        password: options.adminPassword ?? generatePassword(),
      },
      ...(
        [
          ['editor', 'editor', 'dushangang'],
          ['reviewer', 'reviewer', 'pinghu'],
          ['jiangnan', 'editor', 'jiangnan'],
        ] as const
      ).map(([username, role, agency]) => ({
        username,
        role,
        agency,
        password: options.demoPassword?.(username) ?? generatePassword(),
      })),
    ];
  for (const user of users) {
    await repo.createUser({
      username: user.username,
      role: user.role,
      agencyId: agencies[user.agency].id,
      passwordHash: await hashPassword(user.password),
    });
    const shown =
      user.username === 'admin' && options.adminPassword
        ? '（NIANBAO_ADMIN_PASSWORD）'
        : user.password;
    log(
      `已创建用户 ${user.username}（${user.role}，${agencies[user.agency].name}），密码：${shown}`,
    );
  }
  for (const fixture of fixtures) {
    const report = (await readFixture(fixture.file)) as { year: number };
    await repo.createReport({
      agencyId: agencies[fixture.agency].id,
      year: report.year,
      status: 'published',
      report,
      action: 'import',
      userId: null,
      changes: [],
    });
  }
  log(`已载入 ${fixtures.length} 份示例报告`);
  return true;
}
