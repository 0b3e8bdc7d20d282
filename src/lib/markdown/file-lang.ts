/** The language of a content file, from its path: content under a `zh-cn/` folder is Chinese. */
import { fileURLToPath } from 'node:url';

export type ContentLang = 'en' | 'zh-cn';

export function langOfFileURL(fileURL: URL | undefined): ContentLang {
	return fileURL && /[\\/]zh-cn[\\/]/.test(fileURLToPath(fileURL)) ? 'zh-cn' : 'en';
}
