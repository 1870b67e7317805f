import type { Finding } from '@nianbao/schema';

/** Why a report was not rendered: it has errors, a font lacks characters, or a font is unusable. */
export type RenderErrorKind = 'invalid' | 'glyphs' | 'font';

/** A refusal with a Chinese message meant for the user; never a bug. */
export class RenderError extends Error {
  constructor(
    readonly kind: RenderErrorKind,
    message: string,
    /** The validation errors, when `kind` is `invalid`. */
    readonly findings: readonly Finding[] = [],
  ) {
    super(message);
    this.name = 'RenderError';
  }
}
