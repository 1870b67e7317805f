import { glossary } from '$lib/glossary';

/** What each kind of message (消息) is called in its list: a step's message by the state it left. */
export const messageKindNames: Readonly<Record<string, string>> = {
  reminder: '催报',
  submitted: glossary.statuses.submitted,
  returned: glossary.statuses.returned,
  approved: glossary.statuses.approved,
  published: glossary.statuses.published,
};
