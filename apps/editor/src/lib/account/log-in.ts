import { apiClient, call } from '$lib/api/api-client';

export interface FormField {
  /** The input's form name, also the key of its value. */
  readonly name: string;
  readonly label: string;
  readonly autocomplete: 'username' | 'current-password' | 'new-password';
  /** The starting value, e.g. the name of the user whose session ended. */
  readonly value?: string;
}

/** The login form's two fields, the name starting at `username`. */
export const loginFields = (username = ''): FormField[] => [
  { name: 'username', label: '用户名', autocomplete: 'username', value: username },
  { name: 'password', label: '密码', autocomplete: 'current-password' },
];

/** Logs in with the values of `loginFields`; throws the API's refusal. */
export async function logIn(values: Readonly<Record<string, string>>): Promise<void> {
  const { username = '', password = '' } = values;
  await call(apiClient().api.auth.login.$post({ json: { username, password } }));
}
