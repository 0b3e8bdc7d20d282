/**
 * The explicit sidebar. It is small and fixed on purpose: the catalog is the page that lists
 * models, so the sidebar never grows with the content (every page carries it).
 */
import { dictionaries, type UiKey } from '../i18n/index.ts';

const label = (key: UiKey) => ({ label: dictionaries.en[key], translations: { 'zh-CN': dictionaries['zh-cn'][key] } });

export const sidebar = [
	{ ...label('nav.start'), items: [{ slug: 'about' }, { slug: 'get-involved' }, { slug: 'contributing' }, { ...label('offline.title'), link: '/offline/' }] },
	{ ...label('nav.catalog'), items: [{ ...label('models.title'), link: '/models/' }, { slug: 'api' }] },
	{
		...label('nav.learn'),
		items: [
			{ ...label('tutorials.title'), link: '/tutorials/' },
			{ ...label('caseStudies.title'), link: '/case-studies/' },
		],
	},
	{
		...label('nav.community'),
		items: [
			{ ...label('workingGroups.title'), link: '/working-groups/' },
			{ ...label('events.title'), link: '/events/' },
		],
	},
	{ ...label('nav.project'), items: [{ slug: 'activities' }, { slug: 'governance' }, { slug: 'funding' }] },
];
