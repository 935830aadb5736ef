/**
 * The editor's sandbox on the demo site starts with the registry's own organisations and accounts
 * (it used to open empty, with nothing in the organisation pick list), and with nothing else:
 * internal files never reach it.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sandboxTree, type SandboxFile, type SandboxTree } from '../../../src/editor/sandbox.ts';

const ROOT = resolve(import.meta.dirname, '../../..');

function files(tree: SandboxTree): SandboxFile[] {
	return Object.values(tree).flatMap((node) =>
		'content' in node && typeof node.content === 'string' ? [node as SandboxFile] : files(node as SandboxTree),
	);
}

const temps: string[] = [];
afterAll(() => {
	for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

describe('sandboxTree', () => {
	it('holds every organisation and account file of data/, as it is, at its repository path', () => {
		const tree = sandboxTree(join(ROOT, 'data'));
		const expected = readdirSync(join(ROOT, 'data/orgs'), { recursive: true, encoding: 'utf8' })
			.filter((path) => /^[^/]+\/org\.yaml$|^[^/]+\/accounts\/[^/]+\.yaml$/.test(path))
			.map((path) => `data/orgs/${path}`)
			.sort();
		const got = files(tree);
		expect(got.map((file) => file.path).sort()).toEqual(expected);
		expect(expected.length).toBeGreaterThan(50);
		for (const file of got) expect(file.content).toBe(readFileSync(join(ROOT, file.path), 'utf8'));
		// Laid out as Decap's test backend walks it: <org>/org.yaml and <org>/accounts/<id>.yaml.
		expect((tree['primer-admin'] as SandboxTree)['org.yaml']).toMatchObject({ path: 'data/orgs/primer-admin/org.yaml' });
		expect(((tree['primer-admin'] as SandboxTree).accounts as SandboxTree)['primer-admin-vk.yaml']).toMatchObject({
			path: 'data/orgs/primer-admin/accounts/primer-admin-vk.yaml',
		});
	});

	it('leaves out internal files, CSV series and stray files, wherever they are', () => {
		const tree = mkdtempSync(join(tmpdir(), 'portal-sandbox-'));
		temps.push(tree);
		cpSync(join(ROOT, 'tests/fixtures/valid'), tree, { recursive: true });
		const org = readdirSync(join(tree, 'orgs'))[0]!;
		writeFileSync(join(tree, 'internal', `${org}.yaml`), 'staff:\n  - phone: "+7 900 SECRET-INTERNAL"\n');
		writeFileSync(join(tree, 'orgs', org, 'notes.yaml'), 'SECRET-STRAY: 1\n');
		mkdirSync(join(tree, 'orgs', org, 'internal'), { recursive: true });
		writeFileSync(join(tree, 'orgs', org, 'internal', 'staff.yaml'), 'SECRET-NESTED: 1\n');
		const text = JSON.stringify(sandboxTree(tree));
		expect(text).not.toContain('SECRET');
		expect(text).not.toMatch(/\.csv"/);
		expect(text).toContain(`data/orgs/${org}/org.yaml`);
	});

	it('stays bounded on a large tree: whole organisations in id order, up to the limit', () => {
		const tree = sandboxTree(join(ROOT, 'data'), 10);
		const got = files(tree);
		expect(got.length).toBeGreaterThan(0);
		expect(got.length).toBeLessThanOrEqual(10);
		// Every organisation present has its org.yaml and all its accounts.
		for (const org of Object.keys(tree)) {
			const accounts = readdirSync(join(ROOT, 'data/orgs', org, 'accounts')).filter((name) => name.endsWith('.yaml'));
			expect(got.filter((file) => file.path.startsWith(`data/orgs/${org}/`)).length, org).toBe(accounts.length + 1);
		}
		expect(Object.keys(tree)).toEqual(readdirSync(join(ROOT, 'data/orgs')).sort().slice(0, Object.keys(tree).length));
	});
});
