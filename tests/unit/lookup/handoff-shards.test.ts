/**
 * The link-check shards the build's check writes (src/handoff/lookup-shards.ts) are the files the site
 * makes from the tree itself, byte for byte, on one thread and on two; the site then reads only
 * their config.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck, runCheckAuto } from '../../../src/engine/run.ts';
import { handoffWriter } from '../../../src/handoff/writer.ts';
import { loadPublicData } from '../../../src/handoff/public-data.ts';
import { registryOf } from '../../../src/handoff/lookup-registry.ts';
import { handedLookup, LOOKUP_FOLDER } from '../../../src/handoff/lookup-shards.ts';
import { HandoffError } from '../../../src/handoff/manifest.ts';
import { buildShards } from '../../../src/lib/lookup/index.ts';

const folder = () => mkdtempSync(join(tmpdir(), 'portal-lookup-handoff-'));

describe('link-check shards from the check', () => {
	const fromTree = buildShards(registryOf(loadPublicData('data').dataset));

	it('on one thread and on two, are the files the site makes from the tree', async () => {
		const serial = folder();
		runCheck({ dataDir: 'data', hooks: handoffWriter(serial, 'data') });
		const parallel = folder();
		await runCheckAuto({ dataDir: 'data', threads: 2, minFiles: 0, hooks: handoffWriter(parallel, 'data') });
		expect(fromTree.files.size).toBeGreaterThan(1);
		for (const dir of [serial, parallel]) {
			const written = readdirSync(join(dir, LOOKUP_FOLDER)).sort();
			expect(written).toEqual([...fromTree.files.keys()].map((name) => `${name}.json`).sort());
			for (const [name, text] of fromTree.files) expect(readFileSync(join(dir, LOOKUP_FOLDER, `${name}.json`), 'utf8'), name).toBe(text);
			expect(handedLookup(dir)).toEqual(fromTree.config);
		}
	});

	it('are refused from a folder the check did not finish', () => {
		expect(() => handedLookup(folder())).toThrow(HandoffError);
	});
});
