/** JUnit XML: one test suite per rule, one failing test case per error (GitLab and most CI show it). */
import type { Finding } from '../types.ts';
import { position, type ReportInput } from './summary.ts';
import { published } from './disclosure.ts';

const xml = (s: string) =>
	s
		.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!)
		.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');

export function junit(input: ReportInput): string {
	return [...junitChunks(input)].join('');
}

/** The XML a test case at a time, written as it is made (src/cli/check.ts). */
export function* junitChunks(all: ReportInput): Generator<string> {
	const input = published(all);
	const byRule = new Map<string, Finding[]>();
	for (const f of input.findings) {
		const list = byRule.get(f.ruleId);
		if (list) list.push(f);
		else byRule.set(f.ruleId, [f]);
	}
	yield '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="Проверка реестра">\n';
	if (!byRule.size)
		yield '  <testsuite name="data" tests="1" failures="0" errors="0">\n    <testcase classname="data" name="Проверка данных"/>\n  </testsuite>';
	let firstSuite = true;
	for (const [rule, findings] of byRule) {
		const failures = findings.filter((f) => f.severity === 'error').length;
		yield `${firstSuite ? '' : '\n'}  <testsuite name="${xml(rule)}" tests="${findings.length}" failures="${failures}" errors="0">\n`;
		firstSuite = false;
		let firstCase = true;
		for (const f of findings) {
			const name = xml(`${f.file}:${position(f)}`);
			const body =
				f.severity === 'error'
					? `<failure type="${xml(rule)}" message="${xml(f.message)}"/>`
					: `<system-out>${xml(`предупреждение: ${f.message}`)}</system-out>`;
			yield `${firstCase ? '' : '\n'}    <testcase classname="${xml(rule)}" name="${name}" file="${xml(f.file)}">${body}</testcase>`;
			firstCase = false;
		}
		yield '\n  </testsuite>';
	}
	yield '\n</testsuites>\n';
}
