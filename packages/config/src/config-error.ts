/** One wrong setting: its name, what would be accepted, and the whole Chinese sentence. */
export interface ConfigProblem {
  /** The environment variable (`DATABASE_URL`) or the JSON pointer in a file (`/fonts/body`). */
  readonly name: string;
  /** The accepted forms, in Chinese (`应为 1–65535 的整数`). */
  readonly accepted: string;
  readonly message: string;
}

/** Every wrong setting found at once; `message` lists them, one per line, in Chinese. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';

  constructor(readonly problems: readonly ConfigProblem[]) {
    super(problems.map((problem) => problem.message).join('\n'));
  }
}

/** A wrong environment variable; a secret's value is never repeated. */
export function variableProblem(options: {
  name: string;
  value: string | undefined;
  accepted: string;
  secret?: boolean;
}): ConfigProblem {
  const { name, value, accepted } = options;
  // The value stands between ASCII quotes and spaces so a terminal never joins it to the Chinese.
  const shown = value === undefined || options.secret ? '' : ` 的值 ${JSON.stringify(value)}`;
  return { name, accepted, message: `环境变量 ${name}${shown} 不可用：${accepted}` };
}
