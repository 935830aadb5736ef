/**
 * Turns a key path inside a YAML document into a 1-based line and column, using the `yaml`
 * package's node ranges. Used lazily: only for files that have findings.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Node } from 'yaml';

export interface Position {
	line: number;
	column: number;
}

// Escapes of a double-quoted YAML scalar, in the order the scanner meets them; `\\` is consumed as
// one escape so the backslash after it is not read as the start of another.
const DOUBLE_QUOTED_ESCAPE = /\\(?:([0abtnvfreN_LP "/\\\t])|x([0-9A-Fa-f]{2})|u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8}))/g;
const NAMED_ESCAPES: Readonly<Record<string, number>> = {
	'0': 0x00,
	a: 0x07,
	b: 0x08,
	t: 0x09,
	'\t': 0x09,
	n: 0x0a,
	v: 0x0b,
	f: 0x0c,
	r: 0x0d,
	e: 0x1b,
	N: 0x85,
	_: 0xa0,
	L: 0x2028,
	P: 0x2029,
	' ': 0x20,
	'"': 0x22,
	'/': 0x2f,
	'\\': 0x5c,
};

/** Offset of the first escape in `source` that stands for code point `cp`, or -1. */
function escapeOffset(source: string, cp: number): number {
	for (const match of source.matchAll(DOUBLE_QUOTED_ESCAPE)) {
		const [, named, x, u, big] = match;
		const value = named !== undefined ? NAMED_ESCAPES[named] : Number.parseInt((x ?? u ?? big)!, 16);
		if (value === cp) return match.index;
	}
	return -1;
}

export class YamlLocator {
	private readonly doc;
	private readonly lines = new LineCounter();
	private readonly text: string;

	constructor(text: string) {
		this.text = text;
		this.doc = parseDocument(text, { lineCounter: this.lines, keepSourceTokens: false, uniqueKeys: false });
	}

	/**
	 * Position of a character inside the scalar at `path`: the character as written, or, in a
	 * double-quoted scalar, the escape that stands for it (`"\u202E"`, `"\a"`), whichever comes
	 * first. Falls back to the value's position (`locate`) when neither is found.
	 */
	locateChar(path: readonly (string | number)[], char: string): Position {
		const fallback = this.locate(path);
		const node = path.length === 0 ? this.doc.contents : this.doc.getIn(path, true);
		if (!isScalar(node) || !node.range) return fallback;
		const [start, end] = node.range;
		// A block scalar's range starts at its `|` or `>` header, whose line ends in a break of its own.
		const from = node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED' ? this.text.indexOf('\n', start) + 1 || end : start;
		const source = this.text.slice(from, end);
		const offsets = [source.indexOf(char)];
		if (node.type === 'QUOTE_DOUBLE') offsets.push(escapeOffset(source, char.codePointAt(0)!));
		const found = offsets.filter((offset) => offset >= 0);
		if (found.length === 0) return fallback;
		const { line, col } = this.lines.linePos(from + Math.min(...found));
		return { line, column: col };
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
				const empty =
					value === null ||
					value === undefined ||
					(isScalar(value) && value.range !== undefined && value.range !== null && value.range[0] === value.range[1]);
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
