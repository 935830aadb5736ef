/**
 * `node src/cli/sign-site.ts --site ПАПКА [--key ФАЙЛ]` — a step of `npm run build`, before the
 * site replaces --out: lists every open-data file and link-check shard of the built site with its
 * SHA-256 in /opendata/manifest.sha256 (sha256sum format) and, given the administration's private
 * key, signs it with `ssh-keygen -Y sign` into manifest.sha256.sig (docs/signing.md). OpenSSH signs,
 * not this program: the key file is read by the standard tool only, and the signature is the one
 * `ssh-keygen -Y verify` checks. The key is never copied, printed, or written into the site.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MANIFEST_FILE, manifestText, sha256File, signedPaths, SIGNATURE_FILE } from '../lib/signing/manifest.ts';
import { parsePublicKey, SIGNING_NAMESPACE } from '../lib/signing/sshsig.ts';
import { formatCount } from '../lib/ru-format.ts';
import { parseCommandLine, runMain, UsageError } from './usage-error.ts';

const USAGE = `Использование: node src/cli/sign-site.ts --site ПАПКА [--key ФАЙЛ]

Шаг команды npm run build: записывает манифест opendata/manifest.sha256 (SHA-256 каждого файла
открытых данных и проверки ссылок) и, если указан закрытый ключ, подписывает его (ssh-keygen -Y sign).

  --site ПАПКА  папка собранного сайта
  --key ФАЙЛ    закрытый ключ Ed25519 администрации (OpenSSH, без пароля); без него манифест не подписан

Код выхода: 0 — манифест записан (и подписан), 2 — неверный вызов или сбой.
`;

export class SigningError extends Error {}

/** The public key of a private key file, as `ssh-keygen -y` derives it. */
export function publicKeyOf(keyFile: string): string {
	const derived = spawnSync('ssh-keygen', ['-y', '-f', keyFile], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
	if (derived.error) throw new SigningError(`не запускается ssh-keygen (${derived.error.message}): установите OpenSSH`);
	// ssh-keygen's own message may quote the file's path; never the key itself.
	if (derived.status !== 0)
		throw new SigningError(
			`${keyFile}: ssh-keygen не прочитал закрытый ключ (${derived.stderr.trim()}); нужен ключ без пароля с правами 600`,
		);
	return derived.stdout.trim();
}

/**
 * Checks, before a build starts, that `keyFile` is the private half of the key data/site.yaml
 * publishes: a build signed with another key would publish a signature no one can check.
 */
export function checkSigningKey(keyFile: string, publishedKey: string | undefined, siteYaml: string): void {
	if (!existsSync(keyFile) || !statSync(keyFile).isFile()) throw new SigningError(`файл ключа подписи «${keyFile}» не найден`);
	if (!publishedKey)
		throw new SigningError(`${siteYaml}: нет поля signingKey — опубликуйте открытый ключ, которым проверяют подпись (docs/signing.md)`);
	const derived = publicKeyOf(keyFile);
	if (!parsePublicKey(derived).equals(parsePublicKey(publishedKey))) {
		throw new SigningError(
			`ключ подписи ${keyFile} не соответствует открытому ключу signingKey в ${siteYaml}: укажите закрытый ключ администрации или обновите signingKey`,
		);
	}
}

/** Writes the manifest of `site` and, with `keyFile`, its signature. Returns how many files it lists. */
export function signSite(site: string, keyFile: string | undefined): number {
	const paths = signedPaths(site);
	const manifest = join(site, MANIFEST_FILE);
	writeFileSync(manifest, manifestText(paths.map((path) => ({ path, sha256: sha256File(join(site, path)) }))));
	if (keyFile !== undefined) {
		const signed = spawnSync('ssh-keygen', ['-Y', 'sign', '-q', '-f', keyFile, '-n', SIGNING_NAMESPACE, manifest], {
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		if (signed.error) throw new SigningError(`не запускается ssh-keygen (${signed.error.message}): установите OpenSSH`);
		if (signed.status !== 0 || !existsSync(join(site, SIGNATURE_FILE)))
			throw new SigningError(`ssh-keygen не подписал манифест (${signed.stderr.trim()})`);
	}
	return paths.length;
}

async function main(): Promise<number> {
	const args = parseCommandLine({
		options: { site: { type: 'string' }, key: { type: 'string' }, help: { type: 'boolean', short: 'h', default: false } },
	}).values;
	if (args.help) {
		process.stdout.write(USAGE);
		return 0;
	}
	if (args.site === undefined) throw new UsageError('Не указан параметр --site.');
	if (!existsSync(join(args.site, 'opendata'))) throw new UsageError(`--site: в папке «${args.site}» нет opendata/.`);
	try {
		const count = signSite(args.site, args.key);
		process.stderr.write(
			`Манифест: ${formatCount(count, 'файл|файла|файлов')}${args.key !== undefined ? ', подписан' : ', без подписи'}\n`,
		);
		return 0;
	} catch (error) {
		if (!(error instanceof SigningError)) throw error;
		process.stderr.write(`Манифест не подписан: ${error.message}\n`);
		return 2;
	}
}

if (import.meta.main) await runMain(main, USAGE);
