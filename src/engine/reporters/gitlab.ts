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
	for (const f of input.findings) {
		const issue = {
			type: 'issue',
			check_name: f.ruleId,
			description: f.message,
			categories: ['Compliance'],
			severity: f.severity === 'error' ? 'major' : 'minor',
			fingerprint: createHash('sha256').update(`${f.ruleId}\0${f.file}\0${f.line ?? 0}\0${f.column ?? 0}\0${f.message}`).digest('hex'),
			location: { path: f.file, lines: { begin: f.line ?? 1 } },
		};
		yield `${first ? '' : ',\n'}  ${JSON.stringify(issue, null, 2).replace(/\n/g, '\n  ')}`;
		first = false;
	}
	yield '\n]\n';
}
