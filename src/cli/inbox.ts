/**
 * `npm run inbox [-- --data DIR] [--commit] [--summary FILE]` — imports every spreadsheet staff
 * uploaded into `<data>/inbox/` through the Git host's web interface, with the contract of
 * `npm run import`: all or nothing, every error located by file, row and column header. On
 * success the canonical CSV is written, the imported spreadsheets are removed, and with --commit
 * both are committed in one commit (the merge-request pipeline then pushes it to the branch). On
 * any error nothing is written, nothing is removed, nothing is committed.
 * --summary writes the result as Markdown for the merge request, in either case.
 * Exit codes: 0 — imported (or nothing to import), 1 — errors in the data, 2 — bad usage or failure.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { resolveInputs } from '../import/inputs.ts';
import { planImport } from '../import/plan.ts';
import type { ImportError } from '../import/read-source.ts';
import { openRegistry } from '../import/registry.ts';
import { errorReport, markdownReport, successReport, type NextSteps } from '../import/report.ts';
import { PartialWriteError, writeAll } from '../import/write.ts';
import { loadSpreadsheets } from '../import/xlsx.ts';
import { displayPath, INBOX } from '../loaders/tree.ts';
import { parseCommandLine, runMain, UsageError } from './usage-error.ts';

const USAGE = `Использование: npm run inbox [-- --data ПАПКА] [--commit] [--summary ФАЙЛ]

Переносит в данные все таблицы (книги .xlsx и CSV из Excel), загруженные в папку
<данные>/${INBOX}/, — так же, как npm run import: если хотя бы в одной таблице есть ошибка,
ничего не записывается и не удаляется. После успешного импорта таблицы удаляются из папки.

  --data ПАПКА     папка с данными (по умолчанию data)
  --commit         записать результат (новые строки и удалённые таблицы) одним коммитом Git
  --summary ФАЙЛ   записать итог в формате Markdown (для запроса на слияние)

Код выхода: 0 — импорт выполнен или импортировать нечего, 1 — ошибки в таблицах (ничего не изменено), 2 — неверный вызов или сбой.
`;

const TITLE = `Импорт таблиц из папки ${INBOX}/`;
/** Files in the inbox that explain it rather than wait to be imported. */
const KEPT = /^(README\.md|\.gitkeep)$/i;
/** Who commits when the repository names no one (a CI job's fresh clone). */
const BOT = { name: 'registry-inbox', email: 'registry-inbox@localhost' };
/** Marks the inbox job's own commits, so that a pipeline started by one does not import again. */
export const COMMIT_TRAILER = 'Imported-by: npm run inbox';

/** The job log is read by the clerk who uploaded the spreadsheets: no commands in what to do next. */
const CLERK_STEPS: NextSteps = {
	fix: 'Исправьте таблицы в Excel и загрузите их снова в ту же папку, с тем же именем файла: импорт запустится сам.',
	check: 'Проверка данных запустится в запросе на слияние сама.',
};

function git(args: readonly string[], cwd: string): { ok: boolean; out: string; err: string } {
	const result = spawnSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } });
	return { ok: result.status === 0, out: (result.stdout ?? '').trim(), err: (result.stderr ?? '').trim() || (result.error?.message ?? '') };
}

async function main(): Promise<number> {
	const { values: args } = parseCommandLine({
		options: {
			data: { type: 'string', default: 'data' },
			commit: { type: 'boolean', default: false },
			summary: { type: 'string' },
			help: { type: 'boolean', short: 'h', default: false },
		},
		allowPositionals: false,
	});
	if (args.help) {
		process.stdout.write(USAGE);
		return 0;
	}
	const dataDir = resolve(args.data);
	if (!existsSync(join(dataDir, 'site.yaml'))) throw new UsageError(`Папка с данными «${args.data}» не найдена: в ней нет site.yaml.`);
	const inboxDir = join(dataDir, INBOX);
	const shownInbox = displayPath(inboxDir) || '.';
	const summary = (text: string) => {
		if (args.summary !== undefined) writeFileSync(args.summary, text);
	};

	const errors: ImportError[] = [];
	const files: string[] = [];
	for (const name of existsSync(inboxDir) ? readdirSync(inboxDir).sort() : []) {
		if (name.startsWith('.') || KEPT.test(name)) continue;
		const abs = join(inboxDir, name);
		// The web interface uploads files, one folder: a folder here was made by hand and would be missed.
		if (statSync(abs).isDirectory())
			errors.push({
				file: displayPath(abs),
				line: 0,
				column: 0,
				message: `папка внутри ${INBOX}/ не читается: положите таблицы прямо в ${shownInbox}/`,
			});
		else files.push(abs);
	}
	if (files.length === 0 && errors.length === 0) {
		process.stdout.write(`В папке ${shownInbox}/ нет таблиц: импортировать нечего.\n`);
		return 0;
	}

	let top: string | undefined;
	if (args.commit) {
		const root = git(['rev-parse', '--show-toplevel'], dataDir);
		if (!root.ok) throw new UsageError(`--commit: папка ${displayPath(dataDir) || '.'} не в репозитории Git (${root.err}).`);
		top = root.out;
		// The commit must hold the import and nothing else a run happened to find lying around.
		const dirty = git(['status', '--porcelain', '--untracked-files=no'], top);
		if (!dirty.ok || dirty.out !== '')
			throw new UsageError('--commit: в рабочей копии есть незакоммиченные изменения; закоммитьте или отмените их и запустите снова.');
	}

	const { inputs } = resolveInputs(files, dataDir);
	await loadSpreadsheets(inputs);
	const plan = planImport(inputs, openRegistry(dataDir), { dataDir });
	errors.push(...plan.errors);
	const fileOrder = inputs.map((input) => input.file);
	if (errors.length > 0) {
		process.stdout.write(errorReport(errors, fileOrder, CLERK_STEPS));
		summary(markdownReport(TITLE, { errors, fileOrder }));
		return 1;
	}

	const writable = plan.targets.flatMap((t) => (t.text === undefined ? [] : [{ abs: t.abs, file: t.file, text: t.text }]));
	try {
		writeAll(writable);
	} catch (error) {
		if (!(error instanceof PartialWriteError)) throw error;
		process.stderr.write(
			`Не удалось записать файл: ${error.message}\nУже записаны: ${error.written.join(', ') || 'нет'}; не записаны: ${error.pending.join(', ')}.\nТаблицы оставлены в папке ${shownInbox}/: запустите задание снова.\n`,
		);
		return 2;
	}
	// Only once every row is on disk: a spreadsheet removed earlier could be lost with its rows.
	for (const input of inputs) rmSync(input.abs);
	const removed = inputs.map((input) => input.file);
	const names = removed.map((file) => file.slice(file.lastIndexOf('/') + 1));
	let report = successReport(plan, CLERK_STEPS);
	report += `\nУдалены из папки ${shownInbox}/: ${names.join(', ')}.\n`;

	if (top !== undefined) {
		const paths = [inboxDir, ...plan.targets.map((t) => t.abs)];
		const identity = git(['config', 'user.email'], top).ok ? [] : ['-c', `user.name=${BOT.name}`, '-c', `user.email=${BOT.email}`];
		const add = git(['add', '-A', '--', ...paths], top);
		const commit = add.ok
			? git(
					[...identity, 'commit', '--quiet', '-m', `Импорт таблиц из ${INBOX}/: ${names.join(', ')}`, '-m', COMMIT_TRAILER, '--', ...paths],
					top,
				)
			: add;
		if (!commit.ok) {
			process.stdout.write(report);
			process.stderr.write(`Таблицы импортированы, но коммит не создан: ${commit.err}\n`);
			return 2;
		}
		const head = git(['rev-parse', '--short', 'HEAD'], top);
		report += `Коммит ${head.out}: импорт записан.\n`;
	}
	process.stdout.write(report);
	summary(markdownReport(TITLE, { plan, removed }));
	return 0;
}

await runMain(main, USAGE);
