// `npm run build` (src/cli/build.ts): bad data changes nothing; a good build replaces the output
// folder whole. The shared (two-process) build is compared with a one-process one in tests/site/scale.test.ts.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { WORK_ROOT } from '../../src/cli/build.ts';
import { currentOwner, lockOut, RUN_OWNER_FILE } from '../../src/cli/publish-site.ts';
import { ROOT, runCli } from './run-cli.ts';

const work = mkdtempSync(join(tmpdir(), 'portal-build-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** An output folder holding the «last site»: one marker file. */
function lastSite(name: string): string {
	const out = join(work, name);
	mkdirSync(out, { recursive: true });
	writeFileSync(join(out, 'last-site.txt'), 'the last site');
	return out;
}

/** The work folder of a build killed long ago: its owner's pid is a process that has ended. */
function deadRunFolder(): string {
	mkdirSync(WORK_ROOT, { recursive: true });
	const run = mkdtempSync(join(WORK_ROOT, 'run-'));
	const pid = spawnSync(process.execPath, ['-e', '']).pid!;
	writeFileSync(join(run, RUN_OWNER_FILE), JSON.stringify({ ...currentOwner(), pid }));
	mkdirSync(join(run, 'shard-0'));
	return run;
}

describe('npm run build', () => {
	it('on data with errors exits 1, says why and where, and leaves the output folder as it was', () => {
		const data = join(work, 'broken');
		cpSync(join(ROOT, 'tests/fixtures/broken'), data, { recursive: true });
		const out = lastSite('out-broken');
		const { code, stdout, stderr } = runCli('build', ['--data', data, '--out', out]);
		expect(code).toBe(1);
		expect(stdout).toMatch(/org\.yaml\n\s+4:7\s+ошибка\s+Неверные данные: поле «kind»/);
		expect(stderr).toContain(`Сайт не собран: в данных есть ошибки (см. выше). Папка ${out} не изменена.`);
		expect(readdirSync(out)).toEqual(['last-site.txt']);
	});

	it('first puts back the last site a killed build left aside mid-swap, removes dead work folders, and says so', () => {
		const data = join(work, 'broken-again');
		cpSync(join(ROOT, 'tests/fixtures/broken'), data, { recursive: true });
		const parent = join(work, 'killed-mid-swap');
		const out = join(parent, 'site');
		// What a build killed between the two renames of the swap leaves (src/cli/publish-site.ts).
		mkdirSync(join(parent, '.site.previous'), { recursive: true });
		writeFileSync(join(parent, '.site.previous', 'last-site.txt'), 'the last site');
		const stale = deadRunFolder();
		const { code, stderr } = runCli('build', ['--data', data, '--out', out]);
		expect(code).toBe(1);
		expect(stderr).toContain(
			`Прежняя сборка прервалась во время замены сайта: прежний сайт возвращён из ${join(parent, '.site.previous')} в ${out}.`,
		);
		expect(stderr).toContain(`Удалена рабочая папка прерванной сборки: ${stale}.`);
		expect(stderr).toContain(
			`Сайт не собран: в данных есть ошибки (см. выше). Папка ${out} после восстановления (см. выше) больше не менялась.`,
		);
		expect(stderr).not.toMatch(/не изменен/);
		expect(readFileSync(join(out, 'last-site.txt'), 'utf8')).toBe('the last site');
		expect(readdirSync(parent)).toEqual(['site']);
		expect(existsSync(stale)).toBe(false);
	});

	it('refuses at once, before the check, to build into an --out another build holds, naming it', () => {
		const out = lastSite('out-held');
		const lock = lockOut(out);
		try {
			const { code, stderr } = runCli('build', ['--out', out]);
			expect(code).toBe(2);
			expect(stderr).toMatch(new RegExp(`^Сайт не собран: папку ${out} уже публикует другая сборка \\(процесс ${process.pid}, начата `));
			expect(stderr).not.toContain('Проверка данных');
		} finally {
			lock.release();
		}
		expect(readdirSync(out)).toEqual(['last-site.txt']);
	});

	it('hands --internal to its check: an error in internal data kept apart stops the build, named at its real path', () => {
		const data = join(work, 'valid-apart');
		cpSync(join(ROOT, 'tests/fixtures/valid'), data, { recursive: true });
		const internal = join(work, 'private-internal');
		renameSync(join(data, 'internal'), internal);
		const file = join(internal, 'test-admin.yaml');
		writeFileSync(file, readFileSync(file, 'utf8').replace('test-admin-vk: { twoFactor: true,', 'test-admin-vk: { twoFactor: нет,'));
		const out = lastSite('out-apart');
		const { code, stdout } = runCli('build', ['--data', data, '--internal', internal, '--out', out]);
		expect(code).toBe(1);
		expect(stdout).toMatch(
			/private-internal\/test-admin\.yaml\n(?:.*\n)*\s+8:31\s+ошибка\s+Неверные данные: поле «security\.test-admin-vk\.twoFactor»/,
		);
		expect(readdirSync(out)).toEqual(['last-site.txt']);
		// For a log outsiders read: the check's summary counts the internal error without quoting it.
		const open = runCli('build', ['--data', data, '--internal', internal, '--check-format', 'markdown', '--out', out]);
		expect(open.code).toBe(1);
		expect(open.stdout).toContain('## Проверка данных реестра: ❌ есть ошибки');
		expect(open.stdout).toContain('3 ошибки и 0 предупреждений');
		expect(open.stdout).not.toContain('twoFactor');
		expect(open.stdout).not.toContain('«нет»');
	});

	it.each([
		[['--shards', '0'], /--shards: ожидалось целое число от 1 до 16, указано «0»/],
		[['--shards', 'два'], /--shards: ожидалось целое число/],
		[['--data', 'no-such-folder'], /Папка с данными «no-such-folder» не найдена/],
		[['--colour'], /Неверный вызов/],
		[['--internal', 'no-such-internal'], /Папка внутренних сведений «no-such-internal» не найдена/],
		[['--check-format', 'xml'], /--check-format: неизвестный формат «xml»/],
		[['--history', 'no-such-history'], /Папка истории «no-such-history» не найдена/],
		[['--repository', 'http://gitlab.example/x'], /--repository: ожидался адрес https:\/\/…/],
	])('refuses %j with exit 2 and the usage', (args, message) => {
		const { code, stderr } = runCli('build', args);
		expect(code).toBe(2);
		expect(stderr).toMatch(message);
		expect(stderr).toContain('Использование: npm run build');
	});

	it('builds the demo site and indexes it, then replaces the last site whole', () => {
		const out = lastSite('out-demo');
		const { code, stderr } = runCli('build', ['--out', out]);
		expect(code, stderr.slice(-2000)).toBe(0);
		// Demo data: their own history is written first (src/dev/demo/history.ts), not read from this repository's log.
		expect(stderr).toMatch(
			new RegExp(
				`Сайт собран в ${out} за [\\d,]+\\s?с: проверка [\\d,]+\\s?с, история демонстрационных данных [\\d,]+\\s?с, Astro [\\d,]+\\s?с, поиск`,
			),
		);
		expect(readFileSync(join(out, 'akkaunt', 'primer-admin-vk', 'index.html'), 'utf8')).toMatch(
			/<a href="https:\/\/gitlab\.primer-rayon\.example\/reestr\/data\/-\/merge_requests\/\d+"/,
		);
		expect(existsSync(join(out, 'last-site.txt'))).toBe(false);
		expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('<h1');
		expect(existsSync(join(out, 'pagefind', 'pagefind.js'))).toBe(true);
		// The open-data files, which a process of their own writes beside the index (src/cli/write-opendata.ts).
		expect(stderr).toMatch(/Открытые данные: \d+\sфайл/);
		// The tree is read once, by the build's check: its Astro process is given the hand-off, so the
		// site's integration runs no check of its own (src/integrations/handoff.ts); and the link-check
		// shards it wrote are in the site.
		expect(stderr).not.toContain('portal:handoff');
		expect(readdirSync(join(out, 'proverka', 'data')).length).toBeGreaterThan(1);
		expect(JSON.parse(readFileSync(join(out, 'opendata', 'registry.json'), 'utf8')).accounts.length).toBeGreaterThan(0);
		expect(readdirSync(join(out, 'opendata')).filter((name) => /^stats-\d{4}-q\d\.csv$/.test(name)).length).toBeGreaterThan(0);
		// Nothing of Astro's bundle is published, and the last site is deleted, not kept anywhere: nothing
		// is left beside --out (lock, staged copy, last site) and the work folder is gone.
		expect(existsSync(join(out, '.prerender'))).toBe(false);
		expect(readdirSync(work).filter((name) => name.startsWith('.out-demo'))).toEqual([]);
		const kept = readdirSync(WORK_ROOT).filter((run) => existsSync(join(WORK_ROOT, run, 'previous', 'last-site.txt')));
		expect(kept).toEqual([]);
	}, 300_000);
});

describe("npm run build with the administration's key", () => {
	/** A copy of the demo data publishing the public half of a throwaway key. */
	const keyed = () => {
		const data = join(work, `data-${Math.random().toString(36).slice(2)}`);
		cpSync(join(ROOT, 'data'), data, { recursive: true });
		const key = join(work, `key-${Math.random().toString(36).slice(2)}`);
		const made = spawnSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', 'test', '-f', key], { encoding: 'utf8' });
		expect(made.status, made.stderr).toBe(0);
		const publicKey = readFileSync(`${key}.pub`, 'utf8').trim();
		writeFileSync(join(data, 'site.yaml'), `${readFileSync(join(data, 'site.yaml'), 'utf8')}signingKey: ${publicKey}\n`);
		return { data, key, publicKey };
	};

	it('refuses, before the check, a key that is not the one site.yaml publishes, and changes nothing', { timeout: 120_000 }, () => {
		const { data } = keyed();
		const other = join(work, 'other-key');
		spawnSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', other]);
		const out = lastSite('out-wrong-key');
		const { code, stderr } = runCli('build', ['--data', data, '--out', out, '--sign-key', other]);
		expect(code).toBe(2);
		expect(stderr).toContain('не соответствует открытому ключу signingKey');
		expect(stderr).not.toContain('Проверка данных');
		expect(readdirSync(out)).toEqual(['last-site.txt']);
		// The private key is never printed.
		expect(stderr).not.toContain(readFileSync(other, 'utf8').split('\n')[1]!);
	});

	it(
		'signs the manifest; the copy verifies with ssh-keygen and npm run verify, and the page says it is signed',
		{ timeout: 400_000 },
		() => {
			const { data, key, publicKey } = keyed();
			const out = lastSite('out-signed');
			const { code, stdout, stderr } = runCli('build', ['--data', data, '--out', out, '--sign-key', key]);
			expect(code, stdout.slice(-2000) + stderr.slice(-2000)).toBe(0);
			const manifest = readFileSync(join(out, 'opendata/manifest.sha256'), 'utf8');
			expect(manifest).toMatch(/ {2}opendata\/list\.csv\n/);
			expect(manifest).toMatch(/ {2}proverka\/data\//);
			expect(readFileSync(join(out, 'opendata/signing-key.pub'), 'utf8')).toBe(`${publicKey}\n`);
			const host = new URL(/baseUrl: (\S+)/.exec(readFileSync(join(data, 'site.yaml'), 'utf8'))![1]!).host;
			const standard = spawnSync(
				'ssh-keygen',
				[
					'-Y',
					'verify',
					'-f',
					join(out, 'opendata/allowed_signers'),
					'-I',
					host,
					'-n',
					'official-accounts',
					'-s',
					join(out, 'opendata/manifest.sha256.sig'),
				],
				{ input: manifest, encoding: 'utf8' },
			);
			expect(standard.status, standard.stderr).toBe(0);
			const verified = runCli('verify', [out, '--data', data]);
			expect(verified.code, verified.stdout + verified.stderr).toBe(0);
			expect(readFileSync(join(out, 'opendata/index.html'), 'utf8')).toContain('data-signing="signed"');
			// The private key is in no published file and in no line of the log.
			const secret = readFileSync(key, 'utf8').split('\n')[1]!;
			expect(stderr).not.toContain(secret);
			for (const file of readdirSync(out, { recursive: true, encoding: 'utf8' })) {
				if (file.startsWith('opendata/') && file.includes('.') && !file.endsWith('.html'))
					expect(readFileSync(join(out, file)).includes(secret), file).toBe(false);
			}
		},
	);
});

describe('npm run build with earlier open-data versions', () => {
	it('stops on a carried version that runs backwards, naming the file, without a stack, and changes nothing', { timeout: 400_000 }, () => {
		const data = join(work, 'data-bad-versions');
		cpSync(join(ROOT, 'data'), data, { recursive: true });
		// The registry set's identifier, as the demo publishes it (the operator's INN).
		const folder = join(data, 'opendata-versions', '9921012373-socialmediaaccounts');
		mkdirSync(folder, { recursive: true });
		writeFileSync(join(folder, 'data-20260929-structure-20261122.csv'), 'id\n');
		const out = lastSite('out-bad-versions');
		const { code, stderr } = runCli('build', ['--data', data, '--out', out]);
		expect(code, stderr.slice(-2000)).toBe(2);
		expect(stderr).toContain('Открытые данные не записаны');
		expect(stderr).toContain('opendata-versions/9921012373-socialmediaaccounts/data-20260929-structure-20261122.csv');
		expect(stderr).toContain('раньше своей структуры');
		expect(stderr).not.toMatch(/Внутренняя ошибка|\n\s+at /);
		expect(readdirSync(out)).toEqual(['last-site.txt']);
	});
});

describe('npm run search-index', () => {
	it.each([
		[['--site', 'no-such-site'], /Папка сайта «no-such-site» не найдена/],
		[['--site', 'src', '--pages', 'no-such-share'], /Папка сайта «no-such-share» не найдена/],
	])('refuses %j with exit 2 and the usage', (args, message) => {
		const { code, stderr } = runCli('search-index', args);
		expect(code).toBe(2);
		expect(stderr).toMatch(message);
		expect(stderr).toContain('Использование: npm run search-index');
	});
});

describe('the open-data step of the build (src/cli/write-opendata.ts)', () => {
	it.each([
		[['--data', 'data', '--site', 'src'], /Не указан параметр --handoff/],
		[['--data', 'data', '--handoff', 'no-such-handoff', '--site', 'src'], /--handoff: папка «no-such-handoff» не найдена/],
	])('refuses %j with exit 2 and the usage', (args, message) => {
		const { code, stderr } = runCli('write-opendata', args);
		expect(code).toBe(2);
		expect(stderr).toMatch(message);
		expect(stderr).toContain('Использование: node src/cli/write-opendata.ts');
	});

	it('on a hand-off the check did not finish, exits 2 with one line naming what is missing, no stack', () => {
		const handoff = join(work, 'empty-handoff');
		const site = join(work, 'site-without-handoff');
		mkdirSync(handoff, { recursive: true });
		mkdirSync(site, { recursive: true });
		const { code, stderr } = runCli('write-opendata', ['--data', 'data', '--handoff', handoff, '--site', site]);
		expect(code).toBe(2);
		expect(stderr).toMatch(
			/^Открытые данные не записаны: .*empty-handoff\/handoff\.json: нет манифеста передачи данных.*запустите проверку заново/,
		);
		expect(stderr).not.toMatch(/\n\s+at /);
		// Nothing written: the missing manifest is found before any file.
		expect(readdirSync(site)).toEqual([]);
	});
});
