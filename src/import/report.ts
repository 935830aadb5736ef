/** What the import prints: every error where a clerk can find it, or what was written where. */
import { count, ERRORS } from '../engine/reporters/summary.ts';
import { SERIES_TRAITS } from './series.ts';
import type { ImportError } from './read-source.ts';
import type { ImportPlan } from './plan.ts';

export const ROWS = ['строка', 'строки', 'строк'] as const;

/**
 * `FILE:LINE:COL [столбец «Заголовок»] причина` — the header as the file titles it; for a
 * workbook, `FILE [лист «Лист»] строка N, столбец «Заголовок»: причина`, in Excel's own terms.
 */
export function formatError(error: ImportError): string {
	if (error.sheet !== undefined) {
		const column = error.header ? `, столбец «${error.header}»` : '';
		return `${error.file} [лист «${error.sheet}»] строка ${error.line}${column}: ${error.message}`;
	}
	const header = error.header ? ` [столбец «${error.header}»]` : '';
	return `${error.file}:${error.line}:${error.column}${header} ${error.message}`;
}

export function errorReport(errors: readonly ImportError[], fileOrder: readonly string[]): string {
	const order = new Map(fileOrder.map((file, i) => [file, i]));
	const rank = (file: string) => order.get(file) ?? fileOrder.length;
	const sheet = (e: ImportError) => e.sheet ?? '';
	const sorted = [...errors].sort((a, b) => rank(a.file) - rank(b.file) || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || (sheet(a) < sheet(b) ? -1 : sheet(a) > sheet(b) ? 1 : 0) || a.line - b.line || a.column - b.column);
	const lines = sorted.map(formatError);
	lines.push('', `✖ ${count(errors.length, ERRORS)}: ничего не записано. Исправьте файлы и запустите импорт снова.`);
	return `${lines.join('\n')}\n`;
}

export function successReport(plan: ImportPlan): string {
	const out: string[] = ['Прочитано:'];
	for (const { file, kind, rows } of plan.read) out.push(`  ${file} — ${SERIES_TRAITS[kind].title}, ${count(rows, ROWS)}`);
	out.push('', 'Результат:');
	if (plan.targets.length === 0) out.push('  строк для импорта нет');
	let written = 0;
	for (const target of plan.targets) {
		const { added, replaced, kept, removed } = target.counts;
		// A plan's key may stand for several rows (see merge.ts): then say how many old rows went.
		const instead = removed === replaced ? '' : ` (вместо ${count(removed, ROWS)})`;
		const changed = target.text !== undefined;
		if (changed) written++;
		let what: string;
		if (target.inPlace) what = changed ? `приведён к единому формату, ${count(kept, ROWS)}` : 'уже в едином формате, не изменён';
		else if (!target.existed) what = `новый файл, ${count(added, ROWS)}`;
		else what = `добавлено ${added}, заменено ${replaced}${instead}, сохранено ${kept}${changed ? '' : '; содержимое не изменилось'}`;
		out.push(`  ${target.file} — ${what}`);
	}
	out.push('', written === 0 ? '✔ Изменений нет: ничего не записано.' : `✔ Записано файлов: ${written}. Проверьте данные командой npm run check.`);
	return `${out.join('\n')}\n`;
}
