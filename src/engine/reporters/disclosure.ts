/**
 * What a published report may show. The json, markdown, github, gitlab and junit outputs end up
 * in merge-request widgets and comments, job summaries and artifacts, which people outside the
 * project may read; only the terminal output (stylish, in the CI job log) is for the project's
 * members. A confidential finding (src/engine/run.ts decides: any finding about a file of the
 * internal folder, and every finding of a confidential rule) may quote a staff contact or a
 * malformed security value, name an account only the internal file knows, or say which page's
 * security is weak. Published outputs therefore never show one: they show how many there are and
 * where to read them (docs/threat-model.md).
 */
import type { Finding } from '../types.ts';
import { count, ERRORS, WARNINGS, type ReportInput } from './summary.ts';

/** Rule id of the one line that stands for the withheld findings (no rule has it). */
export const WITHHELD_RULE = 'internal-data';

export interface Withheld {
	errors: number;
	warnings: number;
}

export interface Disclosure {
	/** The findings a published report may show, in their order. */
	findings: Finding[];
	/** How many were withheld, by severity. */
	withheld: Withheld;
}

/** Splits the findings into those a published report may show and a count of the others. */
export function disclose(findings: readonly Finding[]): Disclosure {
	const shown: Finding[] = [];
	const withheld: Withheld = { errors: 0, warnings: 0 };
	for (const f of findings) {
		if (!f.confidential) shown.push(f);
		else if (f.severity === 'error') withheld.errors++;
		else withheld.warnings++;
	}
	return { findings: shown, withheld };
}

/** The Russian line a published report shows in place of the withheld findings. */
export function withheldNotice({ errors, warnings }: Withheld): string {
	return `Во внутренних данных (контакты сотрудников, отметки о безопасности страниц) ${count(errors, ERRORS)} и ${count(warnings, WARNINGS)}. Здесь они не показываются: подробности — в выводе npm run check (формат stylish) в журнале задания CI, закрытом от посторонних, или при проверке на своём компьютере.`;
}

/**
 * The report input a published format renders: the findings it may show, preceded (so that no
 * limit on the list cuts it off) by one finding that only counts the others. That finding points
 * at the internal folder, not a file, and carries the counts it stands for (`withheld`), so the
 * totals and the verdict stay those of the whole check (summary.ts, tally).
 */
export function published(input: ReportInput): ReportInput {
	const { findings, withheld } = disclose(input.findings);
	if (!withheld.errors && !withheld.warnings) return findings.length === input.findings.length ? input : { ...input, findings };
	const notice: Finding = {
		ruleId: WITHHELD_RULE,
		severity: withheld.errors ? 'error' : 'warn',
		file: input.internalDir || 'internal',
		messageId: 'withheld',
		data: { errors: withheld.errors, warnings: withheld.warnings },
		message: withheldNotice(withheld),
		withheld,
	};
	return { ...input, findings: [notice, ...findings] };
}
