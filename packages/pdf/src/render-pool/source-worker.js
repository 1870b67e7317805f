// The worker when run from source (vitest, tsx): Node 20 does not carry tsx's loader into
// worker threads, so this plain module loads the TypeScript worker through tsx's API.
import { tsImport } from 'tsx/esm/api';

const worker = await tsImport('./render-worker.ts', import.meta.url);
export default worker.default;
