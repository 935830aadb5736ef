/**
 * Only the bundled demo (this repository's data/) gets the demo's story history: a copy of it or a
 * generated tree marked `demo: true` is built as a real site's data folder, from its repository.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isBundledDemo } from '../../../src/cli/build.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const work = mkdtempSync(join(tmpdir(), 'portal-bundled-demo-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('isBundledDemo', () => {
	it('is the repository’s own data folder, however the path is written', () => {
		expect(isBundledDemo(join(ROOT, 'data'))).toBe(true);
		expect(isBundledDemo(join(ROOT, 'data', '..', 'data'))).toBe(true);
	});

	it('is not a demo-flagged copy of it, nor a demo-flagged fixture', () => {
		const copy = join(work, 'data');
		cpSync(join(ROOT, 'data', 'site.yaml'), join(copy, 'site.yaml'));
		expect(isBundledDemo(copy)).toBe(false);
		expect(isBundledDemo(join(ROOT, 'tests/fixtures/valid'))).toBe(false);
	});
});
