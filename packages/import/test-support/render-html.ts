import type { Artefacts } from './artefacts.js';
import { escapeHtml } from './artefacts.js';
import type { PrintedCell, PrintedReport } from './print-report.js';

const spans = (cell: PrintedCell): string =>
  `${cell.rowSpan > 1 ? ` rowspan="${cell.rowSpan}"` : ''}${cell.colSpan > 1 ? ` colspan="${cell.colSpan}"` : ''}`;

/** Cell text with its line breaks, the way a platform's editor writes them. */
const platformText = (text: string, artefacts: Artefacts): string => {
  const parts = artefacts.split(text);
  return parts ? parts.map(escapeHtml).join(artefacts.pick(['<br>', '<br/>\n'])) : escapeHtml(text);
};

/** A government platform's page: navigation, metadata, one `<table>` per table. */
export function platformHtml(printed: PrintedReport, artefacts: Artefacts): string {
  const out: string[] = [
    '<!DOCTYPE html><html><head><meta charset="utf-8">',
    `<title>${escapeHtml(printed.title)}_示例市人民政府门户网站</title>`,
    `<meta name="PubDate" content="${printed.date} 09:30">`,
    '<script>var _hmt = "<p>一、总体情况</p>";</script><style>td{border:1px solid}</style>',
    '</head><body><nav><a href="/">首页</a> &gt; 政务公开 &gt; 年度报告</nav>',
    '<div class="crumb">当前位置：首页 &gt; 政府信息公开 &gt; 年度报告</div><div class="article">',
  ];
  for (const piece of printed.pieces) {
    if (piece.type === 'title') out.push(`<h1>${escapeHtml(piece.text)}</h1>`);
    else if (piece.type === 'date' && artefacts.chance(0.5))
      out.push(`<div class="info">发布日期：${piece.text}&nbsp;&nbsp;来源：办公室</div>`);
    else if (piece.type === 'heading')
      out.push(
        artefacts.chance(0.5)
          ? `<h3>${escapeHtml(piece.text)}</h3>`
          : `<p style="text-indent:2em"><strong>${escapeHtml(piece.text)}</strong></p>`,
      );
    else if (piece.type === 'paragraph') out.push(`<p>${escapeHtml(piece.text)}</p>`);
    else if ('table' in piece) {
      out.push('<table border="1" cellspacing="0"><tbody>');
      for (const row of piece.table.rows) {
        out.push(
          `<tr>${row.map((cell) => `<td${spans(cell)}>${cell.isRowLabel ? platformText(cell.text, artefacts) : escapeHtml(cell.text)}</td>`).join('')}</tr>`,
        );
      }
      out.push('</tbody></table>');
    }
  }
  out.push('</div><footer>主办：示例市人民政府办公室</footer></body></html>');
  return out.join('\n');
}

const wordParagraph = (text: string, style = ''): string =>
  `<p class=MsoNormal${style}><span style='font-family:仿宋_GB2312'>${escapeHtml(text)}<o:p></o:p></span></p>`;

function wordCell(cell: PrintedCell, artefacts: Artefacts): string {
  const parts = cell.isRowLabel ? artefacts.split(cell.text) : undefined;
  const body = !cell.text.trim()
    ? `<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>`
    : (parts ?? [cell.text])
        .map(
          (part) =>
            `<p class=MsoNormal align=center style='text-align:center'><span lang=EN-US style='font-size:10.5pt'>${escapeHtml(part)}</span><span style='font-size:10.5pt'><o:p></o:p></span></p>`,
        )
        .join('\n');
  return `<td width=60${spans(cell)} valign=top style='border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'>\n${body}\n</td>`;
}

/** Word's "save as web page": `<p><span>` everywhere, every table inside one `<table>`. */
export function wordHtml(printed: PrintedReport, artefacts: Artefacts): string {
  const out: string[] = [
    '<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">',
    '<head><meta http-equiv=Content-Type content="text/html; charset=utf-8">',
    `<title>${escapeHtml(printed.title)}</title>`,
    '<!--[if gte mso 9]><xml><o:DocumentProperties><o:Author>admin</o:Author></o:DocumentProperties></xml><![endif]-->',
    '<style>p.MsoNormal{margin:0cm;font-size:16.0pt}</style></head>',
    '<body lang=ZH-CN style="tab-interval:21.0pt"><div class=WordSection1>',
  ];
  let inTable = false;
  const pieces = printed.pieces;
  for (const [i, piece] of pieces.entries()) {
    const next = pieces[i + 1];
    if (piece.type === 'title') out.push(wordParagraph(piece.text, ' align=center'));
    else if (piece.type === 'date')
      out.push(
        wordParagraph(`发布时间：${piece.text.replace(/^(\d+)-(\d+)-(\d+)$/, '$1年$2月$3日')}`),
      );
    else if (piece.type === 'heading' && next?.type === 'table' && inTable) {
      const width = next.table.width;
      out.push(`<tr><td colspan=${width}>${wordParagraph(piece.text)}</td></tr>`);
    } else if (piece.type === 'heading') {
      if (inTable) out.push('</table>');
      inTable = false;
      out.push(
        `<p class=MsoNormal style='text-indent:32.0pt'><b><span>${escapeHtml(piece.text)}</span></b></p>`,
      );
    } else if (piece.type === 'paragraph')
      out.push(wordParagraph(piece.text, " style='text-indent:32.0pt'"));
    else if ('table' in piece) {
      if (!inTable)
        out.push(
          "<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse'>",
        );
      inTable = true;
      for (const row of piece.table.rows) {
        out.push(
          `<tr style='height:20.0pt'>\n${row.map((cell) => wordCell(cell, artefacts)).join('\n')}\n</tr>`,
        );
      }
    }
  }
  if (inTable) out.push('</table>');
  out.push('<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p></div></body></html>');
  return out.join('\n');
}
