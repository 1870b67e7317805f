import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type * as Fontkit from 'fontkit';
import { RenderError } from './render-error.js';
import { isWoff, woffToSfnt } from './woff-to-sfnt.js';

/**
 * The four faces of the official layout (GB/T 9704): body 仿宋-like, headings 黑体-like, title
 * 小标宋-like, second-level headings 楷体. TTF, OTF or WOFF 1.0 files.
 */
export interface FontFiles {
  /** Body text, tables and page numbers. */
  readonly body: string;
  /** First-level headings (一、…). */
  readonly heading: string;
  /** The title: a bold serif stands in for 小标宋. */
  readonly title: string;
  /** Second-level headings (（一）…), 楷体: LXGW WenKai by default. */
  readonly subhead: string;
}

export type FontRole = keyof FontFiles;
export const fontRoles: readonly FontRole[] = ['body', 'heading', 'title', 'subhead'];

const require = createRequire(import.meta.url);
// The CommonJS build, the very instance pdfkit loads: importing the ESM build would load fontkit twice.
const fontkit = require('fontkit') as typeof Fontkit;

/** The bundled open fonts (SIL OFL 1.1): Noto Serif SC, Noto Sans SC and LXGW WenKai (楷体). */
export function defaultFontFiles(): FontFiles {
  return {
    body: require.resolve('@expo-google-fonts/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf'),
    heading:
      require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf'),
    title: require.resolve('@expo-google-fonts/noto-serif-sc/700Bold/NotoSerifSC_700Bold.ttf'),
    // The whole font despite “latin” in the name (npm has it as WOFF only; loadFont unpacks it).
    subhead: require.resolve('@fontsource/lxgw-wenkai/files/lxgw-wenkai-latin-500-normal.woff'),
  };
}

/** A font file read once per process: its bytes for pdfkit, its parsed form for glyph checks and metrics. */
export interface LoadedFont {
  readonly path: string;
  readonly bytes: Buffer;
  readonly font: Fontkit.Font;
}

const loaded = new Map<string, LoadedFont>();

/** Reads and parses a TTF/OTF file, cached by absolute path for the life of the process. */
export function loadFont(path: string): LoadedFont {
  const absolute = resolve(path);
  const cached = loaded.get(absolute);
  if (cached) return cached;
  let bytes: Buffer;
  try {
    bytes = readFileSync(absolute);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new RenderError('font', `字体文件 ${path} 无法读取（${code}）`);
  }
  if (isWoff(bytes)) bytes = unpackWoff(bytes, path);
  const font = parseFont(bytes, path);
  const entry = { path: absolute, bytes, font };
  loaded.set(absolute, entry);
  return entry;
}

const unusable = (path: string) =>
  new RenderError(
    'font',
    `字体文件 ${path} 不是可用的 TrueType/OpenType 字体（.ttf、.otf 或 .woff）`,
  );

function unpackWoff(bytes: Buffer, path: string): Buffer {
  try {
    return woffToSfnt(bytes);
  } catch {
    throw unusable(path);
  }
}

function parseFont(bytes: Buffer, path: string): Fontkit.Font {
  try {
    const parsed = fontkit.create(bytes);
    // A collection (.ttc) or a WOFF file is not something pdfkit embeds here.
    if ('fonts' in parsed || parsed.type !== 'TTF') throw new Error(parsed.type);
    return parsed;
  } catch {
    throw unusable(path);
  }
}

/** Natural line height of a font at a size, as pdfkit measures it (ascender − descender, no gap). */
export function naturalLineHeight(font: Fontkit.Font, size: number): number {
  return ((font.ascent - font.descent) / font.unitsPerEm) * size;
}

/** Width of `text` at `size`: advances straight from the font, as pdfkit sets unshaped text. */
export function measureText(font: LoadedFont, text: string, size: number): number {
  let units = 0;
  for (const character of text) units += advanceOf(font, character);
  return (units / font.font.unitsPerEm) * size;
}

const advances = new WeakMap<LoadedFont, Map<string, number>>();

function advanceOf(font: LoadedFont, character: string): number {
  let known = advances.get(font);
  if (!known) advances.set(font, (known = new Map<string, number>()));
  let advance = known.get(character);
  if (advance === undefined) {
    advance = font.font.glyphForCodePoint(character.codePointAt(0) ?? 0).advanceWidth;
    known.set(character, advance);
  }
  return advance;
}
