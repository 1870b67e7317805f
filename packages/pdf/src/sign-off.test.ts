import { template2021 } from '@nianbao/schema';
import { describe, expect, it } from 'vitest';
import { loadFixture } from '../test/fixtures.js';
import { readPdf } from '../test/read-pdf.js';
import { renderReport } from './index.js';

const report = loadFixture('2022-jiangnan-city.json') as Record<string, unknown> & {
  narrative: Record<string, string>;
};
const lastSection = template2021.sections.at(-1)?.id ?? '';
/** The report with a last paragraph of `length` characters after the last section's text. */
const ending = (length: number) => ({
  ...report,
  narrative: {
    ...report.narrative,
    [lastSection]: `${report.narrative[lastSection] ?? ''}\n${'公开'.repeat(length).slice(0, length)}`,
  },
});
const pagesOf = async (length: number, signOff: boolean) =>
  (await readPdf(await renderReport(ending(length), { signOff }))).pages.map((page) =>
    page.text.replace(/\s/g, '').replace(/—\d+—$/, ''),
  );

/** The longest last paragraph that still ends on the page the report ended on: a full page. */
async function fullLastPage(): Promise<number> {
  const pages = (await pagesOf(1, false)).length;
  let [fits, spills] = [1, 1500];
  while (spills - fits > 1) {
    const middle = Math.floor((fits + spills) / 2);
    if ((await pagesOf(middle, false)).length > pages) spills = middle;
    else fits = middle;
  }
  return fits;
}

describe('the 落款', () => {
  it('takes the last lines of the body with it rather than start the last page alone', async () => {
    const length = await fullLastPage();
    const unsigned = await pagesOf(length, false);
    const signed = await pagesOf(length, true);
    // The body fills its last page: the 落款 needs a new one, which it must not have alone.
    expect(signed.length).toBe(unsigned.length + 1);
    const last = signed.at(-1) ?? '';
    expect(last).toMatch(/江南市人民政府2023年3月28日$/);
    expect(last.replace(/江南市人民政府2023年3月28日$/, '')).toMatch(/公开|开公/);
  }, 60_000);
});
