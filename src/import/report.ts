/** What the import prints: every error where a clerk can find it, or what was written where. */
import { count, ERRORS } from '../engine/reporters/summary.ts';
import { SERIES_TRAITS } from './series.ts';
import type { ImportError } from './read-source.ts';
import type { ImportPlan, Target } from './plan.ts';

export const ROWS = ['строка', 'строки', 'строк'] as const;

/**
 * Where an error is, as the clerk finds it in Excel: the file (and sheet), the row number and the
 * column's header. A CSV export is opened in Excel too, where a character column means nothing,
 * so it is located the same way as a workbook's sheet. (A row is counted by its first line: a
 * cell with a line break in it, rare in these tables, makes Excel's numbers run behind.)
 */
export function locate(error: ImportError): { file: string; row: string; column: string | undefined; message: string } {
	const sheet = error.sheet !== undefined ? ` [лист «${error.sheet}»]` : '';
	return {
		file: `${error.file}${sheet}`,
		row: error.line > 0 ? `строка ${error.line}` : '',
		column: error.header ? `столбец «${error.header}»` : undefined,
		message: error.message,
	};
}

/** `FILE [лист «Лист»] строка N, столбец «Заголовок»: причина` — one line, in Excel's own terms. */
export function formatError(error: ImportError): string {
	const { file, row, column, message } = locate(error);
	return `${[file, row].filter(Boolean).join(' ')}${column ? `, ${column}` : ''}: ${message}`;
}

/** Errors by file (in the order named), sheet, row and column: how the clerk reads the file. */
export function sortErrors(errors: readonly ImportError[], fileOrder: readonly string[]): ImportError[] {
	const order = new Map(fileOrder.map((file, i) => [file, i]));
	const rank = (file: string) => order.get(file) ?? fileOrder.length;
	const sheet = (e: ImportError) => e.sheet ?? '';
	return [...errors].sort(
		(a, b) =>
			rank(a.file) - rank(b.file) ||
			(a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
			(sheet(a) < sheet(b) ? -1 : sheet(a) > sheet(b) ? 1 : 0) ||
			a.line - b.line ||
			a.column - b.column,
	);
}

/** Sorted errors in runs of one row of one file (or sheet): a clerk fixes a row in one go. */
function byRow(errors: readonly ImportError[], fileOrder: readonly string[]): { file: string; row: string; errors: ImportError[] }[] {
	const groups: { file: string; row: string; errors: ImportError[] }[] = [];
	for (const error of sortErrors(errors, fileOrder)) {
		const { file, row } = locate(error);
		const last = groups.at(-1);
		if (last && last.file === file && last.row === row) last.errors.push(error);
		else groups.push({ file, row, errors: [error] });
	}
	return groups;
}

/**
 * Every error, grouped under its file and row:
 *   FILE строка 2:
 *     столбец «Неделя с»: неделя начинается в понедельник: 28.09.2026
 */
/**
 * What the reader does next, in their own terms: the terminal's user runs a command, the clerk who
 * uploaded a spreadsheet through the Git host's web interface (npm run inbox in a pipeline) does not.
 */
export interface NextSteps {
	/** After errors: «Исправьте файлы и запустите импорт снова.» */
	fix: string;
	/** After a write: «Проверьте данные командой npm run check.» */
	check: string;
}

export const TERMINAL_STEPS: NextSteps = {
	fix: 'Исправьте файлы и запустите импорт снова.',
	check: 'Проверьте данные командой npm run check.',
};

export function errorReport(errors: readonly ImportError[], fileOrder: readonly string[], next: NextSteps = TERMINAL_STEPS): string {
	const lines: string[] = [];
	for (const group of byRow(errors, fileOrder)) {
		// A file as a whole (not read, not a table): nothing to group, one line each.
		if (group.row === '') {
			lines.push(...group.errors.map(formatError));
			continue;
		}
		lines.push(`${group.file} ${group.row}:`);
		for (const error of group.errors) {
			const { column, message } = locate(error);
			lines.push(`  ${column ? `${column}: ` : ''}${message}`);
		}
	}
	lines.push('', `✖ ${count(errors.length, ERRORS)}: ничего не записано. ${next.fix}`);
	return `${lines.join('\n')}\n`;
}

/** What became of one quarterly file. */
export function describeTarget(target: Target): string {
	const { added, replaced, kept, removed } = target.counts;
	// A plan's key may stand for several rows (see merge.ts): then say how many old rows went.
	const instead = removed === replaced ? '' : ` (вместо ${count(removed, ROWS)})`;
	const changed = target.text !== undefined;
	if (target.inPlace) return changed ? `приведён к единому формату, ${count(kept, ROWS)}` : 'уже в едином формате, не изменён';
	if (!target.existed) return `новый файл, ${count(added, ROWS)}`;
	return `добавлено ${added}, заменено ${replaced}${instead}, сохранено ${kept}${changed ? '' : '; содержимое не изменилось'}`;
}

export function successReport(plan: ImportPlan, next: NextSteps = TERMINAL_STEPS): string {
	const out: string[] = ['Прочитано:'];
	for (const { file, kind, rows } of plan.read) out.push(`  ${file} — ${SERIES_TRAITS[kind].title}, ${count(rows, ROWS)}`);
	out.push('', 'Результат:');
	if (plan.targets.length === 0) out.push('  строк для импорта нет');
	let written = 0;
	for (const target of plan.targets) {
		if (target.text !== undefined) written++;
		out.push(`  ${target.file} — ${describeTarget(target)}`);
	}
	out.push('', written === 0 ? '✔ Изменений нет: ничего не записано.' : `✔ Записано файлов: ${written}. ${next.check}`);
	return `${out.join('\n')}\n`;
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/**
 * The import's result for a merge-request summary, in the style of `npm run check --format
 * markdown`: the verdict, then every error with its place (a clerk fixes them all in one go, so
 * none is left out), or what was written where.
 */
export function markdownReport(
	title: string,
	result: { errors: readonly ImportError[]; fileOrder: readonly string[] } | { plan: ImportPlan; removed: readonly string[] },
): string {
	if ('errors' in result) {
		const out = [
			`## ${title}: ❌ есть ошибки`,
			'',
			`${count(result.errors.length, ERRORS)}: ничего не записано, таблицы остались во входящей папке. Исправьте их в Excel и загрузите снова (с тем же именем файла).`,
			'',
		];
		// One table per file (or sheet); a row's number only at its first error, so the errors of
		// one row read as one block.
		let file: string | undefined;
		for (const group of byRow(result.errors, result.fileOrder)) {
			if (group.file !== file) {
				if (file !== undefined) out.push('');
				file = group.file;
				out.push(`**${cell(file)}**`, '', '| Строка | Столбец | Что не так |', '|---|---|---|');
			}
			group.errors.forEach((error, i) => {
				// The table's head says «Строка» and «Столбец»: the cells hold the number and the header.
				const row = i === 0 && error.line > 0 ? String(error.line) : '';
				out.push(`| ${row} | ${error.header ? cell(`«${error.header}»`) : ''} | ❌ ${cell(error.message)} |`);
			});
		}
		return `${out.join('\n')}\n`;
	}
	const out = [`## ${title}: ✅ импортировано`, '', '| Таблица | Что прочитано |', '|---|---|'];
	for (const { file, kind, rows } of result.plan.read)
		out.push(`| \`${cell(file)}\` | ${SERIES_TRAITS[kind].title}, ${count(rows, ROWS)} |`);
	out.push('', '| Файл данных | Что изменилось |', '|---|---|');
	for (const target of result.plan.targets) out.push(`| \`${cell(target.file)}\` | ${describeTarget(target)} |`);
	if (result.removed.length > 0) out.push('', `Удалены из входящей папки: ${result.removed.map((f) => `\`${cell(f)}\``).join(', ')}.`);
	return `${out.join('\n')}\n`;
}
