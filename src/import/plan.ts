/**
 * The whole import decided before anything is written: every input read and validated, every
 * quarterly file it touches read too, rows merged by key. Any error anywhere → no targets at all.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeBytes, writeTable } from '../lib/csv/index.ts';
import { SERIES } from '../loaders/period.ts';
import { displayPath, type SeriesKind } from '../loaders/tree.ts';
import { describeSignatures, headerLine, matchingKinds } from './detect.ts';
import { readSource, type ImportError, type Place, type Source, type SourceRow } from './read-source.ts';
import type { Registry } from './registry.ts';
import { checkDuplicates, mergeRows, type Merged, type Seen } from './merge.ts';
import { pickSheets, sheetTable, spreadsheetFormat, type Workbook } from './xlsx.ts';

export interface InputFile {
	/** Absolute path, for reading and writing. */
	abs: string;
	/** As shown to people: relative to the working directory. */
	file: string;
	/** Set when the file lies at its place in the data tree: it is then its own target. */
	place?: Place;
	/** An Excel workbook, read beforehand by loadSpreadsheets (exceljs reads only asynchronously). */
	workbook?: Workbook;
}

export interface Target {
	abs: string;
	file: string;
	existed: boolean;
	/** Named on the command line and nothing else goes into it: only its form changes. */
	inPlace: boolean;
	counts: Merged['counts'];
	/** The canonical text; undefined when the file already holds exactly that. */
	text: string | undefined;
}

export interface ImportPlan {
	errors: ImportError[];
	/** One line per input: what it was read as. */
	read: { file: string; kind: SeriesKind; rows: number }[];
	targets: Target[];
}

export interface PlanOptions {
	dataDir: string;
	kind?: SeriesKind;
	org?: string;
	/** Called after each file is read (for progress on big imports). */
	progress?: (file: string, rows: number) => void;
}

interface Pending {
	place: Place;
	named: boolean;
	/** The file already at the target, read as its own source (named on the command line or not). */
	existing: Source | undefined;
	incoming: SourceRow[];
	columns: Set<string>;
}

export function targetPath(dataDir: string, place: Place): string {
	return join(dataDir, 'orgs', place.org, place.series, `${place.year}-q${place.quarter}.csv`);
}

export function planImport(inputs: readonly InputFile[], registry: Registry, options: PlanOptions): ImportPlan {
	const errors: ImportError[] = [];
	const read: ImportPlan['read'] = [];
	const pending = new Map<string, Pending>();
	const pendingFor = (place: Place) => {
		const abs = targetPath(options.dataDir, place);
		let entry = pending.get(abs);
		if (!entry) pending.set(abs, (entry = { place, named: false, existing: undefined, incoming: [], columns: new Set() }));
		return entry;
	};
	const readOne = (input: InputFile, kind: SeriesKind, bytes: Uint8Array) => {
		const source = readSource(
			{ file: input.file, bytes, kind, ...(input.place ? { place: input.place } : {}), ...(options.org ? { org: options.org } : {}) },
			registry,
			errors,
		);
		options.progress?.(input.file, source.rows.length);
		return source;
	};

	const seen = new Map<string, Seen[]>();
	/** Rows of a file (or a sheet) not at its place: bound for the quarterly files they belong to. */
	const take = (source: Source, kind: SeriesKind) => {
		for (const row of source.rows) {
			const entry = pendingFor(row.place);
			entry.incoming.push(row);
			for (const column of source.columns) entry.columns.add(column);
		}
		checkDuplicates(source.rows, source.file, kind, seen, errors, source.sheet);
	};
	for (const input of inputs) {
		if (input.workbook) {
			for (const { sheet, kind } of pickSheets(input.file, input.workbook, options.kind, errors)) {
				const source = readSource(
					{
						file: input.file,
						sheet: { name: sheet.name, table: sheetTable(sheet, kind) },
						kind,
						...(options.org ? { org: options.org } : {}),
					},
					registry,
					errors,
				);
				const file = `${input.file} [лист «${sheet.name}»]`;
				options.progress?.(file, source.rows.length);
				read.push({ file, kind, rows: source.rows.length });
				take(source, kind);
			}
			continue;
		}
		const bytes = readFileSync(input.abs);
		if (spreadsheetFormat(input.abs, bytes)) throw new Error(`${input.file}: книга Excel не прочитана заранее (loadSpreadsheets)`);
		const kind = input.place?.series ?? options.kind ?? detectKind(input.file, bytes, errors);
		if (kind === undefined) continue;
		if (input.place && options.kind && options.kind !== kind) {
			errors.push({ file: input.file, line: 0, column: 0, message: `файл лежит в папке ${kind}/, а указано --kind ${options.kind}` });
			continue;
		}
		const source = readOne(input, kind, bytes);
		read.push({ file: input.file, kind, rows: source.rows.length });
		if (input.place) {
			const entry = pendingFor(input.place);
			entry.existing = source;
			entry.named = true;
			continue;
		}
		take(source, kind);
	}
	// Quarterly files the rows go to but that were not named: read to merge into.
	for (const [abs, entry] of pending) {
		if (entry.existing || !existsSync(abs)) continue;
		const file = displayPath(abs);
		entry.existing = readOne({ abs, file, place: entry.place }, entry.place.series, readFileSync(abs));
	}
	if (errors.length > 0) return { errors, read, targets: [] };
	const targets = [...pending].map(([abs, entry]) => merge(abs, entry));
	return { errors, read, targets: targets.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)) };
}

function detectKind(file: string, bytes: Uint8Array, errors: ImportError[]): SeriesKind | undefined {
	const header = headerLine(decodeBytes(bytes).text);
	if (!header) {
		errors.push({ file, line: 0, column: 0, message: 'файл пуст: нет строки заголовков' });
		return undefined;
	}
	const kinds = matchingKinds(header.fields);
	if (kinds.length === 1) return kinds[0];
	const found = header.fields
		.filter((f) => f.trim() !== '')
		.map((f) => `«${f.trim()}»`)
		.join(', ');
	const verdict =
		kinds.length === 0 ? 'не удалось понять, какая это таблица' : `заголовки подходят сразу к нескольким таблицам (${kinds.join(', ')})`;
	errors.push({
		file,
		line: header.line,
		column: 1,
		message: `${verdict}: в файле столбцы ${found}. Ожидались: ${describeSignatures()}. Укажите вид таблицы параметром --kind`,
	});
	return undefined;
}

function merge(abs: string, entry: Pending): Target {
	const { place, existing, incoming } = entry;
	const { rows, counts } = mergeRows(existing?.rows ?? [], incoming);
	// Columns of both the file and the inputs, in the schema's order: nothing already recorded is dropped.
	const present = new Set([...(existing?.columns ?? []), ...entry.columns]);
	const columns = Object.keys(SERIES[place.series].columns).filter((name) => present.has(name));
	const text = writeTable(
		columns,
		rows.map((row) => row.values),
	);
	const existed = existsSync(abs);
	const unchanged = existed && Buffer.from(text).equals(readFileSync(abs));
	return {
		abs,
		file: displayPath(abs),
		existed,
		inPlace: entry.named && incoming.length === 0,
		counts,
		text: unchanged ? undefined : text,
	};
}
