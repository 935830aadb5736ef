/**
 * `npm run import -- FILE... [--data DIR] [--kind K] [--org ID]` — brings spreadsheets exported
 * from Excel into the data tree as canonical CSV, merged into the quarterly files of each
 * organisation. All or nothing: one error in any file and no file is written.
 * Exit codes as for check: 0 — imported, 1 — errors in the data, 2 — bad usage or internal failure.
 */
import { KINDS } from '../import/detect.ts';
import { InputError, resolveInputs } from '../import/inputs.ts';
import { planImport } from '../import/plan.ts';
import { openRegistry } from '../import/registry.ts';
import { errorReport, ROWS, successReport } from '../import/report.ts';
import { PartialWriteError, writeAll } from '../import/write.ts';
import { loadSpreadsheets } from '../import/xlsx.ts';
import { count } from '../engine/reporters/summary.ts';
import type { SeriesKind } from '../loaders/tree.ts';
import { parseCommandLine, runMain, UsageError } from './usage-error.ts';

const USAGE = `Использование: npm run import -- ФАЙЛ... [--data ПАПКА] [--kind ВИД] [--org ОРГАНИЗАЦИЯ]

Переносит таблицы из Excel (книги .xlsx или CSV в UTF-8 или Windows-1251, с «;» или «,»,
с русскими или английскими заголовками) в папку данных в едином формате. Из книги .xlsx
берутся все листы, заголовки которых подходят к одной из таблиц, а если таких нет, —
первый лист. Строки раскладываются по файлам
orgs/<организация>/<stats|plans|replies>/<год>-q<квартал>.csv по аккаунту и дате;
в строке с тем же ключом меняются только столбцы, которые есть в таблице (пустая ячейка
очищает значение), остальные столбцы и строки и порядок строк в файле сохраняются.
Если хотя бы в одном файле есть ошибка, ничего не записывается.

  --data ПАПКА   папка с данными (по умолчанию data или дерево, в котором лежит указанный файл)
  --kind ВИД     stats — статистика, plans — контент-план, replies — журнал ответов
                 (по умолчанию определяется по заголовкам)
  --org ОРГАНИЗАЦИЯ  организация для строк контент-плана, где указана только сеть, без аккаунта

Чтобы привести к единому формату таблицу, которая уже лежит в папке данных, укажите её саму:
  npm run import -- data/orgs/<организация>/stats/2026-q3.csv

Код выхода: 0 — импорт выполнен, 1 — ошибки в данных (ничего не записано), 2 — неверный вызов или внутренняя ошибка.
`;

async function main(): Promise<number> {
	const { values: args, positionals } = parseCommandLine({
		options: {
			data: { type: 'string' },
			kind: { type: 'string' },
			org: { type: 'string' },
			help: { type: 'boolean', short: 'h', default: false },
		},
		allowPositionals: true,
	});
	if (args.help) {
		process.stdout.write(USAGE);
		return 0;
	}
	if (args.kind !== undefined && !(KINDS as readonly string[]).includes(args.kind)) {
		throw new UsageError(`Неизвестный вид таблицы «${args.kind}»: ожидался один из ${KINDS.join(', ')}.`);
	}
	let resolved;
	try {
		resolved = resolveInputs(positionals, args.data);
	} catch (error) {
		if (error instanceof InputError) throw new UsageError(error.message);
		throw error;
	}
	await loadSpreadsheets(resolved.inputs);
	const registry = openRegistry(resolved.dataDir);
	if (args.org !== undefined && !registry.orgs.has(args.org)) {
		throw new UsageError(`Организация «${args.org}» не найдена: нет файла orgs/${args.org}/org.yaml в папке данных.`);
	}

	const started = Date.now();
	const plan = planImport(resolved.inputs, registry, {
		dataDir: resolved.dataDir,
		...(args.kind ? { kind: args.kind as SeriesKind } : {}),
		...(args.org ? { org: args.org } : {}),
		progress: (file, rows) => {
			if (Date.now() - started > 2000) process.stderr.write(`… прочитан ${file}: ${count(rows, ROWS)}\n`);
		},
	});
	if (plan.errors.length > 0) {
		process.stdout.write(
			errorReport(
				plan.errors,
				resolved.inputs.map((input) => input.file),
			),
		);
		return 1;
	}
	const writable = plan.targets.flatMap((t) => (t.text === undefined ? [] : [{ abs: t.abs, file: t.file, text: t.text }]));
	try {
		writeAll(writable);
	} catch (error) {
		if (!(error instanceof PartialWriteError)) throw error;
		process.stderr.write(
			`Не удалось записать файл: ${error.message}\nУже записаны: ${error.written.join(', ') || 'нет'}; не записаны: ${error.pending.join(', ')}.\nЗапустите импорт снова: уже записанные строки будут просто заменены теми же.\n`,
		);
		return 2;
	}
	process.stdout.write(successReport(plan));
	return 0;
}

await runMain(main, USAGE);
