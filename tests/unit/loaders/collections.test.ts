// The content layer reads the acts alone (loadPublicPolicies); the pages, the whole public tree. Both
// must see the same acts.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadPublicData } from '../../../src/handoff/public-data.ts';
import { loadPublicPolicies } from '../../../src/loaders/collections.ts';

const work = mkdtempSync(join(tmpdir(), 'portal-policies-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('loadPublicPolicies', () => {
	it('gives the acts of loadPublicData, presets and files, in the same order', () => {
		const data = join(work, 'data');
		cpSync(resolve(import.meta.dirname, '../../../data'), data, { recursive: true });
		// A site's own act (a preset under another id), and a draft and a dot file, which are not acts.
		const preset = readFileSync(resolve(import.meta.dirname, '../../../src/policies/presets/khasyn-undated.yaml'), 'utf8');
		mkdirSync(join(data, 'policies'));
		writeFileSync(join(data, 'policies', 'test-act.yaml'), preset.replace('id: khasyn-undated', 'id: test-act'));
		writeFileSync(join(data, 'policies', '_draft.yaml'), 'id: _draft\n');
		writeFileSync(join(data, 'policies', '.hidden.yaml'), 'id: hidden\n');
		const alone = loadPublicPolicies(data);
		const whole = loadPublicData(data).policies;
		expect(alone.map((policy) => policy.id)).toContain('test-act');
		expect(alone.map((policy) => policy.id)).not.toContain('hidden');
		expect(alone.length).toBeGreaterThan(5);
		expect(alone).toEqual(whole);
	});
});
