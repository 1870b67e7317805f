import type { Agency } from '../db/repository.js';
import type { NewMessage } from './message-store.js';

/** One 催报 per agency, to its editors: the given text, or one naming the year and its deadline. */
export function reminderMessages(input: {
  readonly agencies: readonly { readonly agency: Agency; readonly deadline: string | null }[];
  readonly year: number;
  readonly text?: string | undefined;
  readonly senderId: string;
}): NewMessage[] {
  return input.agencies.map(({ agency, deadline }) => {
    const due = deadline ? `，期限 ${deadline}` : '';
    return {
      to: { agencyId: agency.id, role: 'editor' },
      kind: 'reminder',
      year: input.year,
      text: input.text || `催报：请尽快完成${String(input.year)}年度报告的填报、提交与发布${due}。`,
      senderId: input.senderId,
    };
  });
}
