/**
 * The hand-off's manifest, `handoff.json`: every file the check wrote for the site, its format and
 * that format's version, and its size. The writer writes it last (src/handoff/writer.ts), so a
 * folder with a manifest is one whose check finished; a reader refuses a folder without one, or
 * whose files are not those it names, rather than build a site from half a hand-off or from the
 * records of another version of the portal.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';

export const MANIFEST_FILE = 'handoff.json';
/** The manifest's own format; a reader of another one refuses it. */
export const MANIFEST_VERSION = 1;

/** The formats of the hand-off's files and the version of each that this code reads and writes. */
export const FORMATS = {
	/** src/handoff/public-snapshot.ts: one record, the public dataset and the tree's CSV files. */
	'public-snapshot': 1,
	/** src/handoff/period-records.ts: a record per period, its digest (src/engine/period-digest.ts); 2 adds the quarter's findings. */
	'period-digests': 2,
	/** The same pass: the content-plan rows of each period, read by offset. */
	'plan-rows': 1,
	/** The same pass: each period's open-data statistics rows, read by offset. */
	'csv-rows': 1,
	/** The same pass: one record, where each period's open-data rows are. */
	'csv-index': 1,
	/** src/handoff/lookup-shards.ts: the link-check shards' counts and version. */
	'lookup-config': 1,
	/** The link-check shard files (a folder: the build moves it into the site whole). */
	'lookup-shards': 1,
} as const;

export type HandoffFormat = keyof typeof FORMATS;

const FORMAT_NAMES = Object.keys(FORMATS) as [HandoffFormat, ...HandoffFormat[]];

export const HandoffEntrySchema = z.strictObject({
	/** Path in the hand-off folder; a folder's ends with `/`. */
	name: z.string().regex(/^[\w.-]+\/?$/),
	format: z.enum(FORMAT_NAMES),
	version: z.number().int().positive(),
	/** Size of the file; for a folder, the sum of its files' sizes. */
	bytes: z.number().int().nonnegative(),
	/** For a folder, how many files it holds. */
	count: z.number().int().nonnegative().optional(),
});

export const HandoffManifestSchema = z.strictObject({
	manifest: z.literal(MANIFEST_VERSION),
	/** The data folder the check read (absolute): a site of another tree must not use it. */
	dataDir: z.string().min(1),
	/** V8's version: the record files are V8-serialised, and another V8 may not read them the same. */
	v8: z.string().min(1),
	files: z.array(HandoffEntrySchema),
});

export type HandoffEntry = z.infer<typeof HandoffEntrySchema>;
export type HandoffManifest = z.infer<typeof HandoffManifestSchema>;

/** A hand-off the site must not be built from; the message says which file and what to do. */
export class HandoffError extends Error {
	override name = 'HandoffError';
}

const RERUN = 'запустите проверку заново (npm run build или npm run check -- --handoff ПАПКА)';

/** Describes a file or folder of the hand-off as its manifest entry. */
export function describeEntry(dir: string, name: string, format: HandoffFormat): HandoffEntry {
	const path = join(dir, name);
	if (!name.endsWith('/')) return { name, format, version: FORMATS[format], bytes: statSync(path).size };
	const files = readdirSync(path, { withFileTypes: true }).filter((entry) => entry.isFile());
	const bytes = files.reduce((sum, entry) => sum + statSync(join(path, entry.name)).size, 0);
	return { name, format, version: FORMATS[format], bytes, count: files.length };
}

/** Writes the manifest of `files` into `dir`: the hand-off's last file. */
export function writeManifest(dir: string, dataDir: string, files: readonly HandoffEntry[]): HandoffManifest {
	const manifest: HandoffManifest = { manifest: MANIFEST_VERSION, dataDir: resolve(dataDir), v8: process.versions.v8, files: [...files] };
	writeFileSync(join(dir, MANIFEST_FILE), `${JSON.stringify(manifest, null, '\t')}\n`);
	return manifest;
}

/**
 * The manifest of the hand-off in `dir`, checked against the folder: each file it names is there,
 * of its size and of the version this code reads; a folder holds as many files as it says (their
 * sizes are not summed again: 23,000 link-check shards at 200,000 accounts, in every process).
 * `dataDir`, when given, must be the folder the check read. Throws HandoffError otherwise.
 */
export function readManifest(dir: string, dataDir?: string): HandoffManifest {
	const path = join(dir, MANIFEST_FILE);
	if (!existsSync(path))
		throw new HandoffError(`${path}: нет манифеста передачи данных: проверка не дописала папку ${dir} до конца; ${RERUN}.`);
	let json: unknown;
	try {
		json = JSON.parse(readFileSync(path, 'utf8'));
	} catch (error) {
		throw new HandoffError(`${path}: манифест передачи данных не читается как JSON (${(error as Error).message}); ${RERUN}.`);
	}
	const parsed = HandoffManifestSchema.safeParse(json);
	if (!parsed.success) {
		const issue = parsed.error.issues[0]!;
		throw new HandoffError(
			`${path}: манифест передачи данных другого формата (поле «${issue.path.join('.') || '—'}»: ${issue.message}); ожидалась версия ${MANIFEST_VERSION}; ${RERUN}.`,
		);
	}
	const manifest = parsed.data;
	if (manifest.v8 !== process.versions.v8)
		throw new HandoffError(`${path}: папку записала другая версия Node.js (V8 ${manifest.v8}, здесь ${process.versions.v8}); ${RERUN}.`);
	if (dataDir !== undefined && resolve(dataDir) !== manifest.dataDir)
		throw new HandoffError(
			`${path}: передача данных записана для папки ${manifest.dataDir}, а сайт собирается из ${resolve(dataDir)}; ${RERUN}.`,
		);
	for (const entry of manifest.files) checkEntry(dir, entry);
	return manifest;
}

function checkEntry(dir: string, entry: HandoffEntry): void {
	const path = join(dir, entry.name);
	if (entry.version !== FORMATS[entry.format])
		throw new HandoffError(
			`${path}: формат «${entry.format}» версии ${entry.version}, а эта версия портала читает версию ${FORMATS[entry.format]}; ${RERUN}.`,
		);
	if (!existsSync(path)) throw new HandoffError(`${path}: файла, названного в манифесте передачи данных, нет; ${RERUN}.`);
	if (entry.name.endsWith('/')) {
		const count = readdirSync(path, { withFileTypes: true }).filter((file) => file.isFile()).length;
		if (count !== entry.count)
			throw new HandoffError(`${path}: в папке ${count} файлов, а в манифесте передачи данных — ${entry.count ?? 0}; ${RERUN}.`);
		return;
	}
	const bytes = statSync(path).size;
	if (bytes !== entry.bytes)
		throw new HandoffError(
			`${path}: размер ${bytes} байт, а в манифесте передачи данных — ${entry.bytes}: файл изменён или оборван; ${RERUN}.`,
		);
}

/** The entry of `name`, or a HandoffError naming the manifest: a reader asks only for what it reads. */
export function entryOf(dir: string, manifest: HandoffManifest, name: string): HandoffEntry {
	const entry = manifest.files.find((file) => file.name === name);
	if (!entry) throw new HandoffError(`${join(dir, MANIFEST_FILE)}: в манифесте передачи данных нет файла ${name}; ${RERUN}.`);
	return entry;
}
