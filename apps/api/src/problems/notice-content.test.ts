import { describe, expect, it } from 'vitest';
import type { Agency } from '../db/repository.js';
import type { ProgressRow } from '../reports/progress.js';
import { noticeContent } from './notice-content.js';
import type { ProblemItem } from './problem-item.js';

const agency = (name: string): Agency => ({
  id: name,
  name,
  parentId: 'office',
  level: 'county',
  createdAt: '2025-01-01T00:00:00Z',
});

const row = (name: string, status: 'published' | 'draft' | null, overdue: boolean) =>
  ({
    agency: agency(name),
    report: status === null ? undefined : { status },
    errors: 0,
    warnings: 0,
    deadline: '2026-01-31',
    daysLeft: null,
    overdue,
  }) as unknown as ProgressRow;

const item = (agencyId: string, text: string, status: ProblemItem['status']) =>
  ({ agencyId, text, status }) as ProblemItem;

describe('noticeContent', () => {
  const notice = noticeContent({
    office: agency('市政务公开办'),
    year: 2025,
    rows: [
      row('甲区', 'published', false),
      row('乙区', 'published', true),
      row('丙区', null, true),
    ],
    items: [
      item('乙区', '报告逾期发布', 'open'),
      item('丙区', '未报送2025年度报告', 'open'),
      item('丙区', '某表不平', 'rectified'),
    ],
    today: '2026-03-05',
  });

  it('counts the units checked, on time, late, missing and with problems in the opening', () => {
    expect(notice.title).toBe('关于2025年度政府信息公开工作年度报告检查情况的通报');
    expect(notice.blocks[0]?.text).toContain('对所辖3家单位2025年度');
    expect(notice.blocks[0]?.text).toContain(
      '按时发布1家，逾期1家，未报送1家；2家单位存在问题，共3个',
    );
  });

  it('lists each unit with problems under its own sub-head, items numbered, status when not open', () => {
    const texts = notice.blocks.map((block) => `${block.kind}:${block.text}`);
    expect(texts.slice(1, 7)).toEqual([
      'heading:一、检查发现的问题',
      'subhead:（一）乙区',
      'item:1. 报告逾期发布',
      'subhead:（二）丙区',
      'item:1. 未报送2025年度报告',
      'item:2. 某表不平（已整改待复核）',
    ]);
    expect(notice).toMatchObject({ issuer: '市政务公开办', date: '2026年3月5日' });
  });
});
