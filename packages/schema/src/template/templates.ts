import { declareRules } from '../rules/declare-rules.js';
import { basis2019, sections2019 } from './format-2019.js';
import { basis2021, sections2021 } from './format-2021.js';
import type { TemplateDef } from './template.js';

/** The 2021 format (国办公开办函〔2021〕30号), for report years 2021 and later. */
export const template2021: TemplateDef = {
  format: '2021',
  name: '2021 年版格式',
  basis: basis2021,
  years: { from: 2021 },
  sections: sections2021,
  rules: declareRules(sections2021, {
    lastResultRow: 'otherMisc',
    hasInForce: true,
    hasInfoFees: true,
  }),
};

/** The 2019 trial format (国办公开办函〔2019〕60号), for report years 2019 and 2020. */
export const template2019: TemplateDef = {
  format: '2019',
  name: '2019 年版格式（试行）',
  basis: basis2019,
  years: { from: 2019, to: 2020 },
  sections: sections2019,
  rules: declareRules(sections2019, {
    lastResultRow: 'otherHandling',
    hasInForce: false,
    hasInfoFees: false,
  }),
};

/** Every supported format version, newest first. */
export const templates: readonly TemplateDef[] = [template2021, template2019];

/** The template for a `format` value, or undefined if nianbao does not know it. */
export function templateFor(format: unknown): TemplateDef | undefined {
  return templates.find((template) => template.format === format);
}
