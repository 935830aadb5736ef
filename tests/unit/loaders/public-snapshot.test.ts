/**
 * The public data the build's check hands to the site (src/loaders/public-snapshot.ts) is what the
 * site reads from the tree itself, without the internal data the check also read.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheckAuto } from '../../../src/engine/parallel.ts';
import { runCheck } from '../../../src/engine/run.ts';
import { loadPublicData } from '../../../src/loaders/collections.ts';
import { readPublicSnapshot } from '../../../src/loaders/public-snapshot.ts';

const folder = () => mkdtempSync(join(tmpdir(), 'portal-snapshot-'));

describe('the public data snapshot', () => {
	const fromTree = loadPublicData('data');

	it('on one thread and on two, is the public data the site reads from the tree', async () => {
		const serial = folder();
		runCheck({ dataDir: 'data', handoff: serial });
		const parallel = folder();
		await runCheckAuto({ dataDir: 'data', threads: 2, minFiles: 0, handoff: parallel });
		for (const dir of [serial, parallel]) {
			const snapshot = readPublicSnapshot(dir, 'data')!;
			expect(snapshot.dataset).toEqual(fromTree.dataset);
			expect(snapshot.series).toEqual(fromTree.series);
		}
	});

	it('holds no internal data, which the check does read', () => {
		const dir = folder();
		runCheck({ dataDir: 'data', handoff: dir });
		expect(fromTree.dataset.internal.size).toBe(0);
		expect(readPublicSnapshot(dir, 'data')!.dataset.internal.size).toBe(0);
	});

	it('is not used for another tree, nor when there is none', () => {
		const dir = folder();
		expect(readPublicSnapshot(dir, 'data')).toBeUndefined();
		runCheck({ dataDir: 'data', handoff: dir });
		expect(readPublicSnapshot(dir, 'tests/fixtures/valid')).toBeUndefined();
		expect(readPublicSnapshot(dir, join(process.cwd(), 'data'))).toBeDefined();
	});
});
