import { describe, expect, it } from 'vitest';
import type { Io } from '../io.js';
import type { PdfResult } from './pdf-job.js';
import { createProgress, describeResult, progressBar } from './pdf-progress.js';

const recorder = (isTTY: boolean) => {
  const written = { out: '', err: '' };
  const io: Io = {
    out: (t) => (written.out += t),
    err: (t) => (written.err += t),
    cwd: '/work',
    isTTY,
  };
  return { io, written };
};
const ok: PdfResult = {
  file: 'a.json',
  out: '/work/a.pdf',
  status: 'ok',
  message: '',
  bytes: 2048,
};
const refused: PdfResult = {
  file: 'b.json',
  out: '/work/b.pdf',
  status: 'refused',
  message: 'b.json：报告未通过校验',
};

describe('pdf progress', () => {
  it('draws a bar of done over total', () => {
    expect(progressBar(0, 4)).toBe(`[${'░'.repeat(24)}] 0/4`);
    expect(progressBar(2, 4)).toBe(`[${'█'.repeat(12)}${'░'.repeat(12)}] 2/4`);
  });

  it('names the PDF written and its size', () => {
    expect(describeResult(ok, '/work')).toBe('✓ a.json → a.pdf（2 KB）');
    expect(describeResult(refused, '/work')).toBe('✗ b.json：报告未通过校验');
  });

  it('prints plain lines when stderr is not a terminal: successes on stdout, failures on stderr', () => {
    const { io, written } = recorder(false);
    const progress = createProgress(io, 2);
    progress.report(ok);
    progress.report(refused);
    progress.finish();
    expect(written.out).toBe('✓ a.json → a.pdf（2 KB）\n');
    expect(written.err).toBe('✗ b.json：报告未通过校验\n');
  });

  it('redraws one bar on a terminal, keeping failures above it', () => {
    const { io, written } = recorder(true);
    const progress = createProgress(io, 2);
    progress.report(refused);
    progress.report(ok);
    progress.finish();
    expect(written.out).toBe('');
    expect(written.err).toContain('✗ b.json：报告未通过校验\n');
    expect(written.err).toContain('2/2 a.json');
    expect(written.err.endsWith('\r\x1b[2K')).toBe(true);
  });
});
