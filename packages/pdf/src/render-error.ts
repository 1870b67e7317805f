import type { Finding } from '@nianbao/schema';

/**
 * Why a report was not rendered: it has errors, a font lacks characters, a font is unusable; or,
 * in a render pool, the format is unknown, the render took too long, the report or output is too
 * large, or too many renders are waiting.
 */
export type RenderErrorKind =
  'invalid' | 'glyphs' | 'font' | 'format' | 'timeout' | 'too-large' | 'busy';

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
