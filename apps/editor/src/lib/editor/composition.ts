/**
 * Watches input methods on a page: true from `compositionstart` to `compositionend`, while the
 * text in a field is pinyin not yet converted, which nothing may save.
 */
export function watchCompositions(target: Pick<EventTarget, 'addEventListener'>): () => boolean {
  let open = false;
  target.addEventListener('compositionstart', () => (open = true), true);
  target.addEventListener('compositionend', () => (open = false), true);
  return () => open;
}
