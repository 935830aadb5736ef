/**
 * Open-data files from the public data (src/lib/opendata does the work), each built when its address
 * is written. The quarterly statistics files come from the statistics pass (src/queries/stats.ts).
 */
import { t } from '../i18n/index.ts';
import { openDataFiles } from '../lib/opendata/index.ts';
import type { Passport } from '../lib/opendata/passport.ts';
import { rendersOpenData } from '../lib/shard.ts';
import { absoluteUrl, getSite, publicData } from './site.ts';
export { statsFiles, type StatsFile } from './stats.ts';

export const opendataUrl = (file = '') => absoluteUrl(`/opendata/${file}`);

let cached: ReturnType<typeof openDataFiles> | undefined;
const UTF8 = new TextEncoder();

function openData() {
	if (cached) return cached;
	const data = publicData();
	cached = openDataFiles({ site: getSite(), orgs: data.orgs, accounts: data.accounts, folderUrl: opendataUrl(), t });
	return cached;
}

/** The registry data set's passport (names and dates of its files), for /opendata/. */
export function getPassport(): Passport {
	return openData().passport;
}

/**
 * One open-data file as UTF-8, built when it is written and not kept: in `npm run build` by a process
 * of its own (src/cli/write-opendata.ts), else by the route that writes it; the bytes leave V8's
 * heap at once (issue 3, build budget).
 */
export function openDataFile(name: string): Uint8Array<ArrayBuffer> {
	const build = openData().files.get(name);
	if (!build) throw new Error(`нет файла открытых данных ${name}`);
	return UTF8.encode(build());
}

/** Every registry file of /opendata/ (the quarterly statistics are statsFiles()). */
export function openDataFileNames(): string[] {
	return [...openData().files.keys()];
}

/**
 * The registry's files under /opendata/ with one extension, by name without it: `.csv` (passport,
 * structure, data) for [file].csv.ts, `.json` (registry, its schema) for [file].json.ts. The
 * quarterly statistics have their own route (statsFiles). None in `npm run build`'s Astro processes,
 * whose open-data files another process writes (src/lib/shard.ts, rendersOpenData).
 */
export function openDataFilePaths(extension: '.csv' | '.json') {
	if (!rendersOpenData()) return [];
	return openDataFileNames()
		.filter((name) => name.endsWith(extension))
		.map((name) => ({ params: { file: name.slice(0, -extension.length) } }));
}
