/**
 * Limits on what the check reads. Each is far above any real file, so that only a broken or hostile
 * file meets one (a spreadsheet pasted into one cell, a 200 MB export, a file of one endless line),
 * and the check stays linear in time and bounded in memory whatever the input: such a file is
 * reported once, where the limit is passed, and not read further; the rest of the tree is checked.
 * docs/limits.md lists them with the message a clerk sees.
 */

export const LIMITS = {
	/**
	 * An organisation card, an account or an internal file is 1–5 KB; the largest, an internal file
	 * of a body with a hundred accounts, is about 30 KB. 1 MiB is 30 times that, and keeps the
	 * position-keeping YAML parser, which the check runs on files with findings, well under a second.
	 */
	yamlBytes: 1 << 20,
	/**
	 * One organisation's quarter: stats are a row per account and week (13 weeks), so even a
	 * thousand accounts make ~1.5 MB; the demo's largest table is 44 KB. 16 MiB is ten times the
	 * largest plausible one. A table just under it with an error in every row peaks at about 750 MB
	 * (`npm run bench -- --only hostile`); one of 64 MiB peaked at 2.4 GB, past the check's 1.5 GB.
	 */
	tableBytes: 16 << 20,
	/** Drafts and stray files are only scanned for secrets; the same bound as a table. */
	textBytes: 16 << 20,
	/**
	 * A YAML line is one field; a CSV line is one row of ~20 cells. The longest real ones are a
	 * description or a topic of a few hundred characters; 100,000 is a long book chapter.
	 */
	lineChars: 100_000,
	/** A quoted CSV cell may span lines (a reply's text); the same bound as a line. */
	cellChars: 100_000,
	/**
	 * The widest table has 20 columns; Excel may add a few empty ones on the right. 1,000 leaves
	 * room for any export and stops a header of a million columns at its thousand-and-first.
	 */
	columns: 1_000,
	/**
	 * Fields in one YAML file, nested ones included: a card has ~40, an internal file ~7 per account.
	 * 20,000 is a body with ~3,000 accounts in one file.
	 */
	yamlKeys: 20_000,
} as const;

export type LimitKind = keyof typeof LIMITS;

/** Where a limit is passed: 1-based line and column; `found` is the size met, when it is known. */
export interface LimitHit {
	kind: LimitKind;
	line: number;
	column: number;
	found?: number;
	/** CSV column header of the cell, when known. */
	header?: string;
}

/**
 * The first line longer than `max` characters (line breaks LF, CRLF or CR), with the column of
 * its first character past the limit, and its length. One pass of indexOf: linear and cheap.
 */
export function findLongLine(text: string, max: number = LIMITS.lineChars): LimitHit | undefined {
	if (text.length <= max) return undefined;
	let start = 0;
	let line = 1;
	while (start < text.length) {
		let end = text.indexOf('\n', start);
		if (end === -1) end = text.length;
		if (end - start > max) {
			// A CR alone ends a line too (as the CSV reader counts them): only a line too long
			// between LFs is split at its CRs.
			let from = start;
			for (;;) {
				let at = text.indexOf('\r', from);
				if (at === -1 || at >= end) at = end;
				if (at - from > max) return { kind: 'lineChars', line, column: max + 1, found: at - from };
				if (at === end) break;
				from = at + 1;
				if (from < end) line++;
			}
		}
		line++;
		start = end + 1;
	}
	return undefined;
}

/**
 * The path of the first key past `max` in a parsed YAML value, counting keys of every map in
 * document order (nested ones included); undefined when there are no more than `max`.
 */
export function keyPastLimit(value: unknown, max: number = LIMITS.yamlKeys): (string | number)[] | undefined {
	let seen = 0;
	const stack: [unknown, (string | number)[]][] = [[value, []]];
	while (stack.length) {
		const [node, path] = stack.pop()!;
		if (Array.isArray(node)) {
			for (let i = node.length - 1; i >= 0; i--) stack.push([node[i], [...path, i]]);
		} else if (node !== null && typeof node === 'object') {
			const keys = Object.keys(node);
			if (seen + keys.length > max) return [...path, keys[max - seen]!];
			seen += keys.length;
			for (let i = keys.length - 1; i >= 0; i--) stack.push([(node as Record<string, unknown>)[keys[i]!], [...path, keys[i]!]]);
		}
	}
	return undefined;
}
