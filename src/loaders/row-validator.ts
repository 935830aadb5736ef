/**
 * Validates CSV rows: the compiled fast path of the row schema first (src/schemas/csv-fast.ts);
 * any row it does not accept is parsed by the Zod schema itself, so every message is the
 * schema's own friendly one. Valid rows never pay for Zod; invalid rows are rare.
 */
import type { z } from 'zod';
import { INVALID, type FastRow } from '../schemas/csv-fast.ts';
import { parseFriendly, type FriendlyIssue } from './zod-issues.ts';

export type RowResult<T> = { ok: true; value: T } | { ok: false; issues: FriendlyIssue[] };
export type RowValidator<T> = (values: Record<string, string | undefined>) => RowResult<T>;

export function rowValidator<T>(schema: z.ZodType, compiled: FastRow<T>): RowValidator<T> {
	const entries = Object.entries(compiled.fields) as [string, (raw: string | undefined) => unknown][];
	const known = new Set(entries.map(([key]) => key));
	const slow = (values: Record<string, string | undefined>) => parseFriendly(schema, dropEmpty(values)) as RowResult<T>;
	// Validated rows get a constructor of their own: a shape tree apart from the reader's string
	// rows with the same keys (see RowValues in src/lib/csv/read.ts for the measured cliff).
	const Row = class {} as unknown as new () => Record<string, unknown>;
	return (values) => {
		for (const key in values) if (!known.has(key)) return slow(values);
		const out = new Row();
		for (const [key, field] of entries) {
			const value = field(values[key]);
			if (value === INVALID) return slow(values);
			if (value !== undefined) out[key] = value;
		}
		if (compiled.check && !compiled.check(out as Partial<T>)) return slow(values);
		return { ok: true, value: out as T };
	};
}

function dropEmpty(values: Record<string, string | undefined>): Record<string, string> {
	const out: Record<string, string> = {};
	for (const key in values) if (values[key] !== undefined) out[key] = values[key]!;
	return out;
}
