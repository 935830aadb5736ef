/**
 * The public part of the dataset as the check loaded it, handed to the site's build. `npm run
 * build` runs the check first, which parses every organisation and account file; each Astro
 * process then read them all again before rendering a page (20,000 accounts: 1.8 s, against 0.2 s
 * for the snapshot). The check writes this snapshot (src/cli/check.ts --handoff), and
 * loadPublicData reads it when PORTAL_HANDOFF names the folder (src/cli/build.ts). Without it,
 * the site reads the tree itself.
 *
 * Internal data (staff contacts, security attestations) is the check's to read and never goes
 * into the snapshot: the site's public data has none .
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Dataset } from './dataset-types.ts';
import { readRecords, RecordWriter } from '../lib/record-file.ts';
import { isSeries, type SeriesEntry, type TreeEntry } from './tree.ts';

export interface PublicSnapshot {
	dataset: Dataset;
	/** The tree's CSV files, as the walker found them. */
	series: SeriesEntry[];
}

const FILE = 'public-data.bin';

/** The dataset without its internal data: what may be handed to the site. */
export function publicView(dataset: Dataset): Dataset {
	return dataset.internal.size ? { ...dataset, internal: new Map() } : dataset;
}

export function writePublicSnapshot(dir: string, dataset: Dataset, entries: readonly TreeEntry[]): void {
	const snapshot: PublicSnapshot = { dataset: publicView(dataset), series: entries.filter(isSeries) };
	const writer = new RecordWriter(join(dir, FILE));
	try {
		writer.write(snapshot);
	} finally {
		writer.close();
	}
}

/** The snapshot in `dir` if there is one and it is of `dataDir`'s tree. */
export function readPublicSnapshot(dir: string, dataDir: string): PublicSnapshot | undefined {
	const path = join(dir, FILE);
	if (!existsSync(path)) return undefined;
	const [snapshot] = readRecords<PublicSnapshot>(path);
	return snapshot && resolve(snapshot.dataset.dataDir) === resolve(dataDir) ? snapshot : undefined;
}
