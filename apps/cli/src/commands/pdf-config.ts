import { ConfigError, readConfigFile } from '@nianbao/config';
import { fontRoles, type FontFiles } from '@nianbao/pdf';

export type FontConfig = { ok: true; fonts: Partial<FontFiles> } | { ok: false; message: string };

/**
 * The fonts named in a config file (`{ "fonts": { "body", "heading", "title" } }`), as paths
 * relative to the file. Without `--config`, reads nianbao.config.json in the working directory if present.
 */
export async function readFontConfig(path: string | undefined, cwd: string): Promise<FontConfig> {
  try {
    const { fonts } = await readConfigFile({ path, cwd, fontRoles });
    return { ok: true, fonts };
  } catch (error) {
    if (error instanceof ConfigError) return { ok: false, message: error.message };
    throw error;
  }
}
