/** A worksheet name Excel accepts: at most 31 characters, none of `[]:*?/\`. */
export const sheetName = (heading: string): string =>
  heading.replace(/[[\]:*?/\\]/g, '_').slice(0, 31);
