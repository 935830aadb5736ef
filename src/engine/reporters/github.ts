/** GitHub Actions workflow commands: annotations on the changed lines of a pull request. */
import { count, ERRORS, tally, WARNINGS, type ReportInput } from './summary.ts';
import { published } from './disclosure.ts';

const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function github(all: ReportInput): string {
	const input = published(all);
	const lines = input.findings.map((f) => {
		const props = [`file=${escapeProperty(f.file)}`];
		if (f.line !== undefined) props.push(`line=${f.line}`);
		if (f.column !== undefined) props.push(`col=${f.column}`);
		props.push(`title=${escapeProperty(f.ruleId)}`);
		return `::${f.severity === 'error' ? 'error' : 'warning'} ${props.join(',')}::${escapeData(f.message)}`;
	});
	const { errors, warnings } = tally(input.findings);
	lines.push(`${count(errors, ERRORS)}, ${count(warnings, WARNINGS)}.`);
	return `${lines.join('\n')}\n`;
}
