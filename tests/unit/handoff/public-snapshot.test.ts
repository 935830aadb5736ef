/**
 * The public data the build's check hands to the site (src/handoff/public-snapshot.ts) is what the
 * site reads from the tree itself, without the internal data the check also read.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck, runCheckAuto } from '../../../src/engine/run.ts';
import { handoffWriter } from '../../../src/handoff/writer.ts';
import { loadPublicData } from '../../../src/handoff/public-data.ts';
import { readPublicSnapshot } from '../../../src/handoff/public-snapshot.ts';
import { HandoffError } from '../../../src/handoff/manifest.ts';

const folder = () => mkdtempSync(join(tmpdir(), 'portal-snapshot-'));

describe('the public data snapshot', () => {
	const fromTree = loadPublicData('data');

	it('on one thread and on two, is the public data the site reads from the tree', async () => {
		const serial = folder();
		runCheck({ dataDir: 'data', hooks: handoffWriter(serial, 'data') });
		const parallel = folder();
		await runCheckAuto({ dataDir: 'data', threads: 2, minFiles: 0, hooks: handoffWriter(parallel, 'data') });
		for (const dir of [serial, parallel]) {
			const snapshot = readPublicSnapshot(dir);
			expect(snapshot.dataset).toEqual(fromTree.dataset);
			expect(snapshot.series).toEqual(fromTree.series);
		}
	});

	it('holds no internal data, which the check does read', () => {
		const dir = folder();
		runCheck({ dataDir: 'data', hooks: handoffWriter(dir, 'data') });
		expect(fromTree.dataset.internal.size).toBe(0);
		expect(readPublicSnapshot(dir).dataset.internal.size).toBe(0);
	});

	it('is refused for another tree, and when the check wrote none', () => {
		const dir = folder();
		expect(() => loadPublicData('data', dir)).toThrow(HandoffError);
		runCheck({ dataDir: 'data', hooks: handoffWriter(dir, 'data') });
		expect(() => loadPublicData('tests/fixtures/valid', dir)).toThrow(
			/записана для папки .*\/data, а сайт собирается из .*tests\/fixtures\/valid/,
		);
		expect(loadPublicData(join(process.cwd(), 'data'), dir).dataset).toEqual(fromTree.dataset);
	});
});
