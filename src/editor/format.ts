/**
 * The file format of the form editor's collections (registered with Decap as a custom format by
 * the admin page; browser-safe: imports js-yaml only). Reads YAML the way the checker does (YAML 1.2
 * core: `2022-12-01` stays a string) and writes it the way the demo generator does, with the
 * `# yaml-language-server` first line, keys in schema order, and without what a form leaves behind
 * when a field is emptied: `""`, empty lists and empty groups (the schema rejects `opened: ""`, and
 * an emptied optional field means «not given»). `null` is kept: it is a value (`parent: null`).
 */
import jsYaml from 'js-yaml';

export interface FormatSettings {
	entity: string;
	/** `# yaml-language-server: $schema=…`, written as the first line. */
	firstLine: string;
	/** Top-level keys in schema order; others follow in their own order. */
	keys: readonly string[];
}

/** Mark on parsed account files, so the accounts collection can leave org.yaml out (see decap.ts). */
export const ACCOUNT_MARK = '_account';

/** Drops empty strings, empty lists and empty mappings, recursively; undefined when nothing is left. */
export function pruneEmpty(value: unknown): unknown {
	if (value === undefined || value === '') return undefined;
	if (Array.isArray(value)) {
		const items = value.map(pruneEmpty).filter((item) => item !== undefined);
		return items.length > 0 ? items : undefined;
	}
	if (value !== null && typeof value === 'object') {
		const entries = Object.entries(value).flatMap(([key, item]) => {
			const pruned = pruneEmpty(item);
			return pruned === undefined ? [] : [[key, pruned] as const];
		});
		return entries.length > 0 ? Object.fromEntries(entries) : undefined;
	}
	return value;
}

export function toYaml(data: Record<string, unknown>, settings: FormatSettings): string {
	const { [ACCOUNT_MARK]: _mark, ...rest } = data;
	const pruned = (pruneEmpty(rest) ?? {}) as Record<string, unknown>;
	const order = (key: string) => {
		const at = settings.keys.indexOf(key);
		return at === -1 ? settings.keys.length : at;
	};
	const sorted = Object.fromEntries(Object.entries(pruned).sort(([a], [b]) => order(a) - order(b)));
	const body = jsYaml.dump(sorted, { schema: jsYaml.CORE_SCHEMA, indent: 2, lineWidth: -1, noRefs: true, quotingType: "'" });
	return `${settings.firstLine}\n${body}`;
}

export function fromYaml(text: string, settings: FormatSettings): Record<string, unknown> {
	const value = jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA });
	const data = value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
	// An account file has a network; org.yaml, listed by the same folder collection, has none.
	if (settings.entity === 'account' && typeof data.network === 'string' && typeof data.org === 'string')
		return { ...data, [ACCOUNT_MARK]: true };
	return data;
}

/** The object Decap's registerCustomFormat expects. */
export function decapFormatter(settings: FormatSettings) {
	return {
		fromFile: (text: string) => fromYaml(text, settings),
		toFile: (data: Record<string, unknown>) => toYaml(data, settings),
	};
}
