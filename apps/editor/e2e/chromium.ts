import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const chromiumPath = process.env.NIANBAO_CHROMIUM ?? '/usr/bin/chromium';

/** Debian's Chromium, headless; a clear failure (never a skip) when it is not installed. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(chromiumPath))
    throw new Error(
      `Chromium not found at ${chromiumPath}. The browser tests need it: ` +
        'apt-get update && apt-get install -y chromium (or source .ci/chromium.sh), ' +
        'or set NIANBAO_CHROMIUM to a Chromium binary.',
    );
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
