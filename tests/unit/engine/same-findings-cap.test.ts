/**
 * Findings of one rule and message in one file are kept up to MAX_SAME; one more finding counts the
 * rest, so a file of thousands of bad rows (or unknown fields) costs bounded memory and output.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCheck } from '../../../src/engine/run.ts';
import { MAX_SAME } from '../../../src/engine/session.ts';
import { FORMATS, STREAMS } from '../../../src/engine/reporters/index.ts';
import type { Finding } from '../../../src/engine/types.ts';

const VALID = join(import.meta.dirname, '../../fixtures/valid');
const STATS = 'orgs/test-admin/stats/2026-q3.csv';
const ORG = 'orgs/test-admin/org.yaml';
const BAD_ROWS = 2_345;
const UNKNOWN_KEYS = 5_000;

const tmp = mkdtempSync(join(tmpdir(), 'cap-'));
cpSync(VALID, tmp, { recursive: true });
// Every row's «posts» is not a number: one schema-valid/shape finding per row.
const rows = Array.from({ length: BAD_ROWS }, (_, i) => `test-admin-vk,2026-07-06,много${i},1000\n`).join('');
writeFileSync(join(tmp, STATS), `account,week_start,posts,views\n${rows}`);
writeFileSync(
	join(tmp, ORG),
	readFileSync(join(tmp, ORG), 'utf8') + Array.from({ length: UNKNOWN_KEYS }, (_, i) => `unknown${i}: 1\n`).join(''),
);
const result = runCheck({ dataDir: tmp, cwd: tmp, today: '2026-10-05' });
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('the cap on findings of one rule and message in one file', () => {
	it('keeps the first MAX_SAME bad rows and counts the rest in one finding, at the first row left out', () => {
		const inStats = result.findings.filter((f) => f.file === STATS && f.ruleId === 'schema-valid');
		expect(inStats).toHaveLength(MAX_SAME + 1);
		const more = inStats.filter((f) => f.messageId === 'more');
		expect(more).toHaveLength(1);
		expect(more[0]).toMatchObject({ severity: 'error', line: MAX_SAME + 2, data: { count: BAD_ROWS - MAX_SAME, of: 'shape' } });
		expect(more[0]!.message).toBe(
			`… и ещё ${BAD_ROWS - MAX_SAME} таких же ошибок в этом файле: показаны первые ${MAX_SAME}, у остальных та же причина.`,
		);
	});

	it('does the same for unknown YAML fields, each located at its key', () => {
		const inOrg = result.findings.filter((f) => f.file === ORG && f.ruleId === 'schema-valid');
		expect(inOrg).toHaveLength(MAX_SAME + 1);
		const more = inOrg.find((f) => f.messageId === 'more')!;
		expect(more.data).toEqual({ count: UNKNOWN_KEYS - MAX_SAME, of: 'shape' });
		const lines = readFileSync(join(tmp, ORG), 'utf8').split('\n');
		expect(lines[more.line! - 1]).toBe(`unknown${MAX_SAME}: 1`);
	});

	it('says «ещё 1 такая же ошибка» in the singular', async () => {
		const { finalise } = await import('../../../src/engine/run.ts');
		const { RULES } = await import('../../../src/rules/index.ts');
		const dataset = { policies: new Map(), displayDir: 'data', internalDisplayDir: 'data/internal' } as never;
		const [finding] = finalise(
			[{ ruleId: 'schema-valid', file: 'a.csv', line: 3, column: 1, messageId: 'shape', data: {}, more: { count: 1 } }],
			RULES,
			new Map(),
			dataset,
			tmp,
		);
		expect(finding!.message).toBe(`… и ещё 1 такая же ошибка в этом файле: показаны первые ${MAX_SAME}, у остальных та же причина.`);
	});

	it('json output of them parses and counts what it lists', () => {
		const parsed = JSON.parse(FORMATS.json({ ...result, strict: false })) as {
			findings: { file: string; messageId: string }[];
			errorCount: number;
		};
		expect(parsed.findings.filter((f) => f.file === STATS)).toHaveLength(MAX_SAME + 1);
		expect(parsed.errorCount).toBe(result.findings.filter((f) => f.severity === 'error').length);
	});

	it('every format streams: chunks of a finding each, never the whole report as one string', () => {
		const findings: Finding[] = Array.from({ length: 20_000 }, (_, i) => ({
			ruleId: 'schema-valid',
			severity: 'error',
			file: `orgs/o${i}/org.yaml`,
			line: 1,
			column: 1,
			messageId: 'shape',
			data: {},
			message: `Неверные данные ${i}.`,
		}));
		const input = { findings, counts: { files: 1, orgs: 1, accounts: 1, rows: 0 }, today: '2026-10-05', strict: false };
		for (const name of Object.keys(STREAMS) as (keyof typeof STREAMS)[]) {
			const chunks = [...STREAMS[name](input)];
			expect(chunks.join(''), name).toBe(FORMATS[name](input));
			if (name !== 'markdown') expect(Math.max(...chunks.map((c) => c.length)), name).toBeLessThan(2_000);
		}
		const parsed = JSON.parse([...STREAMS.json(input)].join('')) as { findings: unknown[] };
		expect(parsed.findings).toHaveLength(20_000);
	});
});
