/**
 * MDX compiles to JavaScript that runs at build time, so MDX content is judged on its parsed
 * program (acorn's estree): imports of allow-listed components only, no exports, expressions
 * only when their program is empty (comments), attribute values only literals.
 */
import { parse, type Expression, type Program } from 'acorn';
import { mdxImportAllowlist } from './content-policy.ts';

const PARSE = { ecmaVersion: 'latest', sourceType: 'module', locations: true, allowHashBang: false } as const;

export const allowedComponents: ReadonlySet<string> = new Set(Object.values(mdxImportAllowlist).flat());

function allowListText(): string {
	return Object.entries(mdxImportAllowlist)
		.map(([from, list]) => `${list.join(', ')} from ${from}`)
		.join('; ');
}

function parseProgram(source: string): Program | undefined {
	try {
		return parse(source, PARSE);
	} catch {
		return undefined;
	}
}

/** Problems in an ESM block, each with its line offset (0-based) within the block. */
export function esmProblems(source: string): { offset: number; message: string }[] {
	const program = parseProgram(source);
	if (!program) return [{ offset: 0, message: "this import or export could not be read; write `import { Card } from '@astrojs/starlight/components';`" }];
	const problems: { offset: number; message: string }[] = [];
	for (const statement of program.body) {
		const offset = (statement.loc?.start.line ?? 1) - 1;
		const add = (message: string) => problems.push({ offset, message });
		if (statement.type !== 'ImportDeclaration') {
			add('`export` is not allowed in MDX content: content may not define code');
			continue;
		}
		const from = String(statement.source.value);
		const allowed = Object.hasOwn(mdxImportAllowlist, from) ? mdxImportAllowlist[from]! : undefined;
		const defaultOrNamespace = statement.specifiers.some((specifier) => specifier.type !== 'ImportSpecifier');
		if (!allowed || defaultOrNamespace || statement.attributes?.length) {
			add(`import from "${from}" is not allowed: MDX content may only import components listed in src/lib/safety/content-policy.ts (${allowListText()})`);
			continue;
		}
		for (const specifier of statement.specifiers) {
			if (specifier.type !== 'ImportSpecifier') continue;
			const imported = specifier.imported.type === 'Identifier' ? specifier.imported.name : String(specifier.imported.value);
			if (!allowed.includes(imported) || specifier.local.name !== imported) {
				add(`component "${imported}" is not on the allow-list (src/lib/safety/content-policy.ts), or is renamed; allowed: ${allowed.join(', ')}`);
			}
		}
	}
	return problems;
}

/** An expression in braces is allowed only when its program is empty: a comment. */
export function expressionProblem(source: string): string | undefined {
	const program = parseProgram(source);
	if (program && program.body.length === 0) return undefined;
	return 'JavaScript expressions in braces are not allowed in content; write literal text (escape braces as \\{ and \\}); only {/* comments */} are allowed';
}

/** The literal value of an attribute expression such as `{"text"}` or `{3}`; undefined otherwise. */
export function literalValue(source: string): { value: string | number | boolean | null } | undefined {
	const program = parseProgram(`(${source}\n)`);
	const statement = program?.body.length === 1 ? program.body[0] : undefined;
	if (statement?.type !== 'ExpressionStatement') return undefined;
	let expression: Expression = statement.expression;
	let negate = false;
	if (expression.type === 'UnaryExpression' && expression.operator === '-') {
		negate = true;
		expression = expression.argument;
	}
	if (expression.type !== 'Literal' || 'regex' in expression || 'bigint' in expression) return undefined;
	const value = expression.value as string | number | boolean | null;
	if (negate) return typeof value === 'number' ? { value: -value } : undefined;
	return { value };
}
