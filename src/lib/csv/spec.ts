/**
 * A column spec (schema key → ColumnSpec) turned into lookup tables once per spec object, not
 * per file: check reads ~200,000 files against a handful of specs.
 */
import type { ColumnSpec } from '../../schemas/csv-cells.ts';

export interface CompiledColumn {
	name: string;
	/** Position among the spec's keys, for the canonical column order. */
	order: number;
	spec: ColumnSpec;
	/** Enum spellings (normalised with `foldKey`) → canonical value; canonical values map to themselves. */
	values: Map<string, string> | undefined;
}

export interface HeaderHit {
	column: CompiledColumn;
	alias: boolean;
}

export interface CompiledSpec {
	/** Normalised header text (canonical name or alias) → column. */
	byHeader: Map<string, HeaderHit>;
	columns: CompiledColumn[];
	/** Header text exactly as written → hit: the same few spellings recur in every file. */
	seenHeaders: Map<string, HeaderHit | null>;
}

// Bounds the raw-header memo should some source produce endless distinct headers.
const SEEN_HEADERS_LIMIT = 4096;

export function lookupHeader(compiled: CompiledSpec, raw: string): HeaderHit | null {
	let hit = compiled.seenHeaders.get(raw);
	if (hit === undefined) {
		hit = compiled.byHeader.get(foldKey(raw)) ?? null;
		if (compiled.seenHeaders.size < SEEN_HEADERS_LIMIT) compiled.seenHeaders.set(raw, hit);
	}
	return hit;
}

const WHITESPACE_RUN = /\s+/g;

/**
 * Header and enum comparison form: trimmed, whitespace (incl. NBSP, U+202F) collapsed, lowercase,
 * «ё» read as «е» because staff type either.
 */
export function foldKey(text: string): string {
	return text.trim().replace(WHITESPACE_RUN, ' ').toLowerCase().replaceAll('ё', 'е');
}

const cache = new WeakMap<object, CompiledSpec>();

export function compileSpec(spec: Record<string, ColumnSpec>): CompiledSpec {
	const hit = cache.get(spec);
	if (hit) return hit;
	const byHeader: CompiledSpec['byHeader'] = new Map();
	const columns = Object.entries(spec).map(([name, columnSpec], order): CompiledColumn => {
		let values: Map<string, string> | undefined;
		if (columnSpec.values) {
			values = new Map();
			for (const canonical of Object.values(columnSpec.values)) values.set(canonical, canonical);
			for (const [spelling, canonical] of Object.entries(columnSpec.values)) values.set(foldKey(spelling), canonical);
		}
		return { name, order, spec: columnSpec, values };
	});
	// Aliases first so that a canonical name always wins if some alias happened to equal it.
	for (const column of columns) {
		for (const alias of column.spec.aliases) byHeader.set(foldKey(alias), { column, alias: true });
	}
	for (const column of columns) byHeader.set(foldKey(column.name), { column, alias: false });
	const compiled: CompiledSpec = { byHeader, columns, seenHeaders: new Map() };
	cache.set(spec, compiled);
	return compiled;
}
