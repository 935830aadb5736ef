/**
 * `node src/cli/write-opendata.ts --data ПАПКА --handoff ПАПКА --site ПАПКА` — a step of `npm run
 * build`: writes the open-data files (/opendata/: the registry as CSV and JSON with its schema and
 * passport, the quarterly statistics as CSV) into the site folder, from the check's hand-off, in a
 * process of its own. The build runs it while Pagefind writes its index on one core, and its Astro
 * processes render every other page (src/lib/shard.ts, rendersOpenData). At 200,000 accounts these
 * files are 870 MB: built inside Astro, each one put up to 0.9 GB on top of a rendering process for
 * a few seconds, and those peaks kept the processes' V8 settings at the slow end (the build
 * budget, docs/benchmarks.md).
 *
 * The bytes are those Astro writes from the same routes in a plain `astro build` (src/pages/opendata/):
 * the same functions build them, and tests/site/scale.test.ts compares the two builds file by file.
 */
import { closeSync, existsSync, mkdirSync, openSync, statSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { handedRecords } from '../handoff/period-records.ts';
import { HandoffError } from '../handoff/manifest.ts';
import { formatCount, formatNumber, formatSeconds, NBSP } from '../lib/ru-format.ts';
import { statsCsvHeader } from '../lib/opendata/index.ts';
import { VersionsError } from '../loaders/opendata-versions.ts';
import { openDataFile, openDataFileNames, statsSetFiles } from '../queries/opendata.ts';
import { excelChunks, handedQuarterFiles } from '../queries/stats.ts';

const UTF8 = new TextEncoder();
import { parseCommandLine, runMain, UsageError } from './usage-error.ts';
import { setBuildEnv } from '../lib/build-env.ts';

const USAGE = `Использование: node src/cli/write-opendata.ts --data ПАПКА --handoff ПАПКА --site ПАПКА

Шаг команды npm run build: записывает файлы открытых данных (реестр в CSV и JSON, схему, паспорт,
квартальную статистику) в папку opendata/ собранного сайта по данным, которые передала проверка.

  --data ПАПКА     папка с данными
  --handoff ПАПКА  папка, куда проверка (npm run check -- --handoff) записала прочитанное
  --site ПАПКА     папка собранного сайта

Код выхода: 0 — файлы записаны, 2 — неверный вызов или сбой.
`;

/** Writes `chunks` to `path` one after another, without joining them into one more copy. */
function writeChunks(path: string, chunks: Iterable<Uint8Array>): number {
	const fd = openSync(path, 'w');
	let size = 0;
	try {
		for (const chunk of chunks) {
			for (let at = 0; at < chunk.length;) at += writeSync(fd, chunk, at);
			size += chunk.length;
		}
	} finally {
		closeSync(fd);
	}
	return size;
}

async function main(): Promise<number> {
	const args = parseCommandLine({
		options: {
			data: { type: 'string' },
			handoff: { type: 'string' },
			site: { type: 'string' },
			help: { type: 'boolean', short: 'h', default: false },
		},
	}).values;
	if (args.help) {
		process.stdout.write(USAGE);
		return 0;
	}
	for (const [option, folder] of [
		['--data', args.data],
		['--handoff', args.handoff],
		['--site', args.site],
	] as const) {
		if (folder === undefined) throw new UsageError(`Не указан параметр ${option}.`);
		if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new UsageError(`${option}: папка «${folder}» не найдена.`);
	}
	const started = Date.now();
	// The queries read both folders from the environment, as in the Astro processes (src/cli/build.ts).
	setBuildEnv({ data: args.data, handoff: args.handoff });
	// Read first, so a hand-off the check did not finish fails before any file is written.
	let quarters: ReturnType<typeof handedQuarterFiles>;
	try {
		quarters = handedQuarterFiles(args.handoff!);
	} catch (error) {
		if (!(error instanceof HandoffError)) throw error;
		process.stderr.write(`Открытые данные не записаны: ${error.message}\n`);
		return 2;
	}
	// The carried versions are checked here too, before any file is written.
	let names: string[];
	try {
		names = openDataFileNames();
	} catch (error) {
		if (!(error instanceof VersionsError)) throw error;
		process.stderr.write(`Открытые данные не записаны: ${error.message}\n`);
		return 2;
	}
	const folder = join(args.site!, 'opendata');
	mkdirSync(folder, { recursive: true });

	let files = 0;
	let bytes = 0;
	const write = (name: string, chunks: Iterable<Uint8Array>) => {
		const path = join(folder, name);
		mkdirSync(dirname(path), { recursive: true });
		bytes += writeChunks(path, chunks);
		files++;
	};
	for (const name of names) write(name, [openDataFile(name)]);
	const records = handedRecords(args.handoff!);
	try {
		const quarterChunks = ({ header, rows }: (typeof quarters)[number]) =>
			(function* () {
				yield header;
				for (const row of rows) yield records.read<Uint8Array>(row);
			})();
		for (const quarter of quarters) write(quarter.file.file, quarterChunks(quarter));
		// The statistics set: one header, then every quarter oldest first (src/queries/stats.ts, statsSetCsv).
		const setChunks = function* () {
			const [first, ...rest] = [...quarters].reverse();
			if (!first) return;
			yield* quarterChunks(first);
			for (const quarter of rest) for (const row of quarter.rows) yield records.read<Uint8Array>(row);
		};
		for (const [name, excel] of statsSetFiles()) {
			const header = [UTF8.encode(statsCsvHeader())];
			const chunks = quarters.length ? setChunks() : header;
			write(name, excel ? excelChunks(chunks) : chunks);
		}
	} finally {
		records.close();
	}
	const megabytes = formatNumber(Math.round(bytes / 1e5) / 10);
	process.stderr.write(
		`Открытые данные: ${formatCount(files, 'файл|файла|файлов')}, ${megabytes}${NBSP}МБ за ${formatSeconds(Date.now() - started)}\n`,
	);
	return 0;
}

if (import.meta.main) await runMain(main, USAGE);
