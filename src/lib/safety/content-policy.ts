/**
 * The only components MDX content may import. MDX compiles to JavaScript that runs at build
 * time, so contributions from strangers may use these and nothing else.
 */
export const mdxImportAllowlist: Record<string, readonly string[]> = {
	// Each one's props and children are in component-policy.ts.
	'@astrojs/starlight/components': ['Aside', 'Badge', 'Card', 'CardGrid', 'Code', 'FileTree', 'LinkButton', 'LinkCard', 'Steps', 'TabItem', 'Tabs'],
};
