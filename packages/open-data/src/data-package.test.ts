import { templates } from '@nianbao/schema';
import { describe, expect, it } from 'vitest';
import { dataPackage } from './data-package.js';
import { openDataColumns } from './open-data-columns.js';

describe('dataPackage', () => {
  it.each(templates.map((t) => [t.format, t] as const))(
    'describes every %s CSV column, in order, with a Chinese title and an English description',
    (format, template) => {
      const fields = dataPackage(format).resources[0]?.schema.fields ?? [];
      expect(fields.map((field) => field.name)).toEqual(openDataColumns(template));
      for (const field of fields) {
        expect(field.title).toMatch(/[\u4e00-\u9fff]/);
        expect(field.description).toMatch(/^[\x20-\x7e]+$/);
      }
    },
  );

  it('types counts as integers, amounts as numbers, the agency as a string', () => {
    const fields = dataPackage('2021').resources[0]?.schema.fields ?? [];
    const type = (name: string) => fields.find((field) => field.name === name)?.type;
    expect(type('agency')).toBe('string');
    expect(type('requests.received.natural')).toBe('integer');
    expect(fields.some((field) => field.type === 'number')).toBe(true);
    expect(fields.find((field) => field.name === 'requests.received.natural')?.title).toContain(
      '三、收到和处理政府信息公开申请情况',
    );
  });

  it('refuses an unknown format', () => {
    expect(() => dataPackage('1999')).toThrow(/不认识的报告格式/);
  });
});
