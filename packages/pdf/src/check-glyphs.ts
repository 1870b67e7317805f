import type { Font } from 'fontkit';
import type { FontRole } from './fonts.js';
import { RenderError } from './render-error.js';
import type { TextUse } from './text-log.js';

const roleNames: Readonly<Record<FontRole, string>> = {
  body: '正文字体',
  heading: '标题字体',
  title: '大标题字体',
  subhead: '二级标题字体',
};

/** Characters that are layout, not glyphs: pdfkit never draws them. */
const isLayoutCharacter = (character: string): boolean => /\s/u.test(character);

/**
 * Checks that each face has a glyph for every character it will print; pdfmake has no fallback,
 * so a missing one would print as a blank box. Throws a RenderError listing characters and places.
 */
export function checkGlyphs(
  uses: readonly TextUse[],
  fonts: Readonly<Record<FontRole, Font>>,
): void {
  const missing = new Map<
    string,
    { role: FontRole; characters: Set<string>; places: Set<string> }
  >();
  for (const use of uses) {
    const font = fonts[use.role];
    for (const character of new Set(use.text)) {
      const codePoint = character.codePointAt(0);
      if (
        codePoint === undefined ||
        isLayoutCharacter(character) ||
        font.hasGlyphForCodePoint(codePoint)
      )
        continue;
      const key = use.role;
      const entry = missing.get(key) ?? {
        role: use.role,
        characters: new Set(),
        places: new Set(),
      };
      entry.characters.add(character);
      entry.places.add(`${use.where}（${character}）`);
      missing.set(key, entry);
    }
  }
  if (missing.size === 0) return;
  const lines = [...missing.values()].map(({ role, characters, places }) => {
    const shown = [...characters].map(
      (c) => `“${c}”（U+${c.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')}）`,
    );
    const where =
      [...places].slice(0, 10).join('；') + (places.size > 10 ? `；等 ${places.size} 处` : '');
    return `${roleNames[role]}（${fonts[role].fullName}）缺少 ${characters.size} 个字符：${shown.join('、')}。位置：${where}`;
  });
  throw new RenderError(
    'glyphs',
    `字体缺字，无法生成 PDF：\n${lines.join('\n')}\n请修改文字或改用包含这些字符的字体。`,
  );
}
