import { apiClient, call } from '$lib/api/api-client';

/** The signed-in user's unread message count, asked for again on demand and every minute. */
export const unread = $state({ count: 0 });

export const pollSeconds = 60;

/** Asks the API for the unread count; a failed ask leaves the last count. */
export async function refreshUnread(): Promise<void> {
  try {
    unread.count = (await call(apiClient().api.messages['unread-count'].$get())).unread;
  } catch {
    // The next navigation or poll asks again.
  }
}

/** `未读消息 3 条`: the link's name for screen readers while any are unread. */
export const unreadLabel = (count: number): string =>
  count > 0 ? `未读消息 ${String(count)} 条` : '消息';
