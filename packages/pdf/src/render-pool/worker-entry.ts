/**
 * The worker's file and Node flags. Built, it is `dist/render-pool/render-worker.js`; run from
 * source (vitest, tsx) it is `source-worker.js`, which loads the `.ts` worker through tsx with
 * the workspace's source condition.
 */
export function workerEntry(): { filename: string; execArgv: string[] } {
  if (!import.meta.url.endsWith('.ts'))
    return { filename: new URL('./render-worker.js', import.meta.url).href, execArgv: [] };
  return {
    filename: new URL('./source-worker.js', import.meta.url).href,
    execArgv: ['--conditions=@nianbao/source'],
  };
}
