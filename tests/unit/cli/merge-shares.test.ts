// Merging the folders of a shared build (src/cli/build.ts): every file lands once; a file both
// shares wrote must be the same bytes.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { mergeInto } from '../../../src/cli/build.ts';

let work = '';
afterEach(() => rmSync(work, { recursive: true, force: true }));

function tree(root: string, files: Record<string, string>): string {
	for (const [file, text] of Object.entries(files)) {
		mkdirSync(dirname(join(root, file)), { recursive: true });
		writeFileSync(join(root, file), text);
	}
	return root;
}

describe('mergeInto', () => {
	it('moves the second share into the first, folders merged, shared identical files kept once', () => {
		work = mkdtempSync(join(tmpdir(), 'portal-merge-'));
		const into = tree(join(work, 'a'), { 'index.html': 'home', 'akkaunt/a1/index.html': 'a1', '_astro/x.css': 'css' });
		const from = tree(join(work, 'b'), {
			'index.html': 'home',
			'akkaunt/a2/index.html': 'a2',
			'org/o1/index.html': 'o1',
			'_astro/x.css': 'css',
		});
		expect(mergeInto(from, into)).toBe(2);
		for (const [file, text] of Object.entries({
			'index.html': 'home',
			'akkaunt/a1/index.html': 'a1',
			'akkaunt/a2/index.html': 'a2',
			'org/o1/index.html': 'o1',
			'_astro/x.css': 'css',
		})) {
			expect(readFileSync(join(into, file), 'utf8')).toBe(text);
		}
		expect(existsSync(join(from, 'akkaunt/a2/index.html'))).toBe(false);
	});

	it('refuses a file the shares wrote differently, naming it', () => {
		work = mkdtempSync(join(tmpdir(), 'portal-merge-'));
		const into = tree(join(work, 'a'), { 'feed.xml': '<feed>1</feed>' });
		const from = tree(join(work, 'b'), { 'feed.xml': '<feed>2</feed>' });
		expect(() => mergeInto(from, into)).toThrow(/по-разному записали .*feed\.xml/);
	});
});
