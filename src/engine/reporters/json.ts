/**
 * Machine-readable result; the site reads it to show compliance per body, so confidential
 * (security) findings are left out and only counted.
 */
import { fails, tally, type ReportInput } from './summary.ts';

export function json(input: ReportInput): string {
	const published = input.findings.filter((f) => !f.confidential);
	const { errors, warnings } = tally(input.findings);
	return `${JSON.stringify(
		{
			ok: !fails(input),
			today: input.today,
			counts: input.counts,
			errorCount: errors,
			warningCount: warnings,
			confidentialCount: input.findings.length - published.length,
			findings: published.map(({ confidential: _c, ...f }) => f),
		},
		null,
		2,
	)}\n`;
}
