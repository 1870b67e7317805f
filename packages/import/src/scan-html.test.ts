import { describe, expect, it } from 'vitest';
import { readAttributes, scanHtml } from './scan-html.js';

/** What the scanner reports, as `<name>`, `</name>` and plain text. */
function scan(html: string): string[] {
  const events: string[] = [];
  scanHtml(html, {
    openTag: (name) => events.push(`<${name}>`),
    closeTag: (name) => events.push(`</${name}>`),
    text: (text) => events.push(text),
  });
  return events;
}

/** The attributes of the first tag of `html`. */
function attributesOf(html: string): Record<string, string> {
  let found: Record<string, string> | undefined;
  scanHtml(html, {
    openTag: (_, from, to) => (found ??= readAttributes(html.slice(from, to))),
    closeTag: () => undefined,
    text: () => undefined,
  });
  return found ?? {};
}

describe('scanHtml: text and entities', () => {
  it('decodes named, decimal and hex entities, &nbsp; to U+00A0', () => {
    expect(scan('<p>a &amp; b &lt;c&gt; &#20013;&#x6587;&#X41;&nbsp;!</p>')).toEqual([
      '<p>',
      'a & b <c> 中文A\u00a0!',
      '</p>',
    ]);
  });

  it('keeps an unknown entity as written, and decodes the old ones without “;” as browsers do', () => {
    expect(scan('&foo; &amp &copy2021 &notit; &ampx')).toEqual(['&foo; & ©2021 ¬it; &x']);
  });

  it('maps numeric references to what browsers show: &#0; and surrogates to U+FFFD, &#x80; to €', () => {
    expect(scan('&#0;&#xD800;&#x80;&#1234567890;')).toEqual(['\ufffd\ufffd€\ufffd']);
  });

  it('keeps a lone < or </ as text, and reads <a<b> as one tag name', () => {
    expect(scan('a < b <3 </')).toEqual(['a < b <3 </']);
    expect(scan('<a<b>x')).toEqual(['<a<b>', 'x']);
  });

  it('drops white space alone between two tags, but keeps it inside text', () => {
    expect(scan('<tr>\n  <td> a b </td>\t<td>\f</td>\r\n</tr>')).toEqual([
      '<tr>',
      '<td>',
      ' a b ',
      '</td>',
      '<td>',
      '</td>',
      '</tr>',
    ]);
  });
});

describe('scanHtml: comments and declarations', () => {
  it('skips a comment up to -->, past a > inside it', () => {
    expect(scan('a<!-- a > b <p> -->b')).toEqual(['a', 'b']);
  });

  it('ends a comment at --!>, and <!--> or <!---> at once', () => {
    expect(scan('a<!-- x --!>b<!-->c<!--->d<!---->e')).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('skips DOCTYPE, <?xml?>, CDATA (a bogus comment in HTML: ]]> too) and </ 1> up to the first >', () => {
    expect(scan('<!DOCTYPE html><?xml version="1.0"?>a<![CDATA[x]]>b</ 1>c</>d')).toEqual([
      'a',
      'b',
      'c',
      'd',
    ]);
  });

  it('lets an unclosed comment run to the end', () => {
    expect(scan('a<!-- b <p>c</p>')).toEqual(['a']);
  });
});

describe('scanHtml: tags', () => {
  it('lower-cases tag names, and keeps Word’s o:p as one name', () => {
    expect(scan('<TD Class=x>a</Td><o:p></o:p>')).toEqual([
      '<td>',
      'a',
      '</td>',
      '<o:p>',
      '</o:p>',
    ]);
  });

  it('ends a tag at the > after quoted values, whatever they hold', () => {
    expect(scan(`<td title="a > b" alt='c > "d"'>x</td>`)).toEqual(['<td>', 'x', '</td>']);
    expect(attributesOf(`<td title="a > b" alt='c > "d"'>`)).toEqual({
      title: 'a > b',
      alt: 'c > "d"',
    });
  });

  it('does not take a quote outside a value as one: <a "b>c"> and <a ="x>y"> end at the first >', () => {
    expect(scan('<a "b>c">')).toEqual(['<a>', 'c">']);
    expect(scan('<a b=c"d>e"')).toEqual(['<a>', 'e"']);
    expect(scan('<a ="x>y">')).toEqual(['<a>', 'y">']);
  });

  it('reads unquoted values up to white space or >, and bare names as empty', () => {
    expect(attributesOf('<meta name=PubDate content=2023-01-20 hidden data-x = y/z>')).toEqual({
      name: 'PubDate',
      content: '2023-01-20',
      hidden: '',
      'data-x': 'y/z',
    });
  });

  it('keeps the first of a repeated attribute and decodes values as attributes', () => {
    expect(attributesOf('<a href="?a=1&copy=2&amp;b" HREF="x" title=&lt;&#x41;>')).toEqual({
      href: '?a=1&copy=2&b',
      title: '<A',
    });
  });

  it('closes <x/> at once, but not <br/>, nor a / that ends an unquoted value', () => {
    expect(scan('<td/><br/><br><img src=a.png /><a href=/x/>y</a>')).toEqual([
      '<td>',
      '</td>',
      '<br>',
      '<br>',
      '<img>',
      '</img>',
      '<a>',
      'y',
      '</a>',
    ]);
  });

  it('reports </br> and </p> as written: making sense of them is the caller’s', () => {
    expect(scan('a</br></p>b')).toEqual(['a', '</br>', '</p>', 'b']);
  });

  it('lets unclosed elements be, and an unclosed tag run to the end', () => {
    expect(scan('<table><tr><td>a<td>b</table>')).toEqual([
      '<table>',
      '<tr>',
      '<td>',
      'a',
      '<td>',
      'b',
      '</table>',
    ]);
    expect(scan('<p>a<td class="x')).toEqual(['<p>', 'a', '<td>']);
  });
});

describe('scanHtml: raw text', () => {
  it('passes script and style contents as one text, tags and entities untouched', () => {
    expect(scan('<script>if (a<b) x("</p>&amp;")</script><style>p>a{}</style>')).toEqual([
      '<script>',
      'if (a<b) x("</p>&amp;")',
      '</script>',
      '<style>',
      'p>a{}',
      '</style>',
    ]);
  });

  it('decodes the title’s entities, and ends raw text only at its own end tag', () => {
    expect(scan('<TITLE>a &amp; <b></titles></TITLE >x')).toEqual([
      '<title>',
      'a & <b></titles>',
      '</title>',
      'x',
    ]);
  });

  it('lets an unclosed script run to the end', () => {
    expect(scan('<script>a<p>b')).toEqual(['<script>', 'a<p>b']);
  });
});
