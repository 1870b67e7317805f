import { decodePage, kindOf } from './imported-findings';

/** What POST /api/import takes as JSON: text as is, a PDF or Word file as base64. */
export interface ImportBody {
  readonly content: string;
  readonly kind: 'html' | 'text' | 'pdf' | 'docx' | 'doc';
  readonly name?: string;
}

const binaryKinds = [
  [/\.pdf$/i, 'pdf'],
  [/\.docx$/i, 'docx'],
  [/\.doc$/i, 'doc'],
] as const;

/** Bytes as base64, in chunks (a spread of a whole file overflows the call stack). */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let at = 0; at < bytes.length; at += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  }
  return btoa(binary);
}

/** The request body for one uploaded file: PDF and Word files by their bytes, pages and text decoded. */
export async function fileBody(file: File): Promise<ImportBody> {
  const bytes = await file.arrayBuffer();
  const binary = binaryKinds.find(([pattern]) => pattern.test(file.name));
  const isPdf = new Uint8Array(bytes.slice(0, 4)).join() === '37,80,68,70';
  const kind = isPdf ? 'pdf' : binary?.[1];
  if (kind) return { content: toBase64(new Uint8Array(bytes)), kind, name: file.name };
  const text = decodePage(bytes);
  return { content: text, kind: kindOf(text, file.name), name: file.name };
}

/** The file types the import takes, for the file chooser. */
export const importAccept =
  '.html,.htm,.txt,.pdf,.docx,.doc,text/html,text/plain,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document';
