// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { satteri } from '@astrojs/markdown-satteri';
import { sidebar } from './src/config/sidebar.ts';
import { deployment, repository, socialLinks } from './src/config/site.ts';
import { dictionaries } from './src/i18n/index.ts';
import { contentSafetyPlugin } from './src/lib/markdown/content-safety-plugin.ts';
import { linksPlugin } from './src/lib/markdown/links-plugin.ts';
import { localizeAsidesPlugin } from './src/lib/markdown/localize-asides-plugin.ts';
import { fileURLToPath } from 'node:url';
import { cspInlineHashes } from './src/build/private-seams/csp-inline-hashes.ts';
import { apiEntryRoute } from './src/integrations/api-entry-files.ts';
import { headingAnchors } from './src/integrations/heading-anchors.ts';
import { finishSiteIntegration } from './src/integrations/finish-site.ts';
import { contentGate } from './src/integrations/content-gate.ts';
import { starlightPageSchemaCache } from './src/build/private-seams/starlight-page-schema.ts';
import { codeBlockLabels } from './src/build/private-seams/code-block-labels.ts';
import offline from './src/build/offline/integration.ts';
import { prerenderWorkers } from './src/build/prerender-workers.ts';

const { site, base } = deployment();

/** Short names for bundled scripts (see `vite.environments.client` below). */
const scriptFileName = (/** @type {{ name: string }} */ chunk) =>
	`_astro/${chunk.name.replace(/\.astro_astro_type_script_index_\d+_lang$/, '').replace(/[^\w.-]+/g, '_')}.[hash].js`;

export default defineConfig({
	site,
	base,
	trailingSlash: 'always',
	experimental: {
		// Pages render on worker threads, one per core (src/build/prerender-workers.ts). A page must
		// be a plain function of its props: what it wrote to a file or a global would stay in its
		// worker. Data the build needs besides the pages is written after it (src/integrations/finish-site.ts).
		parallelPrerender: { workers: prerenderWorkers() },
		// The content store in files of at most 20 MiB, loaded as modules of their own, rather than
		// one string literal the size of the whole store in the prerender bundle of every worker.
		collectionStorage: 'chunked',
	},
	// Pages in flight at once on each worker: rendering awaits content and Expressive Code.
	build: { concurrency: 4 },
	// A static site gets its Content-Security-Policy as a <meta> tag; Astro hashes every script
	// and style it emits. Pagefind needs WebAssembly; Starlight and Expressive Code set inline
	// style attributes (custom properties), so attribute styles are allowed, elements are not.
	security: {
		csp: {
			directives: [
				"default-src 'self'",
				"img-src 'self' data:",
				"font-src 'self'",
				"connect-src 'self'",
				"manifest-src 'self'",
				"worker-src 'self'",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
				"frame-src 'none'",
			],
			scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
			styleDirective: { resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }] },
		},
	},
	vite: {
		build: {
			// Small component scripts go to their own files instead of into every page: on a site of
			// thousands of pages, a cached file beats the same bytes repeated in each one (and each
			// inline script would add a hash to every page's Content-Security-Policy).
			assetsInlineLimit: (/** @type {string} */ file) => (file.endsWith('.js') ? false : undefined),
		},
		environments: {
			client: {
				build: {
					rolldownOptions: {
						// "ThemeSelect.[hash].js" rather than "ThemeSelect.astro_astro_type_script_index_0_lang.[hash].js":
						// every page names about ten scripts.
						output: { entryFileNames: scriptFileName, chunkFileNames: scriptFileName },
					},
				},
			},
		},
	},
	// Sätteri, Astro's native Markdown processor (GFM built in), renders Markdown and MDX: at
	// thousands of model cards it takes less than half the time of the unified (remark) pipeline.
	// `npm run validate` still parses with remark and remark-gfm, and checks the same safety rules.
	markdown: {
		processor: satteri({
			mdastPlugins: [contentSafetyPlugin({ root: fileURLToPath(new URL('.', import.meta.url)) })],
			hastPlugins: [
				linksPlugin({
					base,
					contentDir: fileURLToPath(new URL('./content/', import.meta.url)),
					externalHint: { en: dictionaries.en['link.external'], 'zh-cn': dictionaries['zh-cn']['link.external'] },
				}),
				localizeAsidesPlugin({
					en: { note: 'Note', tip: 'Tip', caution: 'Caution', danger: 'Danger' },
					'zh-cn': { note: '注意', tip: '提示', caution: '警告', danger: '危险' },
				}),
			],
		}),
	},
	integrations: [
		// First: nothing from content/ is read before it passes `npm run validate`'s rules.
		contentGate(),
		starlight({
			title: { en: dictionaries.en['site.title'], 'zh-CN': dictionaries['zh-cn']['site.title'] },
			description: dictionaries.en['site.tagline'],
			defaultLocale: 'root',
			// One 404 page in both languages (src/pages/404.astro): a static host serves it for every missing address.
			disable404Route: true,
			locales: {
				root: { label: 'English', lang: 'en' },
				'zh-cn': { label: '简体中文', lang: 'zh-CN' },
			},
			social: [...socialLinks],
			editLink: { baseUrl: `${repository.url}/edit/${repository.branch}/` },
			markdown: { processedDirs: ['./content/'] },
			sidebar,
			// The index is built by finishSiteIntegration (src/integrations/finish-site.ts), after
			// Astro's process has exited; the search box stays (the Search override).
			pagefind: false,
			components: {
				EditLink: './src/components/overrides/EditLink.astro',
				Sidebar: './src/components/overrides/Sidebar.astro',
				// Starlight's own search box, shown although its `pagefind` option is off.
				Search: './src/components/overrides/Search.astro',
				SocialIcons: './src/components/overrides/SocialIcons.astro',
				// The home page's overview of the catalog, tutorials and events (computed from content).
				MarkdownContent: './src/components/overrides/MarkdownContent.astro',
				// A lighter list than Starlight's (no per-entry inline style and scoping classes).
				TableOfContents: './src/components/overrides/TableOfContents.astro',
				MobileTableOfContents: './src/components/overrides/MobileTableOfContents.astro',
				// An untranslated entry's title is marked as English on a Chinese page.
				PageTitle: './src/components/overrides/PageTitle.astro',
			},
			customCss: ['./src/styles/custom.css', './src/styles/toc.css', './src/styles/offline.css', './src/styles/print.css'],
			routeMiddleware: ['./src/route-middleware.ts', './src/offline-route-middleware.ts', './src/seo/route-middleware.ts'],
		}),
		starlightPageSchemaCache(),
		// Code blocks' copy button and terminal label in the page's language.
		codeBlockLabels({
			'zh-cn': { copy: dictionaries['zh-cn']['code.copy'], copied: dictionaries['zh-cn']['code.copied'], terminal: dictionaries['zh-cn']['code.terminal'] },
		}),
		// After Starlight, whose heading-anchor plugin must run first.
		headingAnchors({ 'zh-cn': (title) => dictionaries['zh-cn']['heading.anchorLabel'].replace('{title}', () => title) }),
		cspInlineHashes(),
		apiEntryRoute(),
		offline(),
		// Last: the search index and the offline files, once every page is final (CSP hashes).
		finishSiteIntegration(),
	],
});
