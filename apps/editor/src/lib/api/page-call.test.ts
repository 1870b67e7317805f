import { isHttpError } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { ApiError } from './api-client';
import { pageCall, rethrowForPage } from './page-call';

const caught = (run: () => unknown): unknown => {
  try {
    run();
  } catch (failure) {
    return failure;
  }
  throw new Error('did not throw');
};

describe('rethrowForPage', () => {
  it.each([400, 403, 404, 422])(
    'turns an API refusal %i into the page error of that status',
    (status) => {
      const failure = caught(() => rethrowForPage(new ApiError(status, '没有这份报告')));
      expect(isHttpError(failure, status)).toBe(true);
      expect(isHttpError(failure) && failure.body.message).toBe('没有这份报告');
    },
  );

  it('leaves a server failure, a lost connection and other errors as they are', () => {
    for (const failure of [
      new ApiError(503, '暂时无法处理'),
      new ApiError(0, '网络连接中断'),
      new TypeError('x'),
    ])
      expect(caught(() => rethrowForPage(failure))).toBe(failure);
  });
});

describe('pageCall', () => {
  it('reads a 2xx answer and turns a 404 into the page error', async () => {
    expect(await pageCall(Promise.resolve(Response.json({ id: 'a' }) as never))).toEqual({
      id: 'a',
    });
    const refused = pageCall(
      Promise.resolve(Response.json({ detail: '未找到' }, { status: 404 }) as never),
    );
    await expect(refused).rejects.toSatisfy((failure) => isHttpError(failure, 404));
  });
});
