/** What the import prints: every error where a clerk can find it, or what was written where. */
import { count, ERRORS } from '../engine/reporters/summary.ts';
import { SERIES_TRAITS } from './series.ts';
import type { ImportError } from './read-source.ts';
import type { ImportPlan, Target } from './plan.ts';

export const ROWS = ['строка', 'строки', 'строк'] as const;

/** Where an error is, in the file's own terms, and what is wrong: formatError's two halves. */
export function locate(error: ImportError): { where: string; message: string } {
	if (error.sheet !== undefined) {
		const column = error.header ? `, столбец «${error.header}»` : '';
		return { where: `${error.file} [лист «${error.sheet}»] строка ${error.line}${column}`, message: error.message };
	}
	const header = error.header ? ` [столбец «${error.header}»]` : '';
	return { where: `${error.file}:${error.line}:${error.column}${header}`, message: error.message };
}

/**
 * `FILE:LINE:COL [столбец «Заголовок»] причина` — the header as the file titles it; for a
 * workbook, `FILE [лист «Лист»] строка N, столбец «Заголовок»: причина`, in Excel's own terms.
 */
export function formatError(error: ImportError): string {
	const { where, message } = locate(error);
	return error.sheet !== undefined ? `${where}: ${message}` : `${where} ${message}`;
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

export function errorReport(errors: readonly ImportError[], fileOrder: readonly string[]): string {
	const lines = sortErrors(errors, fileOrder).map(formatError);
	lines.push('', `✖ ${count(errors.length, ERRORS)}: ничего не записано. Исправьте файлы и запустите импорт снова.`);
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

export function successReport(plan: ImportPlan): string {
	const out: string[] = ['Прочитано:'];
	for (const { file, kind, rows } of plan.read) out.push(`  ${file} — ${SERIES_TRAITS[kind].title}, ${count(rows, ROWS)}`);
	out.push('', 'Результат:');
	if (plan.targets.length === 0) out.push('  строк для импорта нет');
	let written = 0;
	for (const target of plan.targets) {
		if (target.text !== undefined) written++;
		out.push(`  ${target.file} — ${describeTarget(target)}`);
	}
	out.push(
		'',
		written === 0 ? '✔ Изменений нет: ничего не записано.' : `✔ Записано файлов: ${written}. Проверьте данные командой npm run check.`,
	);
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
		out.push('| | Где | Что не так |', '|---|---|---|');
		for (const error of sortErrors(result.errors, result.fileOrder)) {
			const { where, message } = locate(error);
			out.push(`| ❌ | \`${cell(where).replaceAll('`', "'")}\` | ${cell(message)} |`);
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
