/**
 * The link-check shards made by the check, in `npm run build` (src/cli/check.ts --handoff). The
 * check has canonicalised every registered address already; each Astro process made all the
 * shards again (9 s at 200,000 accounts) and wrote its half of the 23,000 files through Astro's
 * page pipeline (about 1 ms a file; build budget). The check writes them once, as files,
 * into `<handoff>/lookup/`, and the build moves that folder to /proverka/data/; the site reads only
 * their config (the shard counts and the version the link-check page names).
 *
 * Same shards either way: buildShards over registryOf the public dataset, whose accounts
 * and organisations are the check's own (tests/site/scale.test.ts compares the files).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset } from '../loaders/dataset-types.ts';
import { buildShards } from '../lib/lookup/build.ts';
import { registryOf } from './lookup-registry.ts';
import type { LookupConfig } from '../lib/lookup/types.ts';
import { entryOf, readManifest } from './manifest.ts';

/** The shard files, `<handoff>/lookup/<name>.json`: the build moves the folder to /proverka/data/. */
export const LOOKUP_FOLDER = 'lookup';
export const CONFIG_FILE = 'lookup-config.json';

/** Builds the shards of `dataset` and writes them and their config into the hand-off folder. */
export function writeLookupShards(dir: string, dataset: Dataset): LookupConfig {
	// The check's own dataset, not its public view (a copy, which would canonicalise every address
	// again): registryOf reads only accounts and organisations, never the internal data.
	const { config, files } = buildShards(registryOf(dataset));
	const folder = join(dir, LOOKUP_FOLDER);
	mkdirSync(folder, { recursive: true });
	for (const [name, text] of files) writeFileSync(join(folder, `${name}.json`), text);
	// Last: a config names shards that are all written.
	writeFileSync(join(dir, CONFIG_FILE), JSON.stringify(config));
	return config;
}

/**
 * The shards' config as the site sees it (their counts and version): the files themselves are not
 * pages, and go into the site as they are. A HandoffError for a hand-off whose manifest does not
 * name them (src/handoff/manifest.ts).
 */
export function handedLookup(dir: string): LookupConfig {
	entryOf(dir, readManifest(dir), CONFIG_FILE);
	return JSON.parse(readFileSync(join(dir, CONFIG_FILE), 'utf8')) as LookupConfig;
}
