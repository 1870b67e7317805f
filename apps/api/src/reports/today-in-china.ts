/** Today's date in China, for `publishedOn`. */
export const todayInChina = (now = new Date()): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(now);
