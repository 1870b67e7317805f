import type { Page } from 'playwright-core';
import { inject } from 'vitest';

/** Logs in through the login page, as a person would, and waits for the home page. */
export async function logIn(page: Page, username: string, password: string): Promise<Page> {
  await page.goto(`${inject('baseUrl')}/login`);
  await page.fill('input[name=username]', username);
  await page.fill('input[name=password]', password);
  await page.click('button[type=submit]');
  await page.getByRole('heading', { name: '年度报告' }).waitFor();
  return page;
}
