/** JUnit XML: one test suite per rule, one failing test case per error (GitLab and most CI show it). */
import type { Finding } from '../types.ts';
import { position, type ReportInput } from './summary.ts';
import { published } from './disclosure.ts';

const xml = (s: string) =>
	s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!).replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');

export function junit(all: ReportInput): string {
	const input = published(all);
	const byRule = new Map<string, Finding[]>();
	for (const f of input.findings) byRule.set(f.ruleId, [...(byRule.get(f.ruleId) ?? []), f]);
	const suites = [...byRule].map(([rule, findings]) => {
		const failures = findings.filter((f) => f.severity === 'error').length;
		const cases = findings.map((f) => {
			const name = xml(`${f.file}:${position(f)}`);
			const body = f.severity === 'error' ? `<failure type="${xml(rule)}" message="${xml(f.message)}"/>` : `<system-out>${xml(`предупреждение: ${f.message}`)}</system-out>`;
			return `    <testcase classname="${xml(rule)}" name="${name}" file="${xml(f.file)}">${body}</testcase>`;
		});
		return `  <testsuite name="${xml(rule)}" tests="${findings.length}" failures="${failures}" errors="0">\n${cases.join('\n')}\n  </testsuite>`;
	});
	if (!suites.length) suites.push('  <testsuite name="data" tests="1" failures="0" errors="0">\n    <testcase classname="data" name="Проверка данных"/>\n  </testsuite>');
	return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="Проверка реестра">\n${suites.join('\n')}\n</testsuites>\n`;
}
