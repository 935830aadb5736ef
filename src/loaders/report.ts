/**
 * Where a problem is and what it is, as loaders and rules report it; the engine adds severity and
 * the message (src/engine/types.ts). Here, below both, because loaders report parse and schema
 * problems in the same shape as rules.
 */
import type { Level } from '../schemas/common.ts';

/** Where a finding points. `path` is resolved to line/column lazily (only files with findings pay). */
export interface Location {
	/** Path relative to the working directory, with forward slashes. */
	file: string;
	line?: number;
	column?: number;
	/** Key path inside a YAML document, resolved to line and column by the runner. */
	path?: readonly (string | number)[];
	/** The last path segment is a key to point at itself (an unknown field), not at its value. */
	atKey?: boolean;
	/** A character inside the value at `path` to point at (a hidden character in published text), not the value's start. */
	char?: string;
	/** CSV column header, shown beside row numbers. */
	header?: string;
}

/** What a rule hands to `ctx.report`. Severity comes from `level` (the act's wording) or the rule's default. */
export interface Report extends Location {
	messageId: string;
	data?: Record<string, string | number>;
	level?: Level;
	citation?: { policy: string; clause: string };
}
