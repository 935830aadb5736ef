/**
 * Open-data files from the public data (src/lib/opendata does the work), each built when its address
 * is written. Every set lies in /opendata/<identifier>/ and is listed in /opendata/list.csv (v3.0).
 * The statistics set's data file and the quarterly files come from the statistics pass
 * (src/queries/stats.ts); earlier versions are carried over from the data tree
 * (src/loaders/opendata-versions.ts).
 */
import { readFileSync } from 'node:fs';
import { t } from '../i18n/index.ts';
import { openDataFiles } from '../lib/opendata/index.ts';
import { compactDate, versionDate, type Passport } from '../lib/opendata/passport.ts';
import { rendersOpenData } from '../lib/shard.ts';
import { readVersions, VersionsError } from '../loaders/opendata-versions.ts';
import { absoluteUrl, dataDir, getSite, publicData } from './site.ts';
import { statsFiles, statsSetCsv } from './stats.ts';
export { statsFiles, type StatsFile } from './stats.ts';

export const opendataUrl = (file = '') => absoluteUrl(`/opendata/${file}`);

interface OpenDataCatalogue extends ReturnType<typeof openDataFiles> {
	/** Paths of the carried files, by path inside /opendata/. */
	carried: Map<string, string>;
}

let cached: OpenDataCatalogue | undefined;
const UTF8 = new TextEncoder();

function openData(): OpenDataCatalogue {
	if (cached) return cached;
	const data = publicData();
	const base = { site: getSite(), orgs: data.orgs, accounts: data.accounts, statsQuarters: statsFiles(), folderUrl: opendataUrl(), t };
	// The sets' identifiers and current structures first: the carried files are checked against them.
	const current = openDataFiles(base);
	const sets = [current.passport, ...(current.stats ? [current.stats] : [])];
	let versions: ReturnType<typeof readVersions>;
	try {
		versions = readVersions(dataDir(), new Map(sets.map((set) => [set.identifier, set.files.structure])));
		checkOlder(sets, versions);
	} catch (error) {
		// In `npm run build` the open-data process reports a bad versions folder, naming the file, and
		// the build stops before publishing (src/cli/write-opendata.ts); its Astro processes render the
		// page meanwhile rather than fail with a stack trace on the same error.
		if (!(error instanceof VersionsError) || rendersOpenData()) throw error;
		versions = { sets: new Map(), files: [] };
	}
	const built = openDataFiles({ ...base, earlier: versions.sets });
	cached = { ...built, carried: new Map(versions.files.map((file) => [file.path, file.abs])) };
	return cached;
}

/** Every carried data version is older than the one the build makes from the data. */
function checkOlder(sets: readonly Passport[], versions: ReturnType<typeof readVersions>): void {
	for (const set of sets) {
		const latest = compactDate(versionDate(set.dates));
		for (const name of versions.sets.get(set.identifier) ?? []) {
			const date = /^data-(\d{8})-/.exec(name)?.[1];
			if (date !== undefined && date >= latest) {
				throw new VersionsError(
					`${dataDir()}/opendata-versions/${set.identifier}/${name}: версия не раньше текущей (${latest}), которую сборка выгружает из данных; в папке хранятся только прежние версии: удалите файл или исправьте дату.`,
				);
			}
		}
	}
}

/** The registry set's passport (names and dates of its files), for /opendata/. */
export function getPassport(): Passport {
	return openData().passport;
}

/** The statistics set's passport, when there are statistics. */
export function getStatsPassport(): Passport | undefined {
	return openData().stats;
}

/**
 * One open-data file as UTF-8, built when it is written and not kept: in `npm run build` by a process
 * of its own (src/cli/write-opendata.ts), else by the route that writes it; the bytes leave V8's
 * heap at once (build budget). The statistics set's data files are streams (openDataStream).
 */
export function openDataFile(name: string): Uint8Array<ArrayBuffer> {
	const { files, carried } = openData();
	const build = files.get(name);
	if (build) return UTF8.encode(build());
	const abs = carried.get(name);
	if (abs) return new Uint8Array(readFileSync(abs));
	throw new Error(`нет файла открытых данных ${name}`);
}

/** The statistics set's data file and its spreadsheet copy, by path inside /opendata/. */
export function statsSetFiles(): Map<string, boolean> {
	const stats = openData().stats;
	if (!stats) return new Map();
	return new Map([
		[`${stats.identifier}/${stats.files.data}`, false],
		[`${stats.identifier}/${stats.files.excel}`, true],
	]);
}

/** A file of /opendata/ as the route writes it: bytes, or a stream for the statistics set's data. */
export function openDataBody(name: string): Uint8Array<ArrayBuffer> | ReadableStream<Uint8Array> {
	const excel = statsSetFiles().get(name);
	return excel === undefined ? openDataFile(name) : statsSetCsv(excel);
}

/** Every file of /opendata/ built here (the quarterly files are statsFiles(), the statistics set's data statsSetFiles()). */
export function openDataFileNames(): string[] {
	const { files, carried } = openData();
	return [...files.keys(), ...[...carried.keys()].filter((name) => !files.has(name))];
}

/**
 * The files under /opendata/ with one extension, by path without it: `.csv` for [...file].csv.ts,
 * `.json` (registry, its schema) for [file].json.ts. None in `npm run build`'s Astro processes,
 * whose open-data files another process writes (src/lib/shard.ts, rendersOpenData).
 */
export function openDataFilePaths(extension: '.csv' | '.json') {
	if (!rendersOpenData()) return [];
	const names = extension === '.csv' ? [...openDataFileNames(), ...statsSetFiles().keys()] : openDataFileNames();
	return names.filter((name) => name.endsWith(extension)).map((name) => ({ params: { file: name.slice(0, -extension.length) } }));
}
