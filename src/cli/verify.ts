/**
 * `npm run verify -- АДРЕС|ПАПКА [--key ФАЙЛ] [--data ПАПКА]` — checks that a copy of the registry
 * (the site at an address, a mirror, or a downloaded folder) is the one the administration
 * published: the manifest /opendata/manifest.sha256 is signed by the administration's key, and every
 * file it lists has its SHA-256. The key trusted is the repository's (data/site.yaml signingKey) or
 * one given with --key, never the one the copy itself carries: a forger would replace that too.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { MANIFEST_FILE, parseManifest, sha256File, SIGNATURE_FILE } from '../lib/signing/manifest.ts';
import { fingerprint, parsePublicKey, SignatureError, verifySshSignature } from '../lib/signing/sshsig.ts';
import { formatCount } from '../lib/ru-format.ts';
import { parseCommandLine, runMain, UsageError } from './usage-error.ts';

const USAGE = `Использование: npm run verify -- АДРЕС|ПАПКА [--key ФАЙЛ] [--data ПАПКА]

Проверяет копию реестра — сайт по адресу (https://…), зеркало или скачанную папку: манифест
opendata/manifest.sha256 подписан ключом администрации, и у каждого перечисленного в нём файла
тот же SHA-256.

  --key ФАЙЛ    открытый ключ (ssh-ed25519 …), которому доверять; по умолчанию — signingKey
                из site.yaml папки с данными
  --data ПАПКА  папка с данными, чей site.yaml хранит ключ (по умолчанию data)

Код выхода: 0 — копия подлинная, 1 — подпись или файлы не сходятся (или копия не подписана),
2 — неверный вызов или копия недоступна.
`;

class Unreachable extends Error {}

interface Source {
	shown: string;
	/** The file's bytes, or undefined when the copy has no such file. */
	read(path: string): Promise<Buffer | undefined>;
	/** The file's SHA-256, or undefined when missing. */
	sha256(path: string): Promise<string | undefined>;
}

function folderSource(dir: string): Source {
	const at = (path: string) => join(dir, ...path.split('/'));
	return {
		shown: dir,
		read: async (path) => (existsSync(at(path)) && statSync(at(path)).isFile() ? readFileSync(at(path)) : undefined),
		sha256: async (path) => (existsSync(at(path)) && statSync(at(path)).isFile() ? sha256File(at(path)) : undefined),
	};
}

function urlSource(base: string): Source {
	const root = base.endsWith('/') ? base : `${base}/`;
	const get = async (path: string) => {
		let response: Response;
		try {
			response = await fetch(new URL(path, root), { redirect: 'follow' });
		} catch (error) {
			throw new Unreachable(`${new URL(path, root)}: ${(error as Error).message}`);
		}
		if (response.status === 404) return undefined;
		if (!response.ok) throw new Unreachable(`${new URL(path, root)}: ответ ${response.status}`);
		return Buffer.from(await response.arrayBuffer());
	};
	return {
		shown: root,
		read: get,
		sha256: async (path) => {
			const body = await get(path);
			return body && createHash('sha256').update(body).digest('hex');
		},
	};
}

function trustedKey(keyFile: string | undefined, dataDir: string): { blob: Buffer; from: string } {
	if (keyFile !== undefined) {
		if (!existsSync(keyFile)) throw new UsageError(`--key: файл «${keyFile}» не найден.`);
		try {
			return { blob: parsePublicKey(readFileSync(keyFile, 'utf8').split('\n')[0]!), from: keyFile };
		} catch (error) {
			throw new UsageError(`--key ${keyFile}: ${(error as Error).message}.`);
		}
	}
	const siteYaml = join(dataDir, 'site.yaml');
	if (!existsSync(siteYaml)) throw new UsageError(`Нет файла ${siteYaml}: укажите ключ через --key или папку с данными через --data.`);
	const site = load(readFileSync(siteYaml, 'utf8')) as { signingKey?: unknown } | undefined;
	if (typeof site?.signingKey !== 'string')
		throw new UsageError(`${siteYaml}: нет поля signingKey — ключа, которым проверять подпись; укажите его через --key.`);
	try {
		return { blob: parsePublicKey(site.signingKey), from: `${siteYaml} (signingKey)` };
	} catch (error) {
		throw new UsageError(`${siteYaml}, signingKey: ${(error as Error).message}.`);
	}
}

async function main(): Promise<number> {
	const { values, positionals } = parseCommandLine({
		allowPositionals: true,
		options: { key: { type: 'string' }, data: { type: 'string', default: 'data' }, help: { type: 'boolean', short: 'h', default: false } },
	});
	if (values.help) {
		process.stdout.write(USAGE);
		return 0;
	}
	if (positionals.length !== 1) throw new UsageError('Укажите одну копию: адрес https://… или папку.');
	const target = positionals[0]!;
	const key = trustedKey(values.key, values.data);
	let source: Source;
	if (/^https?:\/\//i.test(target)) source = urlSource(target);
	else if (existsSync(target) && statSync(target).isDirectory()) source = folderSource(target);
	else throw new UsageError(`Папка «${target}» не найдена (адрес должен начинаться с https://).`);

	const say = (line: string) => process.stdout.write(`${line}\n`);
	try {
		const manifest = await source.read(MANIFEST_FILE);
		if (!manifest) {
			say(`Не подтверждено: в копии ${source.shown} нет манифеста ${MANIFEST_FILE}.`);
			return 1;
		}
		const signature = await source.read(SIGNATURE_FILE);
		if (!signature) {
			say(`Не подтверждено: копия ${source.shown} не подписана (нет ${SIGNATURE_FILE}). Подлинность её файлов проверить нельзя.`);
			return 1;
		}
		try {
			verifySshSignature(manifest, signature.toString('utf8'), key.blob);
		} catch (error) {
			if (!(error instanceof SignatureError)) throw error;
			say(`Подпись не подтверждена: ${error.message}. Копия ${source.shown} не совпадает с опубликованной администрацией.`);
			return 1;
		}
		let entries;
		try {
			entries = parseManifest(manifest.toString('utf8'));
		} catch (error) {
			say(`Манифест повреждён: ${(error as Error).message}.`);
			return 1;
		}
		const problems: string[] = [];
		for (const entry of entries) {
			const actual = await source.sha256(entry.path);
			if (actual === undefined) problems.push(`нет файла ${entry.path}`);
			else if (actual !== entry.sha256)
				problems.push(`файл ${entry.path} изменён: SHA-256 ${actual}, в подписанном манифесте ${entry.sha256}`);
		}
		if (problems.length) {
			for (const problem of problems) say(`  ${problem}`);
			say(
				`Не подтверждено: ${formatCount(problems.length, 'файл не совпадает|файла не совпадают|файлов не совпадают')} с подписанным манифестом.`,
			);
			return 1;
		}
		say(
			`Подтверждено: подпись ключа ${fingerprint(key.blob)} (${key.from}) верна, ${formatCount(entries.length, 'файл совпадает|файла совпадают|файлов совпадают')} с манифестом.`,
		);
		return 0;
	} catch (error) {
		if (!(error instanceof Unreachable)) throw error;
		process.stderr.write(`Копия недоступна: ${error.message}\n`);
		return 2;
	}
}

if (import.meta.main) await runMain(main, USAGE);
