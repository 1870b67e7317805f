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

/**
 * The local draft left from an earlier visit when it differs from the server's `report`;
 * one that equals it is cleared. On a locked report it is only offered as a file.
 */
export function leftoverDraft(
  storage: Storage,
  reportId: string,
  report: unknown,
): LocalDraft | undefined {
  const draft = readDraft(storage, reportId);
  if (draft && JSON.stringify(draft.report) !== JSON.stringify(report)) return draft;
  if (draft) clearDraft(storage, reportId);
  return undefined;
}

/** The draft as a JSON file to download, named after the report it belongs to. */
export function draftFile(draft: LocalDraft, title: string): File {
  const name = `${title}（本机未保存的修改）.json`;
  return new File([JSON.stringify(draft.report, null, 2)], name, { type: 'application/json' });
}
