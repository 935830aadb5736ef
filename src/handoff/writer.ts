/**
 * The hand-off writer: what the check writes for the site, through the check's hooks
 * (src/engine/hooks.ts), so the engine knows nothing of the site. Once the organisation and account
 * files are loaded, the public data (public-snapshot.ts) and the link-check shards
 * (lookup-shards.ts); as each thread checks the periods, their records (period-records.ts); when
 * the check is done, last, the manifest naming every file (manifest.ts). A folder without the
 * manifest is one whose check did not finish, and no reader takes it.
 */
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { CheckHooks, WorkerPeriods } from '../engine/hooks.ts';
import type { Dataset } from '../loaders/dataset-types.ts';
import { describeEntry, MANIFEST_FILE, writeManifest, type HandoffEntry, type HandoffFormat } from './manifest.ts';
import { CONFIG_FILE, LOOKUP_FOLDER, writeLookupShards } from './lookup-shards.ts';
import { periodRecordSink } from './period-records.ts';
import { SNAPSHOT_FILE, writePublicSnapshot } from './public-snapshot.ts';

/** The format of each file a thread writes, by its name (periodFiles). */
const THREAD_FILES: [RegExp, HandoffFormat][] = [
	[/^periods-\d+\.bin$/, 'period-digests'],
	[/^plans-\d+\.bin$/, 'plan-rows'],
	[/^csv-\d+\.bin$/, 'csv-rows'],
	[/^csv-index-\d+\.bin$/, 'csv-index'],
];

/**
 * Hooks that write the hand-off of the check of `dataDir` into `dir` (created if need be). What an
 * earlier check left there is removed first: its manifest, lest a half-written folder pass for a
 * finished one, and its threads' files, lest a one-thread check's manifest name a second thread's
 * stale records.
 */
export function handoffWriter(dir: string, dataDir: string): CheckHooks {
	mkdirSync(dir, { recursive: true });
	for (const name of readdirSync(dir)) {
		if (name === MANIFEST_FILE || name === SNAPSHOT_FILE || name === CONFIG_FILE || THREAD_FILES.some(([pattern]) => pattern.test(name)))
			rmSync(join(dir, name), { force: true });
	}
	rmSync(join(dir, LOOKUP_FOLDER), { recursive: true, force: true });
	return {
		loaded(dataset, entries) {
			writePublicSnapshot(dir, dataset, entries);
			writeLookupShards(dir, dataset);
		},
		periods: (dataset, thread, findings) => periodRecordSink(dir, dataset, thread, findings),
		worker: { module: import.meta.url, data: dir },
		finished() {
			const files: HandoffEntry[] = [
				describeEntry(dir, SNAPSHOT_FILE, 'public-snapshot'),
				describeEntry(dir, CONFIG_FILE, 'lookup-config'),
				describeEntry(dir, `${LOOKUP_FOLDER}/`, 'lookup-shards'),
			];
			for (const name of readdirSync(dir).sort()) {
				const format = THREAD_FILES.find(([pattern]) => pattern.test(name))?.[1];
				if (format) files.push(describeEntry(dir, name, format));
			}
			writeManifest(dir, dataDir, files);
		},
	};
}

/** The second thread's sink (CheckHooks.worker): `data` is the hand-off folder. */
export const workerPeriods: WorkerPeriods = (data, dataset: Dataset, thread, findings) =>
	periodRecordSink(data as string, dataset, thread, findings);
