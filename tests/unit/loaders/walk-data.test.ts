/** walkData: the data tree with its internal files, wherever `--internal` keeps them. */
import { cpSync, mkdtempSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { walkData, walkTree } from '../../../src/loaders/tree.ts';

const VALID = resolve(import.meta.dirname, '../../fixtures/valid');

function copy(): string {
	const dir = mkdtempSync(join(tmpdir(), 'portal-walk-data-'));
	cpSync(VALID, join(dir, 'data'), { recursive: true });
	return dir;
}

const kinds = (entries: ReturnType<typeof walkTree>) =>
	entries.filter((e) => e.kind === 'internal' || e.kind === 'unexpected').map((e) => `${e.kind} ${e.file}`);

describe('walkData', () => {
	it('is walkTree without --internal, or with --internal naming <data>/internal', () => {
		const dir = copy();
		const data = join(dir, 'data');
		expect(walkData(data, undefined, dir)).toEqual(walkTree(data, dir));
		expect(walkData(data, join(data, 'internal'), dir)).toEqual(walkTree(data, dir));
	});

	it('reads the internal files from a folder kept apart, named by their real path', () => {
		const dir = copy();
		renameSync(join(dir, 'data/internal'), join(dir, 'private'));
		expect(kinds(walkData(join(dir, 'data'), join(dir, 'private'), dir))).toEqual(['internal private/test-admin.yaml']);
	});

	it('reports a file left in <data>/internal instead of reading it as well', () => {
		const dir = copy();
		cpSync(join(dir, 'data/internal'), join(dir, 'private'), { recursive: true });
		const entries = walkData(join(dir, 'data'), join(dir, 'private'), dir);
		expect(kinds(entries)).toEqual(['unexpected data/internal/test-admin.yaml', 'internal private/test-admin.yaml']);
		expect(entries.find((e) => e.kind === 'unexpected')).toMatchObject({
			hint: expect.stringContaining('внутренние сведения читаются из папки private (--internal)'),
		});
	});

	it('reads an internal folder inside the data tree once, as internal data', () => {
		const dir = copy();
		renameSync(join(dir, 'data/internal'), join(dir, 'data/private'));
		expect(kinds(walkData(join(dir, 'data'), join(dir, 'data/private'), dir))).toEqual(['internal data/private/test-admin.yaml']);
	});
});
