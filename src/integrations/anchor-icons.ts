/**
 * Registers `rehypeAnchorIcons` after Starlight's own rehype plugins: Starlight appends its
 * heading-anchor plugin to the Markdown processor during `astro:config:setup`, after the plugins
 * in `astro.config.mjs`, so this integration must come after Starlight in `integrations`.
 */
import type { AstroIntegration } from 'astro';
import { rehypeAnchorIcons } from '../lib/markdown/rehype-anchor-icons.ts';

export function anchorIcons(): AstroIntegration {
	return {
		name: 'openmodels:anchor-icons',
		hooks: {
			'astro:config:setup': ({ config, logger }) => {
				const processor = config.markdown?.processor as { options?: { rehypePlugins?: unknown[] } } | undefined;
				if (!Array.isArray(processor?.options?.rehypePlugins)) return logger.warn('no unified Markdown processor: heading anchors keep their inline icons');
				processor.options.rehypePlugins.push(rehypeAnchorIcons);
			},
		},
	};
}
