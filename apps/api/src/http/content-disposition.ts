/** RFC 5987 encoding of a UTF-8 file name: everything but attr-chars percent-encoded. */
const encodeRfc5987 = (value: string): string =>
  encodeURIComponent(value).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );

/**
 * A `Content-Disposition` header (RFC 6266) offering `fileName` in UTF-8 (`filename*`) and an
 * ASCII `fallback` for clients that do not read it.
 */
export function contentDisposition({
  fileName,
  fallback,
  disposition = 'inline',
}: {
  fileName: string;
  fallback: string;
  disposition?: 'inline' | 'attachment';
}): string {
  const ascii = fallback.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `${disposition}; filename="${ascii}"; filename*=UTF-8''${encodeRfc5987(fileName)}`;
}
