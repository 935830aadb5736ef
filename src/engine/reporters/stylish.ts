/** Terminal output, grouped by file (ESLint's «stylish»): position, severity, message, rule id. */
import type { Finding } from '../types.ts';
import { columnNote, count, ERRORS, fails, position, tally, WARNINGS, type ReportInput } from './summary.ts';

export function stylish(input: ReportInput, colour = false): string {
	return [...stylishChunks(input, colour)].join('');
}

/** The report line by line, so a long one is written as it is made (src/cli/check.ts). */
export function* stylishChunks(input: ReportInput, colour = false): Generator<string> {
	const paint = (code: string, text: string) => (colour ? `\u001b[${code}m${text}\u001b[0m` : text);
	let file: string | undefined;
	for (const f of input.findings) {
		if (f.file !== file) {
			if (file !== undefined) yield '\n';
			file = f.file;
			yield `${paint('4', f.file)}\n`;
		}
		yield `${line(f, paint)}\n`;
	}
	const { errors, warnings } = tally(input.findings);
	const scope = `проверено: ${count(input.counts.orgs, ['организация', 'организации', 'организаций'])}, ${count(input.counts.accounts, ['аккаунт', 'аккаунта', 'аккаунтов'])}, ${count(input.counts.rows, ['строка таблиц', 'строки таблиц', 'строк таблиц'])}; дата проверки ${input.today}`;
	if (file !== undefined) yield '\n';
	if (!errors && !warnings) yield `${paint('32', `✔ Всё в порядке (${scope}).`)}\n`;
	else {
		const verdict = fails(input) ? paint('31', '✖') : paint('33', '⚠');
		yield `${verdict} ${count(errors, ERRORS)}, ${count(warnings, WARNINGS)} (${scope}).\n`;
		if (!errors && warnings && !input.strict)
			yield 'Предупреждения не мешают принять изменения; с ключом --strict они считаются ошибками.\n';
	}
}

function line(f: Finding, paint: (code: string, text: string) => string): string {
	const severity = f.severity === 'error' ? paint('31', 'ошибка        ') : paint('33', 'предупреждение');
	return `  ${position(f).padEnd(7)} ${severity}  ${f.message}${columnNote(f)}  ${paint('2', f.ruleId)}`;
}
