/**
 * The only components MDX content may import. MDX compiles to JavaScript that runs at build
 * time, so contributions from strangers may use these and nothing else.
 */
export const mdxImportAllowlist: Record<string, readonly string[]> = {
	'@astrojs/starlight/components': ['Aside', 'Badge', 'Card', 'CardGrid', 'Code', 'FileTree', 'Icon', 'LinkButton', 'LinkCard', 'Steps', 'TabItem', 'Tabs'],
};
