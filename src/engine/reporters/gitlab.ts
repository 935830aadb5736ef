/** GitLab Code Quality report (JSON array), shown in the merge request widget. */
import { createHash } from 'node:crypto';
import type { ReportInput } from './summary.ts';
import { published } from './disclosure.ts';

export function gitlab(all: ReportInput): string {
	const input = published(all);
	const issues = input.findings.map((f) => ({
		type: 'issue',
		check_name: f.ruleId,
		description: f.message,
		categories: ['Compliance'],
		severity: f.severity === 'error' ? 'major' : 'minor',
		fingerprint: createHash('sha256').update(`${f.ruleId}\0${f.file}\0${f.line ?? 0}\0${f.column ?? 0}\0${f.message}`).digest('hex'),
		location: { path: f.file, lines: { begin: f.line ?? 1 } },
	}));
	return `${JSON.stringify(issues, null, 2)}\n`;
}
