import { z } from '@hono/zod-openapi';

// Request-shape errors in Chinese like every other message of the API: zod's own 简体中文 locale.
z.config(z.locales.zhCN());
