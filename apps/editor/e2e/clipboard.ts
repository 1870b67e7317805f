import type { Page } from 'playwright-core';

/**
 * Focuses an element and dispatches a paste of `text` on it, as the browser does on Ctrl+V.
 * True when a handler took the paste (called preventDefault), false when the input would.
 */
export async function dispatchPaste(page: Page, selector: string, text: string): Promise<boolean> {
  await page.focus(selector);
  return page.evaluate(
    ({ selector, text }) => {
      const data = new DataTransfer();
      data.setData('text/plain', text);
      const event = new ClipboardEvent('paste', {
        clipboardData: data,
        bubbles: true,
        cancelable: true,
      });
      return !(document.querySelector(selector)?.dispatchEvent(event) ?? false);
    },
    { selector, text },
  );
}
