/**
 * The public part of the dataset as the check loaded it, handed to the site's build. `npm run
 * build` runs the check first, which parses every organisation and account file; each Astro
 * process then read them all again before rendering a page (20,000 accounts: 1.8 s, against 0.2 s
 * for the snapshot). The hand-off writer (src/handoff/writer.ts) writes this snapshot once the
 * check has loaded the files, and the site reads it (src/handoff/public-data.ts).
 *
 * Internal data (staff contacts, security attestations) is the check's to read and never goes
 * into the snapshot: the site's public data has none.
 */
import { join } from 'node:path';
import type { Dataset } from '../loaders/dataset-types.ts';
import { readRecords, RecordWriter } from '../lib/record-file.ts';
import { isSeries, type SeriesEntry, type TreeEntry } from '../loaders/tree.ts';

export interface PublicSnapshot {
	dataset: Dataset;
	/** The tree's CSV files, as the walker found them. */
	series: SeriesEntry[];
}

export const SNAPSHOT_FILE = 'public-data.bin';

/** The dataset without its internal data: what may be handed to the site. */
export function publicView(dataset: Dataset): Dataset {
	return dataset.internal.size ? { ...dataset, internal: new Map() } : dataset;
}

export function writePublicSnapshot(dir: string, dataset: Dataset, entries: readonly TreeEntry[]): void {
	const snapshot: PublicSnapshot = { dataset: publicView(dataset), series: entries.filter(isSeries) };
	const writer = new RecordWriter(join(dir, SNAPSHOT_FILE));
	try {
		writer.write(snapshot);
	} finally {
		writer.close();
	}
}

/** The snapshot in the hand-off folder `dir`, whose manifest the reader has checked (src/handoff/reader.ts). */
export function readPublicSnapshot(dir: string): PublicSnapshot {
	const [snapshot] = readRecords<PublicSnapshot>(join(dir, SNAPSHOT_FILE));
	if (!snapshot) throw new Error(`${join(dir, SNAPSHOT_FILE)}: нет записи`);
	return snapshot;
}
