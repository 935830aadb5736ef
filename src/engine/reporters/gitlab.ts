/** GitLab Code Quality report (JSON array), shown in the merge request widget. */
import { createHash } from 'node:crypto';
import type { ReportInput } from './summary.ts';
import { published } from './disclosure.ts';

export function gitlab(input: ReportInput): string {
	return [...gitlabChunks(input)].join('');
}

/** JSON.stringify(issues, null, 2), an issue at a time (see jsonChunks). */
export function* gitlabChunks(all: ReportInput): Generator<string> {
	const input = published(all);
	if (!input.findings.length) {
		yield '[]\n';
		return;
	}
	yield '[\n';
	let first = true;
	const seen = new Map<string, number>();
	for (const f of input.findings) {
		const issue = {
			type: 'issue',
			check_name: f.ruleId,
			description: f.message,
			categories: ['Compliance'],
			severity: f.severity === 'error' ? 'major' : 'minor',
			fingerprint: fingerprint(f, seen),
			location: { path: f.file, lines: { begin: f.line ?? 1 } },
		};
		yield `${first ? '' : ',\n'}  ${JSON.stringify(issue, null, 2).replace(/\n/g, '\n  ')}`;
		first = false;
	}
	yield '\n]\n';
}

/**
 * What identifies a finding from one pipeline to the next: its rule, file, message and the values in
 * it, not its line and column, so an edit above a finding does not show it as fixed and new. Equal
 * findings in one file are told apart by their order.
 */
function fingerprint(f: ReportInput['findings'][number], seen: Map<string, number>): string {
	const data = Object.keys(f.data)
		.sort()
		.map((key) => `${key}=${f.data[key]}`)
		.join('\0');
	const key = `${f.ruleId}\0${f.file}\0${f.messageId}\0${data}`;
	const nth = (seen.get(key) ?? 0) + 1;
	seen.set(key, nth);
	return createHash('sha256').update(`${key}\0${nth}`).digest('hex');
}
