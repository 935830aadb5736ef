/**
 * One module reads the build's environment (src/lib/build-env.ts): no other source file names a
 * PORTAL_* variable in its code or reads process.env by a computed name, so every variable the
 * portal reads is the one list of VARIABLES, typed, and documented there.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBuildEnv, VARIABLES } from '../../src/lib/build-env.ts';

const root = resolve(import.meta.dirname, '../..');
const ENV_MODULE = 'src/lib/build-env.ts';

function sources(): string[] {
	const files = readdirSync(join(root, 'src'), { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && /\.(?:ts|mjs|js|astro)$/.test(entry.name))
		.map((entry) => relative(root, join(entry.parentPath, entry.name)));
	return [...files, 'astro.config.mjs'].sort();
}

/** The code of a file without its comments (line and block), which may name a variable to explain it. */
function code(text: string): string {
	return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/[^\n]*/g, '$1');
}

describe('the build environment', () => {
	it('lists every variable once, each a PORTAL_ name', () => {
		const names = Object.values(VARIABLES);
		expect(new Set(names).size).toBe(names.length);
		for (const name of names) expect(name).toMatch(/^PORTAL_[A-Z_]+$/);
		expect(names).toEqual(expect.arrayContaining(['PORTAL_DATA', 'PORTAL_HANDOFF', 'PORTAL_SHARD', 'PORTAL_HISTORY', 'PORTAL_SIGNED']));
	});

	it('is read by src/lib/build-env.ts alone', () => {
		const offenders: string[] = [];
		for (const file of sources()) {
			if (file === ENV_MODULE) continue;
			const text = code(readFileSync(join(root, file), 'utf8'));
			for (const [pattern, what] of [
				[/PORTAL_[A-Z]/, 'names a PORTAL_ variable'],
				[/process\.env\[/, 'reads process.env by a computed name'],
			] as const) {
				if (pattern.test(text)) offenders.push(`${file}: ${what}`);
			}
		}
		expect(offenders).toEqual([]);
	});

	it('the meta test above would catch a module reading a variable itself', () => {
		expect(/PORTAL_[A-Z]/.test(code('const x = process.env.PORTAL_HANDOFF; // PORTAL_DATA'))).toBe(true);
		expect(/PORTAL_[A-Z]/.test(code('// the PORTAL_DATA folder\n/* PORTAL_SHARD */ const x = 1;'))).toBe(false);
	});

	it('reads the values typed: flags are 1, an empty value is unset, the data folder defaults to data', () => {
		expect(readBuildEnv({})).toMatchObject({ data: 'data', handoff: undefined, signed: false, opendataElsewhere: false });
		const env = readBuildEnv({
			PORTAL_DATA: '/d',
			PORTAL_HANDOFF: '',
			PORTAL_SIGNED: '1',
			PORTAL_OPENDATA_ELSEWHERE: '0',
			PORTAL_CMS_REPO: 'a/b',
		});
		expect(env).toMatchObject({ data: '/d', handoff: undefined, signed: true, opendataElsewhere: false });
		expect(env.cms.repo).toBe('a/b');
	});
});
