/*
 * The speed patches this package makes to pdfmake and pdfkit internals at run time
 * (embedded-fonts.ts, join-inlines.ts, decoded-glyphs.ts, fast-deflate.ts) report here whether they took hold and how often their
 * own path ran, so a test fails when a newer pdfmake quietly leaves them out.
 */

/** One patch each: fonts parsed once per process, layout without shaping, joined inlines, glyphs decoded once, fast deflate. */
export type PatchName =
  'parsedFonts' | 'unshapedLayout' | 'inlineJoining' | 'decodedGlyphs' | 'fastDeflate';

/** Whether a patch is installed, and how many calls took its path rather than pdfmake's own. */
export interface PatchState {
  readonly isApplied: boolean;
  readonly uses: number;
}

const names: readonly PatchName[] = [
  'parsedFonts',
  'unshapedLayout',
  'inlineJoining',
  'decodedGlyphs',
  'fastDeflate',
];
const applied = new Set<PatchName>();
const uses = new Map<PatchName, number>();
let isBypassed = false;

/** Notes that a patch is installed. */
export function markApplied(name: PatchName): void {
  applied.add(name);
}

/** Notes one call that took the patch's path. */
export function countUse(name: PatchName): void {
  uses.set(name, (uses.get(name) ?? 0) + 1);
}

/** Each patch's state; the fonts' patches apply with the first render, not on import. */
export function patchStatus(): Readonly<Record<PatchName, PatchState>> {
  return Object.fromEntries(
    names.map((name) => [name, { isApplied: applied.has(name), uses: uses.get(name) ?? 0 }]),
  ) as Record<PatchName, PatchState>;
}

/** While `true`, installed patches hand every call to pdfmake's own code (for differential tests). */
export function bypassPatches(bypass: boolean): void {
  isBypassed = bypass;
}

/** Whether patched functions should call through to the originals. */
export const arePatchesBypassed = (): boolean => isBypassed;
