/**
 * A summary fit for a merge-request comment: the verdict, a table of findings by rule, then the
 * first findings with their places. Internal findings are only counted (comments may be public: disclosure.ts).
 */
import { columnNote, count, ERRORS, fails, position, REDACTED, tally, WARNINGS, type ReportInput } from './summary.ts';
import { published } from './disclosure.ts';

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** Short by design (the first `limit` findings): one chunk. */
export function* markdownChunks(input: ReportInput, limit = 50): Generator<string> {
	yield markdown(input, limit);
}

export function markdown(all: ReportInput, limit = 50): string {
	const input = published(all);
	const { errors, warnings } = tally(input.findings);
	const out = [
		`## Проверка данных реестра: ${fails(input) ? '❌ есть ошибки' : errors + warnings ? '⚠️ принято с предупреждениями' : '✅ всё в порядке'}`,
		'',
	];
	out.push(
		`${count(errors, ERRORS)}, ${count(warnings, WARNINGS)}. Проверено: ${input.counts.orgs} орг., ${input.counts.accounts} акк., ${input.counts.rows} строк таблиц; дата проверки ${input.today}.`,
		'',
	);
	if (!input.findings.length) return `${out.join('\n')}\n`;
	const byRule = new Map<string, { errors: number; warnings: number }>();
	for (const f of input.findings) {
		const t = byRule.get(f.ruleId) ?? { errors: 0, warnings: 0 };
		const n = tally([f]);
		t.errors += n.errors;
		t.warnings += n.warnings;
		byRule.set(f.ruleId, t);
	}
	out.push('| Правило | Ошибок | Предупреждений |', '|---|---:|---:|');
	for (const [rule, t] of [...byRule].sort()) out.push(`| \`${rule}\` | ${t.errors} | ${t.warnings} |`);
	out.push('', '| | Где | Что не так |', '|---|---|---|');
	for (const f of input.findings.slice(0, limit)) {
		const where = `\`${f.file}${position(f) ? `:${position(f)}` : ''}\``;
		out.push(`| ${f.severity === 'error' ? '❌' : '⚠️'} | ${where} | ${cell(f.confidential ? REDACTED : f.message + columnNote(f))} |`);
	}
	if (input.findings.length > limit) out.push('', `…и ещё ${input.findings.length - limit}: полный список — в журнале проверки.`);
	return `${out.join('\n')}\n`;
}
