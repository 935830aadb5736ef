/**
 * Signed publication: the manifest of a built site (every open-data file and link-check shard with
 * its SHA-256, sha256sum format) signed with the administration's key by `ssh-keygen -Y sign`, and
 * checked two ways — with the standard tools alone (`ssh-keygen -Y verify`, `sha256sum -c`) and with
 * `npm run verify`. A throwaway key is generated per run; no key is kept in the repository.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { allowedSigners, SIGNING_NAMESPACE } from '../../src/lib/signing/sshsig.ts';
import { ROOT, runCli } from './run-cli.ts';

const PRINCIPAL = 'reestr.test-rayon.example';
let work: string;
let key: string;
let publicKey: string;
let signed: string;

/** A small built site: the folders the manifest covers, and a page it does not. */
function site(): string {
	const dir = mkdtempSync(join(work, 'site-'));
	mkdirSync(join(dir, 'opendata/7701234560-socialmediaaccounts'), { recursive: true });
	mkdirSync(join(dir, 'proverka/data'), { recursive: true });
	writeFileSync(join(dir, 'index.html'), '<!doctype html>');
	writeFileSync(join(dir, 'opendata/index.html'), '<!doctype html>');
	writeFileSync(join(dir, 'opendata/list.csv'), 'property,title,value,format\n');
	writeFileSync(join(dir, 'opendata/7701234560-socialmediaaccounts/data-20261122-structure-20261122.csv'), 'id,org\nтест,орг\n');
	writeFileSync(join(dir, 'opendata/signing-key.pub'), `${publicKey}\n`);
	writeFileSync(join(dir, 'proverka/data/links-00.json'), '{"a":1}\n');
	return dir;
}

const copy = (from: string) => {
	const to = mkdtempSync(join(work, 'copy-'));
	cpSync(from, to, { recursive: true });
	return to;
};

/** The standard tools alone: the signature over the manifest, then every file's hash. */
function standardCheck(dir: string): { signature: number | null; hashes: number | null } {
	const signers = join(work, 'allowed_signers');
	writeFileSync(signers, allowedSigners(PRINCIPAL, publicKey));
	const signature = spawnSync(
		'ssh-keygen',
		['-Y', 'verify', '-f', signers, '-I', PRINCIPAL, '-n', SIGNING_NAMESPACE, '-s', join(dir, 'opendata/manifest.sha256.sig')],
		{
			input: readFileSync(join(dir, 'opendata/manifest.sha256')),
			encoding: 'utf8',
		},
	);
	const hashes = spawnSync('sha256sum', ['--quiet', '-c', 'opendata/manifest.sha256'], { cwd: dir, encoding: 'utf8' });
	return { signature: signature.status, hashes: hashes.status };
}

const verify = (dir: string) => runCli('verify', [dir, '--key', join(work, 'key.pub')]);

beforeAll(() => {
	work = mkdtempSync(join(tmpdir(), 'portal-signing-'));
	key = join(work, 'key');
	const made = spawnSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', 'test', '-f', key], { encoding: 'utf8' });
	expect(made.status, made.stderr).toBe(0);
	publicKey = readFileSync(`${key}.pub`, 'utf8').trim();
	signed = site();
	const result = runCli('sign-site', ['--site', signed, '--key', key]);
	expect(result.code, result.stderr).toBe(0);
}, 60_000);

describe('signed manifest', () => {
	it('lists every data file and shard with its SHA-256, not pages, in sha256sum format', () => {
		const lines = readFileSync(join(signed, 'opendata/manifest.sha256'), 'utf8').trimEnd().split('\n');
		expect(lines.map((line) => line.slice(66))).toEqual([
			'opendata/7701234560-socialmediaaccounts/data-20261122-structure-20261122.csv',
			'opendata/list.csv',
			'opendata/signing-key.pub',
			'proverka/data/links-00.json',
		]);
		for (const line of lines) expect(line).toMatch(/^[0-9a-f]{64} {2}\S/);
	});

	it('a good copy verifies with ssh-keygen -Y verify and sha256sum, and with npm run verify', { timeout: 60_000 }, () => {
		expect(standardCheck(signed)).toEqual({ signature: 0, hashes: 0 });
		const result = verify(signed);
		expect(result.code, result.stdout + result.stderr).toBe(0);
		expect(result.stdout).toContain('Подтверждено');
		// Through npm itself, as the documentation tells a reader to run it.
		const npm = spawnSync('npm', ['run', '--silent', 'verify', '--', signed, '--key', join(work, 'key.pub')], {
			cwd: ROOT,
			encoding: 'utf8',
		});
		expect(npm.status, npm.stdout + npm.stderr).toBe(0);
	});

	it('a tampered data file fails both', { timeout: 60_000 }, () => {
		const dir = copy(signed);
		appendFileSync(join(dir, 'opendata/7701234560-socialmediaaccounts/data-20261122-structure-20261122.csv'), 'подделка,орг\n');
		expect(standardCheck(dir).hashes).not.toBe(0);
		const result = verify(dir);
		expect(result.code).toBe(1);
		expect(result.stdout).toContain('data-20261122-structure-20261122.csv изменён');
	});

	it('a tampered manifest fails both', { timeout: 60_000 }, () => {
		const dir = copy(signed);
		const path = join(dir, 'opendata/manifest.sha256');
		// A forger rewrites the file and its line in the manifest to match.
		writeFileSync(join(dir, 'opendata/list.csv'), 'подделка\n');
		const forged = readFileSync(path, 'utf8').replace(/^[0-9a-f]{64}(?= {2}opendata\/list\.csv$)/m, '0'.repeat(64));
		writeFileSync(path, forged);
		expect(standardCheck(dir).signature).not.toBe(0);
		const result = verify(dir);
		expect(result.code).toBe(1);
		expect(result.stdout).toContain('Подпись не подтверждена');
	});

	it('a copy signed with another key fails, whatever key the copy itself carries', { timeout: 60_000 }, () => {
		const other = join(work, 'other');
		spawnSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', other]);
		const dir = site();
		writeFileSync(join(dir, 'opendata/signing-key.pub'), readFileSync(`${other}.pub`));
		expect(runCli('sign-site', ['--site', dir, '--key', other]).code).toBe(0);
		const result = verify(dir);
		expect(result.code).toBe(1);
		expect(result.stdout).toContain('другим ключом');
	});

	it('an unsigned copy is not confirmed', { timeout: 60_000 }, () => {
		const dir = site();
		expect(runCli('sign-site', ['--site', dir]).code).toBe(0);
		const result = verify(dir);
		expect(result.code).toBe(1);
		expect(result.stdout).toContain('не подписана');
	});

	it('a missing folder is a usage error, exit 2, in Russian', { timeout: 60_000 }, () => {
		const result = verify(join(work, 'nowhere'));
		expect(result.code).toBe(2);
		expect(result.stderr).toContain('не найдена');
	});

	/** `npm run verify -- <address>` against a copy served over HTTP (asynchronously: the test serves it). */
	async function verifyUrl(dir: string): Promise<{ code: number | null; stdout: string }> {
		const server = createServer((request, response) => {
			const path = join(dir, decodeURIComponent(new URL(request.url!, 'http://x').pathname));
			if (!path.startsWith(dir) || !existsSync(path)) return response.writeHead(404).end();
			response.writeHead(200).end(readFileSync(path));
		});
		await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
		const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
		try {
			const child = spawn(process.execPath, [join(ROOT, 'src/cli/verify.ts'), url, '--key', join(work, 'key.pub')], { cwd: ROOT });
			let stdout = '';
			child.stdout.on('data', (chunk) => (stdout += chunk));
			const code = await new Promise<number | null>((done) => child.on('close', done));
			return { code, stdout };
		} finally {
			server.close();
		}
	}

	it('checks a copy at an address: good, then with a file changed', { timeout: 60_000 }, async () => {
		const good = await verifyUrl(signed);
		expect(good.code, good.stdout).toBe(0);
		expect(good.stdout).toMatch(/4\sфайла совпадают/u);
		const dir = copy(signed);
		writeFileSync(join(dir, 'proverka/data/links-00.json'), '{"a":2}\n');
		const bad = await verifyUrl(dir);
		expect(bad.code).toBe(1);
		expect(bad.stdout).toContain('proverka/data/links-00.json изменён');
	});

	it('an address that does not answer exits 2', { timeout: 60_000 }, () => {
		const result = runCli('verify', ['http://127.0.0.1:9/', '--key', join(work, 'key.pub')]);
		expect(result.code).toBe(2);
		expect(result.stderr).toContain('Копия недоступна');
	});
});
