/**
 * In `npm run build` the open-data files are written by a process of their own
 * (src/cli/write-opendata.ts), not by Astro: its processes get PORTAL_OPENDATA_ELSEWHERE=1 and the
 * open-data routes then list no paths (build budget, docs/benchmarks.md). The files themselves are compared with
 * those of a plain `astro build` in tests/site/scale.test.ts.
 */
import { rmSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { rendersOpenData } from '../../../src/lib/shard.ts';
import { setBuildEnv } from '../../../src/lib/build-env.ts';
import { writeOwnHandoff } from '../../../src/integrations/handoff.ts';
import { getPassport, openDataFileNames, openDataFilePaths, statsSetFiles } from '../../../src/queries/opendata.ts';
import { statsFilePaths, statsFiles } from '../../../src/queries/stats.ts';

// The queries read the check's hand-off alone, as in every build (src/integrations/handoff.ts).
let handoff = '';
beforeAll(() => {
	handoff = writeOwnHandoff('data').dir;
	setBuildEnv({ handoff });
}, 60_000);
afterAll(() => {
	setBuildEnv({ handoff: undefined });
	rmSync(handoff, { recursive: true, force: true });
});

afterEach(() => {
	setBuildEnv({ opendataElsewhere: undefined });
});

describe('open-data routes', () => {
	it('list every file of the demo data when Astro writes them (astro build, astro dev)', () => {
		expect(rendersOpenData()).toBe(true);
		const names = openDataFileNames();
		expect(names).toContain('registry.json');
		expect(names).toContain('list.csv');
		expect(names).toContain(`${getPassport().identifier}/meta.csv`);
		const paths = [
			...openDataFilePaths('.csv').map((p) => `${p.params.file}.csv`),
			...openDataFilePaths('.json').map((p) => `${p.params.file}.json`),
		];
		// The statistics set's data file and its spreadsheet copy are streamed from the statistics pass.
		expect(statsSetFiles().size).toBe(2);
		expect(paths.sort()).toEqual([...names, ...statsSetFiles().keys()].sort());
		expect(statsFiles().length).toBeGreaterThan(0);
		expect(statsFilePaths().map((p) => p.params.quarter)).toEqual(statsFiles().map((file) => file.slug));
	});

	it('list none in the build’s Astro processes, while the writer still sees every file', () => {
		setBuildEnv({ opendataElsewhere: true });
		expect(rendersOpenData()).toBe(false);
		expect(openDataFilePaths('.csv')).toEqual([]);
		expect(openDataFilePaths('.json')).toEqual([]);
		expect(statsFilePaths()).toEqual([]);
		expect(openDataFileNames()).toContain('registry.json');
		expect(statsFiles().length).toBeGreaterThan(0);
	});
});
