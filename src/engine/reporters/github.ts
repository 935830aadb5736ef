/** GitHub Actions workflow commands: annotations on the changed lines of a pull request. */
import { count, ERRORS, tally, WARNINGS, type ReportInput } from './summary.ts';
import { published } from './disclosure.ts';

const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function github(input: ReportInput): string {
	return [...githubChunks(input)].join('');
}

/** A workflow command per line, written as it is made (src/cli/check.ts). */
export function* githubChunks(all: ReportInput): Generator<string> {
	const input = published(all);
	for (const f of input.findings) {
		const props = [`file=${escapeProperty(f.file)}`];
		if (f.line !== undefined) props.push(`line=${f.line}`);
		if (f.column !== undefined) props.push(`col=${f.column}`);
		props.push(`title=${escapeProperty(f.ruleId)}`);
		yield `::${f.severity === 'error' ? 'error' : 'warning'} ${props.join(',')}::${escapeData(f.message)}\n`;
	}
	const { errors, warnings } = tally(input.findings);
	yield `${count(errors, ERRORS)}, ${count(warnings, WARNINGS)}.\n`;
}
