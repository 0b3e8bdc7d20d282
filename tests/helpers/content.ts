/** Facts about the project's own content that browser tests compare the built site with. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './dist.ts';

/** How many English model cards `content/models/` holds (the catalog lists each once). */
export const modelCardCount = readdirSync(join(projectRoot, 'content', 'models')).filter((name) => /^[^_.].*\.md$/.test(name)).length;
