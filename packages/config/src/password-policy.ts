/** The default least number of characters of a password. */
export const defaultPasswordMinLength = 8;

const classes = [/[A-Z]/, /[a-z]/, /[0-9]/, /[^A-Za-z0-9]/] as const;

/**
 * Why `password` is too weak for `username`, in Chinese, or undefined when it is strong enough:
 * at least `minLength` characters from three of upper case, lower case, digits and symbols, and
 * not containing the user name.
 */
export function passwordWeakness(input: {
  password: string;
  username?: string;
  minLength?: number;
}): string | undefined {
  const minLength = input.minLength ?? defaultPasswordMinLength;
  const { password } = input;
  if ([...password].length < minLength) return `密码至少 ${minLength} 个字符`;
  if (classes.filter((kind) => kind.test(password)).length < 3)
    return '密码须含大写字母、小写字母、数字、符号中的至少三类';
  const name = input.username?.trim().toLowerCase();
  if (name && password.toLowerCase().includes(name)) return '密码不能包含用户名';
  return undefined;
}
