import { defaultPasswordMinLength, passwordWeakness } from '@nianbao/config';
import { ProblemError } from '../http/problem.js';

/** What accounts the routes accept, from the server's configuration. */
export interface AccountSettings {
  readonly passwordMinLength?: number;
}

/** Throws a 400 naming `field` when the password breaks the policy of `@nianbao/config`. */
export function requireStrongPassword(
  input: { password: string; username: string; field: string },
  settings: AccountSettings,
): void {
  const weakness = passwordWeakness({
    password: input.password,
    username: input.username,
    minLength: settings.passwordMinLength ?? defaultPasswordMinLength,
  });
  if (weakness)
    throw new ProblemError(400, weakness, { errors: [{ path: input.field, message: weakness }] });
}
