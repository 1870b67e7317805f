import type { CellKind } from '@nianbao/schema';

/** A seeded source of the small untidiness of published reports. */
export class Artefacts {
  readonly #random: () => number;
  /** Blank cells are written for zeros only where a reader can still tell where they sit. */
  readonly allowBlanks: boolean;

  constructor(random: () => number, options: { allowBlanks: boolean }) {
    this.#random = random;
    this.allowBlanks = options.allowBlanks;
  }

  chance(p: number): boolean {
    return this.#random() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.#random() * items.length)] as T;
  }

  /** A template label as some copy prints it: half-width brackets and commas, stray spaces. */
  label(text: string): string {
    let out = text;
    if (this.chance(0.5)) {
      out = out
        .replace(/（/g, '(')
        .replace(/）/g, ')')
        .replace(/，/g, this.pick([',', ', ']))
        .replace(/：/g, ':');
    }
    if (this.chance(0.4)) out = out.replace(/^(\d+)\./, this.pick(['$1. ', '$1．', '$1、']));
    if (this.chance(0.3) && out.length > 3) {
      const at = 1 + Math.floor(this.#random() * (out.length - 2));
      out = `${out.slice(0, at)} ${out.slice(at)}`;
    }
    return out;
  }

  /** A label broken over two lines, as a narrow cell wraps it. */
  split(text: string): [string, string] | undefined {
    if (text.length < 6 || !this.chance(0.15)) return undefined;
    const at = 2 + Math.floor(this.#random() * (text.length - 4));
    return [text.slice(0, at), text.slice(at)];
  }

  /** A number as published. `blank` is set when a zero was written as a blank. */
  number(value: number, kind: CellKind): { text: string; blank: boolean } {
    if (value === 0 && this.allowBlanks && this.chance(0.3)) {
      return { text: this.pick(['', '/', '-', '—']), blank: true };
    }
    let text = String(value);
    if (kind === 'amount' && this.chance(0.5)) {
      text = this.chance(0.5) ? `${text}万元` : `${asYuan(value)}元`;
    }
    if (this.chance(0.5)) text = text.replace(/^(-?\d+)(\d{3})(?=\D|$)/, '$1,$2');
    if (this.chance(0.5)) text = text.replace(/^(-?\d+)(\d{3})(?=,)/, '$1,$2');
    if (kind !== 'amount' && this.chance(0.2)) text += '件';
    if (this.chance(0.2)) text = toFullWidth(text);
    if (value < 0 && this.chance(0.5)) text = text.replace('-', this.pick(['−', '－']));
    return { text, blank: false };
  }
}

/** 万元 with up to 4 decimals as whole 元, exactly. */
function asYuan(value: number): string {
  const [whole = '0', fraction = ''] = String(Math.abs(value)).split('.');
  const yuan = `${whole}${fraction.padEnd(4, '0')}`.replace(/^0+(?=\d)/, '');
  return value < 0 ? `-${yuan}` : yuan;
}

const toFullWidth = (text: string): string =>
  text.replace(/[0-9.,]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

export const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
