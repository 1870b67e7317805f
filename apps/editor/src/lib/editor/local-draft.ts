/** What the editor keeps in the browser until the server has it. */
export interface LocalDraft {
  /** The server version the draft was made on. */
  readonly baseVersion: number;
  readonly report: unknown;
  readonly savedAt: string;
}

const keyOf = (reportId: string) => `nianbao:draft:${reportId}`;

/** Keeps unsaved work in localStorage, so a crash or a lost connection loses nothing. */
export function writeDraft(storage: Storage, reportId: string, draft: LocalDraft): void {
  try {
    storage.setItem(keyOf(reportId), JSON.stringify(draft));
  } catch {
    // A full or blocked storage must not stop editing; the server copy still saves.
  }
}

export function readDraft(storage: Storage, reportId: string): LocalDraft | undefined {
  try {
    const text = storage.getItem(keyOf(reportId));
    if (!text) return undefined;
    const draft = JSON.parse(text) as Partial<LocalDraft>;
    return typeof draft.baseVersion === 'number' &&
      draft.report &&
      typeof draft.savedAt === 'string'
      ? (draft as LocalDraft)
      : undefined;
  } catch {
    return undefined;
  }
}

export function clearDraft(storage: Storage, reportId: string): void {
  try {
    storage.removeItem(keyOf(reportId));
  } catch {
    // Nothing to clear.
  }
}
