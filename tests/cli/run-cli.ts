/** Runs a command of src/cli the way npm does (same Node, repository root as cwd). */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');

export function runCli(
	command: 'check' | 'resolve' | 'import' | 'inbox' | 'build' | 'search-index' | 'write-opendata' | 'sign-site' | 'verify',
	args: string[],
	options: { input?: string; cwd?: string } = {},
) {
	const result = spawnSync(process.execPath, [join(ROOT, 'src/cli', `${command}.ts`), ...args], {
		cwd: options.cwd ?? ROOT,
		input: options.input ?? '',
		encoding: 'utf8',
		env: { ...process.env, FORCE_COLOR: '0', DEBUG: '' },
	});
	return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A private copy of a fixture tree, so a test may change it. */
export function copyFixture(name: string): string {
	const dir = mkdtempSync(join(tmpdir(), `portal-${name}-`));
	cpSync(join(ROOT, 'tests/fixtures', name), dir, { recursive: true });
	return dir;
}
