/**
 * Machine-readable result, which may be published: confidential findings (internal data,
 * security) are left out and only counted, with where to read them (disclosure.ts).
 */
import { disclose, withheldNotice } from './disclosure.ts';
import { fails, tally, type ReportInput } from './summary.ts';

export function json(input: ReportInput): string {
	return [...jsonChunks(input)].join('');
}

/**
 * The same text as JSON.stringify(report, null, 2), a finding at a time: one string of a large
 * report passed V8's limit on string length («Invalid string length»).
 */
export function* jsonChunks(input: ReportInput): Generator<string> {
	const { findings: published, withheld } = disclose(input.findings);
	const { errors, warnings } = tally(input.findings);
	const head = JSON.stringify(
		{
			ok: !fails(input),
			today: input.today,
			counts: input.counts,
			errorCount: errors,
			warningCount: warnings,
			confidentialCount: input.findings.length - published.length,
			...(withheld.errors + withheld.warnings ? { confidentialNotice: withheldNotice(withheld) } : {}),
			findings: [],
		},
		null,
		2,
	);
	if (!published.length) {
		yield `${head}\n`;
		return;
	}
	// `"findings": []` closes the head: the array is opened there and its items follow.
	yield `${head.slice(0, -'[]\n}'.length)}[\n`;
	let first = true;
	for (const { confidential: _c, ...f } of published) {
		yield `${first ? '' : ',\n'}    ${JSON.stringify(f, null, 2).replace(/\n/g, '\n    ')}`;
		first = false;
	}
	yield '\n  ]\n}\n';
}
