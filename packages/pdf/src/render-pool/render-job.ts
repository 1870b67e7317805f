import type { Finding } from '@nianbao/schema';
import type { RenderOptions } from '../render-report.js';
import type { RenderErrorKind } from '../render-error.js';

/** Where a worker finds an output format: a module URL and the name of its `OutputFormat` export. */
export interface FormatModule {
  readonly moduleUrl: string;
  readonly exportName: string;
}

/** One render handed to a worker: the format id, the report, and the PDF's options. */
export interface RenderJob {
  readonly format: string;
  readonly report: unknown;
  readonly options?: RenderOptions;
  /** The formats other than `pdf` the pool was given, by id. */
  readonly formats: Readonly<Record<string, FormatModule>>;
}

/** A worker's answer: the output, or a refusal to rebuild as a RenderError on the main thread. */
export type RenderReply =
  | { readonly ok: true; readonly output: Uint8Array | string }
  | {
      readonly ok: false;
      readonly kind: RenderErrorKind;
      readonly message: string;
      readonly findings: readonly Finding[];
    };
