/**
 * no-secrets on one very long line. Its patterns once backtracked over the whole line from every
 * position (a 64 KB field took 5 s, 1 MB over 7 minutes); each case here is 1 MB and must finish
 * well inside the explicit timeout, and still find what is there, at the right column.
 */
import { describe, expect, it } from 'vitest';
import type { RuleContext } from '../../src/engine/rule.ts';
import type { Report } from '../../src/engine/types.ts';
import rule from '../../src/rules/no-secrets.ts';

const MB = 1 << 20;
const TIMEOUT = 30_000;

function scan(text: string, file = 'orgs/a/plans/2026-q3.csv'): Report[] {
	const reports: Report[] = [];
	const ctx = { report: (r: Report) => reports.push(r), options: {}, today: '2026-10-05' } as unknown as RuleContext;
	rule.checkText!(ctx, { file, text, csv: { canonical: true, notCanonicalBecause: [] } });
	return reports;
}

/** At least 1 MB of whole units (a cut unit would glue onto what follows). */
const fill = (unit: string) => unit.repeat(Math.ceil(MB / unit.length));

describe('no-secrets on a 1 MB line', () => {
	const hostile: [string, string][] = [
		['word characters with no @ (e-mail pattern)', fill('a')],
		['dots and word characters before @ with no password', fill('a.') + '@b'],
		['many @ with dotted hosts and no colon', fill('x@a.b.')],
		['login words with no password', fill('login x,')],
		['login words glued together', fill('login')],
		['key words with no colon', fill('token')],
		['key words with values that are prose', fill('token: a b ')],
		['JWT starts with no dots', fill('eyJ-')],
		['hex-like run ending in a word character', fill('ab12')],
		['token-like run followed by a slash', fill('aB1-') + '/'],
		['URLs with no password', fill('http://a:b')],
		['BEGIN markers with no key', fill('-----BEGIN AAAA ')],
	];
	for (const [name, line] of hostile) {
		it(`finds nothing in ${name}`, { timeout: TIMEOUT }, () => {
			const reports = scan(`account,topic\n${line}\n`);
			// Long runs may be token-like; what matters is the scan ends and reports at most once per line.
			expect(reports.length).toBeLessThanOrEqual(1);
		});
	}

	it('finds an e-mail:password pair at the end of a 1 MB line, at its column', { timeout: TIMEOUT }, () => {
		const prefix = fill('a.b ');
		const reports = scan(`topic\n${prefix}user@example.com:hunter22\n`);
		expect(reports).toHaveLength(1);
		expect(reports[0]).toMatchObject({ line: 2, column: prefix.length + 1, messageId: 'value', data: { what: 'пара «почта:пароль»' } });
	});

	it('finds a login and password pair after 1 MB of login words, at its column', { timeout: TIMEOUT }, () => {
		const prefix = fill('login x, ');
		const reports = scan(`topic\n${prefix}логин ivanov пароль Qwerty123\n`);
		expect(reports).toHaveLength(1);
		expect(reports[0]).toMatchObject({ line: 2, column: prefix.length + 1, messageId: 'value', data: { what: 'пара «логин и пароль»' } });
	});

	it('finds a password key after 1 MB of prose keys, at its column', { timeout: TIMEOUT }, () => {
		const prefix = fill('token: a b ');
		const reports = scan(`topic\n${prefix}password: Qw3rty!x\n`);
		expect(reports).toHaveLength(1);
		expect(reports[0]).toMatchObject({ line: 2, column: prefix.length + 1, messageId: 'key' });
	});
});
