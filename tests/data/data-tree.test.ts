/**
 * The CI gate for data changes: the real data/ tree must pass the check with no errors. Warnings
 * are allowed (recommended quotas), and the demo data misses some on purpose so they show.
 */
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/engine/run.ts';

describe('data/', () => {
	const result = runCheck({ dataDir: 'data' });
	const errors = result.findings.filter((f) => f.severity === 'error');

	it('has no errors', () => {
		// Printed in full on failure: file, position, rule and message, as `npm run check` would.
		expect(errors.map((f) => `${f.file}:${f.line ?? ''}:${f.column ?? ''} ${f.ruleId} ${f.message}`)).toEqual([]);
	});

	it('is the demo described in the README: ≥ 30 organisations, ≥ 80 accounts, a quarter of tables', () => {
		expect(result.counts.orgs).toBeGreaterThanOrEqual(30);
		expect(result.counts.accounts).toBeGreaterThanOrEqual(80);
		expect(result.counts.rows).toBeGreaterThan(1000);
	});

	it('shows warnings for recommended quotas missed on purpose', () => {
		const warned = new Set(result.findings.filter((f) => f.severity === 'warn').map((f) => f.citation?.policy));
		expect(warned).toContain('altai-2020-133');
		expect(warned).toContain('ivanteevka-2020-135');
	});
});
