/**
 * Machine-readable result, which may be published: confidential findings (internal data,
 * security) are left out and only counted, with where to read them (disclosure.ts).
 */
import { disclose, withheldNotice } from './disclosure.ts';
import { fails, tally, type ReportInput } from './summary.ts';

export function json(input: ReportInput): string {
	const { findings: published, withheld } = disclose(input.findings);
	const { errors, warnings } = tally(input.findings);
	return `${JSON.stringify(
		{
			ok: !fails(input),
			today: input.today,
			counts: input.counts,
			errorCount: errors,
			warningCount: warnings,
			confidentialCount: input.findings.length - published.length,
			...(withheld.errors + withheld.warnings ? { confidentialNotice: withheldNotice(withheld) } : {}),
			findings: published.map(({ confidential: _c, ...f }) => f),
		},
		null,
		2,
	)}\n`;
}
