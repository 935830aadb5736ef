/**
 * One site path: the site reads the data from the check's hand-off alone. Given none (a plain
 * `astro build`, `astro dev`), the site's integration (src/integrations/handoff.ts) runs the check
 * and writes one before any page is read; a reader reached without any refuses, naming how to
 * build the site, instead of reading the tree another way.
 */
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { AstroIntegration } from 'astro';
import { handoff } from '../../../src/integrations/handoff.ts';
import { buildEnv, setBuildEnv } from '../../../src/lib/build-env.ts';
import { HandoffError, readManifest } from '../../../src/handoff/manifest.ts';
import { handoffDir } from '../../../src/queries/site.ts';

const logged: string[] = [];
const logger = { info: (line: string) => logged.push(line), warn: (line: string) => logged.push(line) };
/** A new integration, its configuration hook run as Astro runs it for `command`. */
function setup(command: string): AstroIntegration {
	const integration = handoff();
	(integration.hooks['astro:config:setup'] as (options: unknown) => void)({ command, logger });
	return integration;
}

afterEach(() => setBuildEnv({ handoff: undefined }));

describe('the site integration', () => {
	it('without a hand-off, the site readers refuse, saying how to build the site', () => {
		expect(buildEnv().handoff).toBeUndefined();
		expect(() => handoffDir()).toThrow(HandoffError);
		expect(() => handoffDir()).toThrow(/без данных проверки.*npm run build.*portal:handoff/);
	});

	it('on astro build, writes the check’s hand-off, points the site at it, and puts the shards into the output', () => {
		const integration = setup('build');
		const dir = buildEnv().handoff!;
		expect(dir).toBeDefined();
		expect(handoffDir()).toBe(dir);
		const manifest = readManifest(dir, 'data');
		expect(manifest.files.map((file) => file.name)).toContain('public-data.bin');
		expect(logged.some((line) => line.startsWith('проверка данных'))).toBe(true);
		const out = mkdtempSync(join(tmpdir(), 'portal-integration-out-'));
		(integration.hooks['astro:build:done'] as (options: unknown) => void)({ dir: pathToFileURL(`${out}/`) });
		expect(readdirSync(join(out, 'proverka', 'data')).length).toBe(manifest.files.find((file) => file.name === 'lookup/')!.count);
		// Its own hand-off is gone once the site is written, and the site no longer points at it.
		expect(existsSync(dir)).toBe(false);
		expect(buildEnv().handoff).toBeUndefined();
	}, 60_000);

	it('leaves a hand-off it is given alone (npm run build), and writes none for astro sync or preview', () => {
		setBuildEnv({ handoff: '/given/by/the/build' });
		setup('build');
		expect(buildEnv().handoff).toBe('/given/by/the/build');
		setBuildEnv({ handoff: undefined });
		for (const command of ['sync', 'preview']) {
			setup(command);
			expect(buildEnv().handoff).toBeUndefined();
		}
	});
});
