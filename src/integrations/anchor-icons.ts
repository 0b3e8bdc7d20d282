/**
 * Registers `anchorIconsPlugin` after Starlight's own hast plugins: Starlight appends its
 * heading-anchor plugin to the Markdown processor during `astro:config:setup`, after the plugins
 * in `astro.config.mjs`, so this integration must come after Starlight in `integrations`.
 */
import type { AstroIntegration } from 'astro';
import { isSatteriProcessor } from '@astrojs/markdown-satteri';
import { anchorIconsPlugin } from '../lib/markdown/anchor-icons-plugin.ts';

export function anchorIcons(): AstroIntegration {
	return {
		name: 'openmodels:anchor-icons',
		hooks: {
			'astro:config:setup': ({ config, logger }) => {
				// `satteri()` resolves its options on the processor it returns (SatteriResolvedOptions).
				const processor = config.markdown?.processor;
				if (!processor || !isSatteriProcessor(processor)) return logger.warn('the Markdown processor is not Sätteri: heading anchors keep their inline icons');
				processor.options.hastPlugins.push(anchorIconsPlugin());
			},
		},
	};
}
