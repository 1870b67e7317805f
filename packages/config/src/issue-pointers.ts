import type { z } from 'zod';
import { jsonPointer } from './json-pointer.js';

/** The JSON pointer of every field zod found wrong; each unknown key is a field of its own. */
export function issuePointers(issues: readonly z.core.$ZodIssue[]): string[] {
  return issues
    .flatMap((issue) =>
      issue.code === 'unrecognized_keys'
        ? issue.keys.map((key) => [...issue.path, key])
        : [issue.path],
    )
    .map(jsonPointer);
}
