import { ConflictError } from './repository.js';

/** True for a unique or foreign-key violation in SQLite or PostgreSQL. */
export function isConstraintError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null || !('code' in error)) return false;
  const code = String(error.code);
  return code.startsWith('SQLITE_CONSTRAINT') || code === '23505' || code === '23503';
}

/** Runs `write`, turning a constraint violation into a ConflictError with a Chinese message. */
export async function guardConstraint<T>(write: () => Promise<T>, message: string): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isConstraintError(error)) throw new ConflictError(message, { cause: error });
    throw error;
  }
}

/** True for PostgreSQL's "data exception" class (22xxx): input the database cannot store. */
export function isDataError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null || !('code' in error)) return false;
  return /^22[0-9A-Z]{3}$/.test(String(error.code));
}
