/**
 * Registers the plugins that finish Starlight's heading anchors: `anchorIconsPlugin` (one icon in
 * the stylesheet instead of an SVG per heading) and `anchorLabelsPlugin` (labels in the file's
 * language). Starlight appends its heading-anchor plugin to the Markdown processor during
 * `astro:config:setup`, after the plugins in `astro.config.mjs`, so this integration must come
 * after Starlight in `integrations`.
 */
import type { AstroIntegration } from 'astro';
import { isSatteriProcessor } from '@astrojs/markdown-satteri';
import { anchorIconsPlugin } from '../lib/markdown/anchor-icons-plugin.ts';
import { anchorLabelsPlugin, type AnchorLabels } from '../lib/markdown/anchor-labels-plugin.ts';

export function headingAnchors(labels: AnchorLabels): AstroIntegration {
	return {
		name: 'openmodels:heading-anchors',
		hooks: {
			'astro:config:setup': ({ config, logger }) => {
				// `satteri()` resolves its options on the processor it returns (SatteriResolvedOptions).
				const processor = config.markdown?.processor;
				if (!processor || !isSatteriProcessor(processor))
					return logger.warn('the Markdown processor is not Sätteri: heading anchors keep their inline icons and English labels');
				processor.options.hastPlugins.push(anchorIconsPlugin(), anchorLabelsPlugin(labels));
			},
		},
	};
}
