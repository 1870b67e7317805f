import { describe, expect, it } from 'vitest';
import { textSimilarity } from './text-similarity.js';

describe('textSimilarity', () => {
  it('counts a text with only its figures changed as the same', () => {
    expect(
      textSimilarity('全年新收申请405件，均按期答复。', '全年新收申请478件，均按期答复。'),
    ).toBe(1);
  });

  it('tells different texts apart', () => {
    expect(textSimilarity('推行图解、视频等多样化解读', '建立目录季度核查机制')).toBeLessThan(0.2);
  });

  it('gives a middling share for a half-rewritten text', () => {
    const similarity = textSimilarity(
      '一是加强培训；二是完善制度。',
      '一是加强培训；二是开展第三方评估。',
    );
    expect(similarity).toBeGreaterThan(0.3);
    expect(similarity).toBeLessThan(0.9);
  });

  it('finds nothing shared between empty texts', () => {
    expect(textSimilarity('', '')).toBe(0);
    expect(textSimilarity('。', '无')).toBe(0);
  });
});
