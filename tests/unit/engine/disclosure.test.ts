/**
 * What a published report may show of internal data: nothing beyond a count. Internal files hold
 * staff contacts and the security state of each page; the json, markdown, github, gitlab and junit
 * outputs end up in merge-request widgets, comments and artifacts, which may be public. Only the
 * terminal output (stylish, the CI job log) quotes internal values.
 */
import { appendFileSync, cpSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMATS, fails, type FormatName } from '../../../src/engine/reporters/index.ts';
import { published, withheldNotice } from '../../../src/engine/reporters/disclosure.ts';
import { runCheck } from '../../../src/engine/run.ts';
import type { Finding } from '../../../src/engine/types.ts';

const VALID = resolve(import.meta.dirname, '../../fixtures/valid');
/** An account id that exists only in the internal file: it must not reach a published report. */
const HIDDEN_ID = 'test-admin-hidden-tg';

/** The valid tree with its internal file edited. */
function tree(edit: (text: string) => string): string {
	const dir = mkdtempSync(join(tmpdir(), 'portal-disclosure-'));
	cpSync(VALID, dir, { recursive: true });
	const file = join(dir, 'internal/test-admin.yaml');
	writeFileSync(file, edit(readFileSync(file, 'utf8')));
	return dir;
}

/** The two leaks, one tree each: a file that fails its schema is not read further. */
const LEAKS = {
	'a malformed twoFactor: нет': tree((text) => text.replace('test-admin-vk: { twoFactor: true,', 'test-admin-vk: { twoFactor: нет,')),
	'an unknown account id': tree(
		(text) => `${text}  ${HIDDEN_ID}: { twoFactor: true, attested: 2026-09-01, attestedBy: Начальник отдела }\n`,
	),
};

function check(dir: string) {
	const result = runCheck({ dataDir: dir, cwd: dir, today: '2026-10-05' });
	return { result, input: { ...result, strict: false } };
}
const malformed = check(LEAKS['a malformed twoFactor: нет']);
const unknown = check(LEAKS['an unknown account id']);

const PUBLISHED: FormatName[] = ['json', 'markdown', 'github', 'gitlab', 'junit'];

describe('published reports and internal data', () => {
	it('the trees reproduce both leaks in the terminal output (stylish shows them)', () => {
		const bad = FORMATS.stylish(malformed.input);
		expect(bad).toContain('twoFactor');
		expect(bad).toContain('«нет»');
		expect(bad).toContain('internal/test-admin.yaml');
		expect(FORMATS.stylish(unknown.input)).toContain(HIDDEN_ID);
	});

	it('marks every finding about an internal file as confidential, whatever rule reported it', () => {
		const findings = [...malformed.result.findings, ...unknown.result.findings];
		const internal = findings.filter((f) => f.file.startsWith('internal/'));
		expect(new Set(internal.map((f) => f.ruleId))).toEqual(new Set(['schema-valid', 'references-resolve', 'security-attestation']));
		for (const f of internal) expect(f.confidential).toBe(true);
		expect(findings.filter((f) => !f.file.startsWith('internal/')).every((f) => !f.confidential)).toBe(true);
	});

	it.each(PUBLISHED)('%s quotes no internal value, names no internal id or finding, and says where to look', (format) => {
		for (const { input } of [malformed, unknown]) {
			const out = FORMATS[format](input);
			expect(out).not.toContain('«нет»');
			expect(out).not.toContain('twoFactor');
			expect(out).not.toContain(HIDDEN_ID);
			expect(out).not.toContain('test-admin.yaml');
			expect(out).not.toContain('schema-valid');
			expect(out).not.toContain('references-resolve');
			expect(out).not.toContain('security-attestation');
			expect(out).toContain('журнале задания CI');
		}
	});

	it('counts what it withholds: the totals and the verdict stay those of the whole check', () => {
		const { result, input } = malformed;
		const errors = result.findings.filter((f) => f.severity === 'error').length;
		expect(errors).toBe(3);
		const json = JSON.parse(FORMATS.json(input));
		expect(json).toMatchObject({ ok: false, errorCount: 3, warningCount: 0, confidentialCount: 3, findings: [] });
		expect(json.confidentialNotice).toBe(withheldNotice({ errors: 3, warnings: 0 }));
		expect(FORMATS.markdown(input)).toContain('❌ есть ошибки');
		expect(FORMATS.markdown(input)).toContain('3 ошибки, 0 предупреждений');
		expect(FORMATS.junit(input).match(/<failure /g)).toHaveLength(1);
		expect(FORMATS.github(input)).toMatch(/^::error /);
		expect(FORMATS.github(input)).toContain('3 ошибки, 0 предупреждений.');
		expect(JSON.parse(FORMATS.gitlab(input))).toMatchObject([{ severity: 'major' }]);
		expect(fails(input)).toBe(true);
	});

	it('leaves public findings as they are', () => {
		const pub: Finding = {
			ruleId: 'schema-valid',
			severity: 'error',
			file: 'orgs/a/org.yaml',
			line: 3,
			column: 1,
			message: 'Неверные данные',
			messageId: 'x',
			data: {},
		};
		const secret: Finding = { ...pub, ruleId: 'security-attestation', file: 'internal/a.yaml', confidential: true, severity: 'warn' };
		const view = published({ ...malformed.input, findings: [pub, secret] });
		expect(view.findings).toHaveLength(2);
		expect(view.findings[1]).toBe(pub);
		expect(view.findings[0]).toMatchObject({ severity: 'warn', withheld: { errors: 0, warnings: 1 } });
		expect(view.findings[0]!.message).toBe(withheldNotice({ errors: 0, warnings: 1 }));
		expect(published({ ...malformed.input, findings: [pub] }).findings).toEqual([pub]);
	});

	it('no-secrets still scans an internal folder kept apart (--internal), and its findings there are counted only', () => {
		const dir = mkdtempSync(join(tmpdir(), 'portal-disclosure-apart-'));
		const data = join(dir, 'data');
		cpSync(VALID, data, { recursive: true });
		renameSync(join(data, 'internal'), join(dir, 'private'));
		appendFileSync(join(dir, 'private/test-admin.yaml'), '# password: Qwerty-2026!\n');
		const result = runCheck({ dataDir: data, internalDir: join(dir, 'private'), cwd: dir, today: '2026-10-05' });
		expect(result.internalDir).toBe('private');
		expect(result.findings.map((f) => [f.ruleId, f.file, f.confidential])).toEqual([['no-secrets', 'private/test-admin.yaml', true]]);
		const json = JSON.parse(FORMATS.json({ ...result, strict: false }));
		expect(json).toMatchObject({ ok: false, errorCount: 1, confidentialCount: 1, findings: [] });
		expect(FORMATS.github({ ...result, strict: false })).toMatch(/^::error file=private,title=internal-data::/);
	});
});
