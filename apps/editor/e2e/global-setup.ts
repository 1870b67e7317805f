import type { TestProject } from 'vitest/node';
import { launchChromium } from './chromium';
import { startServers } from './servers';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // Fail before starting anything when the browser is missing (vitest.config.ts decides whether to run).
  await (await launchChromium()).close();
  const servers = await startServers();
  project.provide('baseUrl', servers.url);
  return () => servers.stop();
}
