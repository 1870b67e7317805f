/** What copying needs from the browser; absent pieces mean the clipboard API is unavailable. */
export interface ClipboardHost {
  readonly clipboard?: { write(items: ClipboardItem[]): Promise<void> } | undefined;
  readonly ClipboardItem?: typeof ClipboardItem | undefined;
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', nbsp: ' ' };

/** The text of an HTML article, a line per paragraph, heading or table row, cells by tabs. */
export function plainTextOf(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, '')
    .replace(/<\/(t[hd])>/gi, '\t')
    .replace(/<(br|\/p|\/h\d|\/tr|\/li|\/div)\b[^>]*>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|nbsp|#39);/g, (_, name: string) => entities[name] ?? "'")
    .replace(/\t\n/g, '\n')
    .replace(/\n{2,}/g, '\n')
    .trim();
}

/**
 * Puts an HTML article on the clipboard as rich text (`text/html` and `text/plain`). The item is
 * written at once with the article still on its way, so the click's permission is not lost.
 * False when the browser offers no clipboard API; rejects when the article cannot be had.
 */
export async function copyRichText(html: Promise<string>, host: ClipboardHost): Promise<boolean> {
  const Item = host.ClipboardItem;
  if (!host.clipboard || !Item) return false;
  const blob = (type: string, text: (html: string) => string) => {
    const part = html.then((value) => new Blob([text(value)], { type }));
    // The clipboard may stop at the first failed part; the other must not go unhandled.
    part.catch(() => undefined);
    return part;
  };
  await host.clipboard.write([
    new Item({
      'text/html': blob('text/html', (value) => value),
      'text/plain': blob('text/plain', plainTextOf),
    }),
  ]);
  return true;
}
