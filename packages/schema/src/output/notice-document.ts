// The 通报 the supervising office drafts from its 问题清单: one shape for every renderer (DOCX, PDF).
/** A block of a 通报's body: headings (一、), sub-heads (（一）), paragraphs and numbered items. */
export interface NoticeBlock {
  readonly kind: 'heading' | 'subhead' | 'paragraph' | 'item';
  readonly text: string;
}

/** A 通报 (official notice) to lay out: title, 主送, body blocks, and the 落款. */
export interface NoticeDocument {
  readonly title: string;
  /** The 主送 line, e.g. `各有关单位：`. */
  readonly addressee: string;
  readonly blocks: readonly NoticeBlock[];
  /** The issuing office, signed under the body. */
  readonly issuer: string;
  /** The date as written in the 落款, e.g. `2026年1月5日`. */
  readonly date: string;
}
