// Inline styles only: a CMS keeps `style` attributes when it strips `<style>` and classes.
const body = "font-family:'仿宋_GB2312',FangSong,'仿宋',serif;font-size:16pt;line-height:28pt";

/** The inline style of each kind of element the article prints. */
export const htmlStyles = {
  article: `max-width:156mm;margin:0 auto;color:#000;${body}`,
  title:
    "font-family:'方正小标宋简体','方正小标宋_GBK','华文中宋',serif;font-size:22pt;line-height:32pt;font-weight:normal;text-align:center;margin:0 0 28pt",
  date: 'text-align:center;margin:0 0 14pt',
  heading:
    "font-family:'黑体',SimHei,sans-serif;font-size:16pt;line-height:28pt;font-weight:normal;text-indent:2em;margin:0",
  paragraph: 'text-indent:2em;margin:0;text-align:justify',
  table:
    "border-collapse:collapse;width:100%;margin:6pt 0 14pt;font-family:'宋体',SimSun,serif;font-size:10.5pt;line-height:15pt;text-indent:0",
  label: 'border:1px solid #000;padding:2pt 4pt;font-weight:normal;text-align:center',
  rowLabel: 'border:1px solid #000;padding:2pt 4pt;font-weight:normal;text-align:left',
  value: 'border:1px solid #000;padding:2pt 4pt;text-align:center',
} as const;
