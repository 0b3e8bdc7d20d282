/** Finds the keys a Zod object schema allows at a path, for "did you mean" suggestions. */
import type { z } from 'zod';

type AnySchema = z.core.$ZodType;

function unwrap(schema: AnySchema): AnySchema {
	let current = schema;
	for (let guard = 0; guard < 20; guard++) {
		const def = current._zod.def as unknown as Record<string, unknown>;
		if (def.innerType) current = def.innerType as AnySchema;
		else if (def.type === 'pipe') current = def.in as AnySchema;
		else if (def.type === 'array' && def.element) current = def.element as AnySchema;
		else break;
	}
	return current;
}

function shapeOf(schema: AnySchema): Record<string, AnySchema> | undefined {
	const def = unwrap(schema)._zod.def as unknown as { shape?: Record<string, AnySchema> };
	return def.shape;
}

export function keysAt(schema: AnySchema, path: readonly PropertyKey[]): string[] {
	let current: AnySchema | undefined = schema;
	for (const segment of path) {
		if (typeof segment === 'number') continue;
		current = shapeOf(current!)?.[String(segment)];
		if (!current) return [];
	}
	return Object.keys(shapeOf(current!) ?? {});
}
