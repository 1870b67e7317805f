import { relative } from 'node:path';
import type { Io } from '../io.js';
import type { PdfResult } from './pdf-job.js';

/** Reports results as they come: a bar on a terminal, plain lines elsewhere (logs, CI, pipes). */
export interface Progress {
  readonly report: (result: PdfResult) => void;
  readonly finish: () => void;
}

const barWidth = 24;

/** `[████████░░░░] 12/200` */
export function progressBar(done: number, total: number): string {
  const filled = total === 0 ? barWidth : Math.round((done / total) * barWidth);
  return `[${'█'.repeat(filled)}${'░'.repeat(barWidth - filled)}] ${done}/${total}`;
}

/** The line for one finished file. */
export function describeResult(result: PdfResult, cwd: string): string {
  if (result.status !== 'ok') return `✗ ${result.message}`;
  const size = `${Math.ceil((result.bytes ?? 0) / 1024)} KB`;
  const note = result.forced ? '；未通过校验，已按 --force 生成，每页标注“未通过校验”' : '';
  return `✓ ${result.file} → ${relative(cwd, result.out) || result.out}（${size}${note}）`;
}

export function createProgress(io: Io, total: number): Progress {
  let done = 0;
  if (!io.isTTY || total < 2) {
    return {
      report: (result) => {
        const line = `${describeResult(result, io.cwd)}\n`;
        if (result.status === 'ok') io.out(line);
        else io.err(line);
      },
      finish: () => undefined,
    };
  }
  const clear = '\r\x1b[2K';
  io.err(`${clear}生成 PDF ${progressBar(0, total)}`);
  return {
    report: (result) => {
      done++;
      const line =
        result.status === 'ok' && !result.forced ? '' : `${describeResult(result, io.cwd)}\n`;
      io.err(`${clear}${line}生成 PDF ${progressBar(done, total)} ${result.file}`);
    },
    finish: () => io.err(clear),
  };
}
