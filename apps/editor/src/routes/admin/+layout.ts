import { error } from '@sveltejs/kit';
import type { LayoutLoad } from './$types';

export const load: LayoutLoad = async ({ parent }) => {
  const { user } = await parent();
  if (user?.role !== 'admin') error(403, '只有管理员可以访问系统管理');
  return {};
};
