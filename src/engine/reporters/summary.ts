/** What the reporters share: counting with Russian plurals, a finding's place and its column. */
import { spreadsheetTitle } from '../../schemas/column-titles.ts';
import type { Finding } from '../types.ts';

const plural = new Intl.PluralRules('ru');

/** plural(3, ['ошибка', 'ошибки', 'ошибок']) → «3 ошибки». */
export function count(n: number, [one, few, many]: readonly [string, string, string]): string {
	const form = plural.select(n);
	return `${n} ${form === 'one' ? one : form === 'few' ? few : many}`;
}

export const ERRORS = ['ошибка', 'ошибки', 'ошибок'] as const;
export const WARNINGS = ['предупреждение', 'предупреждения', 'предупреждений'] as const;

export interface ReportInput {
	findings: readonly Finding[];
	counts: { files: number; orgs: number; accounts: number; rows: number };
	today: string;
	strict: boolean;
	/** The internal folder as findings show it (RunResult.internalDir). */
	internalDir?: string;
}

/** Errors and warnings; the line standing for withheld findings counts as those (disclosure.ts). */
export function tally(findings: readonly Finding[]): { errors: number; warnings: number } {
	let errors = 0;
	let warnings = 0;
	for (const f of findings) {
		if (f.withheld) {
			errors += f.withheld.errors;
			warnings += f.withheld.warnings;
		} else if (f.severity === 'error') errors++;
		else warnings++;
	}
	return { errors, warnings };
}

/** Does the run fail? Errors always; warnings too with --strict. */
export function fails(input: Pick<ReportInput, 'findings' | 'strict'>): boolean {
	const { errors, warnings } = tally(input.findings);
	return errors > 0 || (input.strict && warnings > 0);
}

/** Security findings are kept out of anything that may be published (disclosure.ts). */
export const REDACTED = 'Замечание по безопасности страницы: подробности — только в журнале проверки (CI).';

export function position(f: Finding): string {
	return f.line === undefined ? '' : f.column === undefined ? `${f.line}` : `${f.line}:${f.column}`;
}

/**
 * The column a finding is about, as the file titles it and, for a committed file's canonical name,
 * as the clerk's spreadsheet does: « [столбец «posts»; в таблице Excel — «Публикаций»]».
 */
export function columnNote(f: Finding): string {
	if (!f.header) return '';
	const title = spreadsheetTitle(f.header);
	return title ? ` [столбец «${f.header}»; в таблице Excel — «${title}»]` : ` [столбец «${f.header}»]`;
}
