/**
 * Turns a key path inside a YAML document into a 1-based line and column, using the `yaml`
 * package's node ranges. Used lazily: only for files that have findings.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Node } from 'yaml';

export interface Position {
	line: number;
	column: number;
}

export class YamlLocator {
	private readonly doc;
	private readonly lines = new LineCounter();

	constructor(text: string) {
		this.doc = parseDocument(text, { lineCounter: this.lines, keepSourceTokens: false, uniqueKeys: false });
	}

	/**
	 * Position of the value at `path`; for a missing key, the position of the deepest existing
	 * parent (the map the key should be added to). A path ending in a key name that is an
	 * unknown field points at that key itself.
	 */
	locate(path: readonly (string | number)[]): Position {
		let node: unknown = this.doc.contents;
		let best: Position = this.pos(node) ?? { line: 1, column: 1 };
		for (const segment of path) {
			if (isMap(node)) {
				const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment));
				if (!pair) return best;
				const value = pair.value;
				// An empty value (`key:` with nothing after) is a zero-width null: point at the key.
				const empty = value === null || value === undefined || (isScalar(value) && value.range !== undefined && value.range !== null && value.range[0] === value.range[1]);
				if (empty) return this.pos(pair.key) ?? best;
				best = this.pos(value) ?? this.pos(pair.key) ?? best;
				node = value;
			} else if (isSeq(node) && typeof segment === 'number') {
				const item = node.items[segment];
				if (item === undefined) return best;
				best = this.pos(item) ?? best;
				node = item;
			} else {
				return best;
			}
		}
		return best;
	}

	/** Position of the key itself (for unknown fields), falling back to `locate`. */
	locateKey(path: readonly (string | number)[], key: string): Position {
		const parent = path.length === 0 ? this.doc.contents : this.doc.getIn(path, true);
		if (isMap(parent)) {
			const pair = parent.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === key);
			const at = pair && this.pos(pair.key);
			if (at) return at;
		}
		return this.locate(path);
	}

	private pos(node: unknown): Position | undefined {
		const range = (node as Node | null | undefined)?.range;
		if (!range) return undefined;
		const { line, col } = this.lines.linePos(range[0]);
		return { line, column: col };
	}
}

/**
 * Where an unclosed quote opens. js-yaml (and `yaml`'s own error) report where the text ran out,
 * often the last line of the file, where a clerk sees nothing wrong; `yaml` keeps the quoted
 * scalar that swallowed the rest, and its range starts at the opening quote. Called only when the
 * fast parse has failed on an unclosed quote: the slow parser never runs for valid files.
 */
export function unclosedQuoteStart(text: string): Position | undefined {
	const lines = new LineCounter();
	const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: false });
	const error = doc.errors.find((e) => e.code === 'MISSING_CHAR') ?? doc.errors[0];
	if (!error) return undefined;
	let start: number | undefined;
	visit(doc, {
		Scalar(_key, node) {
			const range = node.range;
			if ((node.type === 'QUOTE_SINGLE' || node.type === 'QUOTE_DOUBLE') && range && range[0] <= error.pos[0] && error.pos[0] <= range[2]) {
				start = range[0];
				return visit.BREAK;
			}
			return undefined;
		},
	});
	if (start === undefined) return undefined;
	const { line, col } = lines.linePos(start);
	return { line, column: col };
}
