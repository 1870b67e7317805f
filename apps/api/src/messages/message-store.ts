import { randomUUID } from 'node:crypto';
import type { ExpressionBuilder, Kysely } from 'kysely';
import type { Tables } from '../db/tables.js';

export const messageKinds = ['reminder', 'submitted', 'returned', 'approved', 'published'] as const;
export type MessageKind = (typeof messageKinds)[number];

/** Who a message is for: one user, or the users of an agency (only those of `role`, if set). */
export type Recipient =
  { readonly userId: string } | { readonly agencyId: string; readonly role?: string | null };

export interface NewMessage {
  readonly to: Recipient;
  readonly kind: MessageKind;
  readonly reportId?: string | null;
  readonly year?: number | null;
  readonly text: string;
  readonly senderId: string | null;
}

export interface Message {
  readonly id: string;
  readonly kind: MessageKind;
  readonly agencyId: string | null;
  readonly reportId: string | null;
  readonly year: number | null;
  readonly text: string;
  readonly senderId: string | null;
  readonly createdAt: string;
  /** When the reader read it; null while unread. */
  readonly readAt: string | null;
}

/** The reader a query is for: their own messages and their agency's for their role. */
export interface Reader {
  readonly id: string;
  readonly agencyId: string;
  readonly role: string;
}

/** In-app messages (消息), read per user. */
export interface MessageStore {
  send(messages: readonly NewMessage[]): Promise<void>;
  /** Newest first. */
  list(
    reader: Reader,
    query: { unread?: boolean; limit: number; offset: number },
  ): Promise<{ items: Message[]; total: number }>;
  unreadCount(reader: Reader): Promise<number>;
  /** False when the message is not the reader's. */
  markRead(reader: Reader, id: string): Promise<boolean>;
  /** Marks every unread message of the reader read; returns how many. */
  markAllRead(reader: Reader): Promise<number>;
}

const addressedTo = (reader: Reader) => (eb: ExpressionBuilder<Tables, 'messages'>) =>
  eb.or([
    eb('messages.user_id', '=', reader.id),
    eb.and([
      eb('messages.user_id', 'is', null),
      eb('messages.agency_id', '=', reader.agencyId),
      eb.or([eb('messages.role', 'is', null), eb('messages.role', '=', reader.role)]),
    ]),
  ]);

export function createMessageStore(db: Kysely<Tables>): MessageStore {
  const mine = (reader: Reader, unread?: boolean) => {
    const select = db
      .selectFrom('messages')
      .leftJoin('message_reads', (join) =>
        join
          .onRef('message_reads.message_id', '=', 'messages.id')
          .on('message_reads.user_id', '=', reader.id),
      )
      .where(addressedTo(reader));
    return unread ? select.where('message_reads.read_at', 'is', null) : select;
  };
  const count = async (reader: Reader, unread?: boolean) => {
    const row = await mine(reader, unread)
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  };
  const unreadIds = async (reader: Reader, id?: string) => {
    let select = mine(reader, true).select('messages.id');
    if (id !== undefined) select = select.where('messages.id', '=', id);
    return (await select.execute()).map((row) => row.id);
  };
  const markRead = async (reader: Reader, ids: readonly string[]) => {
    const readAt = new Date().toISOString();
    // Chunks keep the statement under every driver's parameter limit.
    for (let start = 0; start < ids.length; start += 500)
      await db
        .insertInto('message_reads')
        .values(
          ids
            .slice(start, start + 500)
            .map((id) => ({ message_id: id, user_id: reader.id, read_at: readAt })),
        )
        .onConflict((oc) => oc.doNothing())
        .execute();
  };
  return {
    async send(messages) {
      if (messages.length === 0) return;
      const createdAt = new Date().toISOString();
      await db
        .insertInto('messages')
        .values(
          messages.map((m) => ({
            id: randomUUID(),
            agency_id: 'agencyId' in m.to ? m.to.agencyId : null,
            user_id: 'userId' in m.to ? m.to.userId : null,
            role: 'agencyId' in m.to ? (m.to.role ?? null) : null,
            kind: m.kind,
            report_id: m.reportId ?? null,
            year: m.year ?? null,
            text: m.text,
            sender_id: m.senderId,
            created_at: createdAt,
          })),
        )
        .execute();
    },
    async list(reader, query) {
      const rows = await mine(reader, query.unread)
        .selectAll('messages')
        .select('message_reads.read_at')
        .orderBy('messages.created_at', 'desc')
        .orderBy('messages.id')
        .limit(query.limit)
        .offset(query.offset)
        .execute();
      const items = rows.map((row) => ({
        id: row.id,
        kind: row.kind as MessageKind,
        agencyId: row.agency_id,
        reportId: row.report_id,
        year: row.year,
        text: row.text,
        senderId: row.sender_id,
        createdAt: row.created_at,
        readAt: row.read_at,
      }));
      return { items, total: await count(reader, query.unread) };
    },
    unreadCount: (reader) => count(reader, true),
    async markRead(reader, id) {
      const known = await mine(reader)
        .select('messages.id')
        .where('messages.id', '=', id)
        .executeTakeFirst();
      if (!known) return false;
      await markRead(reader, await unreadIds(reader, id));
      return true;
    },
    async markAllRead(reader) {
      const ids = await unreadIds(reader);
      await markRead(reader, ids);
      return ids.length;
    },
  };
}
