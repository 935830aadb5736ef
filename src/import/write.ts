/**
 * Writes the planned files so that a crash or a full disk never leaves a half-written table:
 * every file goes to a temporary file next to it first, and only when all of them are on disk
 * are they renamed over the targets (a rename within one folder is atomic).
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export interface Writable {
	abs: string;
	file: string;
	text: string;
}

/** Renaming failed part-way: `written` are already in place, the rest are not. */
export class PartialWriteError extends Error {
	readonly written: string[];
	readonly pending: string[];
	constructor(cause: unknown, written: string[], pending: string[]) {
		super(cause instanceof Error ? cause.message : String(cause));
		this.written = written;
		this.pending = pending;
	}
}

export function writeAll(files: readonly Writable[]): void {
	const temps: { temp: string; file: Writable }[] = [];
	try {
		for (const file of files) {
			const dir = dirname(file.abs);
			mkdirSync(dir, { recursive: true });
			// A leading dot: the data tree ignores such names, should one ever be left behind.
			const temp = join(dir, `.${basename(file.abs)}.import-${process.pid}.tmp`);
			temps.push({ temp, file });
			writeFileSync(temp, file.text, { flag: 'wx' });
		}
	} catch (error) {
		for (const { temp } of temps) rmSync(temp, { force: true });
		throw error;
	}
	const written: string[] = [];
	for (const [i, { temp, file }] of temps.entries()) {
		try {
			renameSync(temp, file.abs);
		} catch (error) {
			for (const rest of temps.slice(i)) rmSync(rest.temp, { force: true });
			throw new PartialWriteError(
				error,
				written,
				temps.slice(i).map((t) => t.file.file),
			);
		}
		written.push(file.file);
	}
}
