/** Terminal output, grouped by file (ESLint's «stylish»): position, severity, message, rule id. */
import type { Finding } from '../types.ts';
import { count, ERRORS, fails, position, tally, WARNINGS, type ReportInput } from './summary.ts';

export function stylish(input: ReportInput, colour = false): string {
	const paint = (code: string, text: string) => (colour ? `\u001b[${code}m${text}\u001b[0m` : text);
	const out: string[] = [];
	let file: string | undefined;
	for (const f of input.findings) {
		if (f.file !== file) {
			if (file !== undefined) out.push('');
			file = f.file;
			out.push(paint('4', f.file));
		}
		out.push(line(f, paint));
	}
	const { errors, warnings } = tally(input.findings);
	const scope = `проверено: ${count(input.counts.orgs, ['организация', 'организации', 'организаций'])}, ${count(input.counts.accounts, ['аккаунт', 'аккаунта', 'аккаунтов'])}, ${count(input.counts.rows, ['строка таблиц', 'строки таблиц', 'строк таблиц'])}; дата проверки ${input.today}`;
	if (out.length) out.push('');
	if (!errors && !warnings) out.push(paint('32', `✔ Всё в порядке (${scope}).`));
	else {
		const verdict = fails(input) ? paint('31', '✖') : paint('33', '⚠');
		out.push(`${verdict} ${count(errors, ERRORS)}, ${count(warnings, WARNINGS)} (${scope}).`);
		if (!errors && warnings && !input.strict) out.push('Предупреждения не мешают принять изменения; с ключом --strict они считаются ошибками.');
	}
	return `${out.join('\n')}\n`;
}

function line(f: Finding, paint: (code: string, text: string) => string): string {
	const severity = f.severity === 'error' ? paint('31', 'ошибка        ') : paint('33', 'предупреждение');
	const header = f.header ? ` [столбец «${f.header}»]` : '';
	return `  ${position(f).padEnd(7)} ${severity}  ${f.message}${header}  ${paint('2', f.ruleId)}`;
}
