import type { FontRole } from './fonts.js';

/** One piece of text as printed: in which face, and where a person finds it in the report. */
export interface TextUse {
  readonly text: string;
  readonly role: FontRole;
  readonly where: string;
}

/** Records every string the document prints, so the fonts can be checked before rendering. */
export class TextLog {
  readonly uses: TextUse[] = [];

  /** Notes a string and hands it back, for use inline when building content. */
  add(text: string, role: FontRole, where: string): string {
    this.uses.push({ text, role, where });
    return text;
  }
}
