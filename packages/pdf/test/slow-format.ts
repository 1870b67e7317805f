// An output format for pool tests: echoes the report's `text`, or spins for `spinMs` first.
export const slowFormat = {
  id: 'slow',
  mediaType: 'text/plain; charset=utf-8',
  extension: 'txt',
  label: '测试',
  render: (report: { text?: string; spinMs?: number }): Promise<string> => {
    const end = Date.now() + (report.spinMs ?? 0);
    while (Date.now() < end);
    return Promise.resolve(report.text ?? '');
  },
};
