/**
 * Earlier versions of the open-data sets, kept in the data tree: `<data>/opendata-versions/<set
 * identifier>/data-<date>-structure-<date>.csv` (with its `-excel.csv` copy) and
 * `structure-<date>.csv`. The build publishes them beside the current version and lists them in the
 * set's passport, so an address published once keeps working (v3.0: earlier versions stay
 * published). They live in the repository, not only in the last dist/: CI builds in a fresh
 * checkout, where no earlier site exists, and the published site is not reachable from an offline
 * build; in git the archive is reviewed like any data and cannot silently disappear.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const VERSIONS_FOLDER = 'opendata-versions';

const DATA_NAME = /^data-(\d{8})-structure-(\d{8})(?:-excel)?\.csv$/;
const STRUCTURE_NAME = /^structure-(\d{8})\.csv$/;
const SET_NAME = /^[\w-]+$/;

export class VersionsError extends Error {}

export interface CarriedFile {
	/** Path inside /opendata/: `<set>/<name>`. */
	path: string;
	abs: string;
}

export interface CarriedVersions {
	/** Set identifier → file names carried. */
	sets: Map<string, string[]>;
	files: CarriedFile[];
}

/**
 * The carried files of `dataDir`, checked: only version and structure files, each data version no
 * older than the structure it cites, which must be carried too or be the set's current structure
 * (`currentStructure`: set identifier → file name). Whether a version is older than the current
 * one is checked against the passport (src/queries/opendata.ts).
 */
export function readVersions(dataDir: string, currentStructure: ReadonlyMap<string, string>): CarriedVersions {
	const root = join(dataDir, VERSIONS_FOLDER);
	const sets = new Map<string, string[]>();
	const files: CarriedFile[] = [];
	if (!existsSync(root)) return { sets, files };
	const shown = (...parts: string[]) => join(dataDir, VERSIONS_FOLDER, ...parts);
	for (const set of readdirSync(root).sort()) {
		if (set.startsWith('.')) continue;
		if (!SET_NAME.test(set) || !statSync(join(root, set)).isDirectory()) {
			throw new VersionsError(
				`${shown(set)}: в папке ${VERSIONS_FOLDER}/ ожидаются только папки наборов, названные по идентификатору набора (например 7701234560-socialmediaaccounts).`,
			);
		}
		if (!currentStructure.has(set)) {
			throw new VersionsError(
				`${shown(set)}: набора с идентификатором «${set}» нет среди публикуемых (${[...currentStructure.keys()].join(', ')}): переименуйте папку по идентификатору набора или удалите её.`,
			);
		}
		const names = readdirSync(join(root, set))
			.filter((name) => !name.startsWith('.'))
			.sort();
		for (const name of names) {
			const data = DATA_NAME.exec(name);
			if (!data && !STRUCTURE_NAME.test(name)) {
				throw new VersionsError(
					`${shown(set, name)}: ожидаются только файлы data-ГГГГММДД-structure-ГГГГММДД.csv (и их копии …-excel.csv) и structure-ГГГГММДД.csv: переименуйте или удалите файл.`,
				);
			}
			if (!statSync(join(root, set, name)).isFile()) throw new VersionsError(`${shown(set, name)}: ожидался файл, а не папка.`);
			if (data) {
				const [, version, structure] = data;
				if (version! < structure!) {
					throw new VersionsError(
						`${shown(set, name)}: версия данных ${version} раньше своей структуры ${structure}; версия не может предшествовать структуре, по которой выгружена: переименуйте файл, указав дату не раньше ${structure}.`,
					);
				}
				const structureFile = `structure-${structure}.csv`;
				if (!names.includes(structureFile) && currentStructure.get(set) !== structureFile) {
					throw new VersionsError(
						`${shown(set, name)}: нет файла структуры ${structureFile}, на которую ссылается версия: положите его в ту же папку.`,
					);
				}
			}
		}
		sets.set(set, names);
		for (const name of names) files.push({ path: `${set}/${name}`, abs: join(root, set, name) });
	}
	return { sets, files };
}
