import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { hashPassword } from './auth/password.js';
import type { Agency, Repository, Role } from './db/repository.js';

const fixtures = [
  { file: '2021-pinghu-dushangang.json', agency: 'dushangang' },
  { file: '2021-jiangnan-city.json', agency: 'jiangnan' },
  { file: '2022-jiangnan-city.json', agency: 'jiangnan' },
] as const;

const demoUsers = [
  ['editor', 'editor', 'dushangang'],
  ['reviewer', 'reviewer', 'pinghu'],
  ['jiangnan', 'editor', 'jiangnan'],
] as const;

async function readFixture(file: string): Promise<unknown> {
  const url = import.meta.resolve(`@nianbao/schema/fixtures/${file}`);
  return JSON.parse(await readFile(fileURLToPath(url), 'utf8')) as unknown;
}

export async function createDemoAgencies(repo: Repository) {
  const pinghu = await repo.createAgency({
    name: '平湖市人民政府',
    parentId: null,
    level: 'county',
  });
  return {
    pinghu,
    dushangang: await repo.createAgency({
      name: '平湖市独山港经济开发区（独山港镇）',
      parentId: pinghu.id,
      level: 'township',
    }),
    jiangnan: await repo.createAgency({ name: '江南市人民政府', parentId: null, level: 'city' }),
  };
}

/** The demo editor, reviewer and jiangnan, with the given passwords, and the seed reports. */
export async function seedDemo(input: {
  repo: Repository;
  agencies: Awaited<ReturnType<typeof createDemoAgencies>>;
  passwordOf: (username: string) => string;
  log: (line: string) => void;
}): Promise<void> {
  const { repo, agencies, log } = input;
  for (const [username, role, agency] of demoUsers)
    await createLogged({
      repo,
      log,
      username,
      role,
      agency: agencies[agency],
      password: input.passwordOf(username),
    });
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
}

/** Creates a user and prints its name, role, agency and password (`shown`, if given, instead). */
export async function createLogged(input: {
  repo: Repository;
  log: (line: string) => void;
  username: string;
  role: Role;
  agency: Agency;
  password: string;
  shown?: string;
}): Promise<void> {
  await input.repo.createUser({
    username: input.username,
    role: input.role,
    agencyId: input.agency.id,
    passwordHash: await hashPassword(input.password),
  });
  input.log(
    `已创建用户 ${input.username}（${input.role}，${input.agency.name}），密码：${input.shown ?? input.password}`,
  );
}
