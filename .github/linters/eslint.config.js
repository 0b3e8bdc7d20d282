// ESLint for TypeScript and Astro files (`npm run lint`), after Starlight's own setup: the recommended rules of
// typescript-eslint and eslint-plugin-astro. Formatting is Prettier's job.
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

export default tseslint.config(
	{ ignores: ['dist/', '.astro/', 'node_modules/', 'tests/.tmp/', '.cache/'] },
	...tseslint.configs.recommended,
	...astro.configs.recommended,
	{
		languageOptions: { globals: { ...globals.node, ...globals.browser } },
		rules: {
			// Unused names are errors, except deliberate placeholders.
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
		},
	},
);
