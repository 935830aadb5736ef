/**
 * The manifest of a published site: every open-data file and every link-check shard with its
 * SHA-256, in the format of `sha256sum` (`<hex>  <path>`, paths from the site's root), so
 * `sha256sum -c opendata/manifest.sha256` run in a downloaded copy checks it with no other tool.
 * It is the one file the administration signs (docs/signing.md).
 */
import { createHash } from 'node:crypto';
import { closeSync, existsSync, openSync, readdirSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { VARIABLES } from '../build-env.ts';

/** Set to 1 by `npm run build` for its Astro processes when it signs: the pages then say the build is signed. */
export const SIGNED_ENV = VARIABLES.signed;

export const MANIFEST_FILE = 'opendata/manifest.sha256';
export const SIGNATURE_FILE = 'opendata/manifest.sha256.sig';
export const PUBLIC_KEY_FILE = 'opendata/signing-key.pub';
export const ALLOWED_SIGNERS_FILE = 'opendata/allowed_signers';

/** Folders of the site whose files are data a bot, a bank or a mirror fetches, not pages. */
export const SIGNED_FOLDERS = ['opendata', 'proverka/data'] as const;

/** Not data: the page about the data, and the manifest and its signature themselves. */
const UNLISTED = new Set([MANIFEST_FILE, SIGNATURE_FILE, 'opendata/index.html']);

export interface ManifestEntry {
	sha256: string;
	path: string;
}

/** SHA-256 of a file, read in chunks: the registry's largest files are hundreds of megabytes. */
export function sha256File(path: string): string {
	const hash = createHash('sha256');
	const buffer = Buffer.allocUnsafe(1 << 20);
	const fd = openSync(path, 'r');
	try {
		for (let read; (read = readSync(fd, buffer, 0, buffer.length, null)) > 0;) hash.update(buffer.subarray(0, read));
	} finally {
		closeSync(fd);
	}
	return hash.digest('hex');
}

/** Files of the signed folders of `site`, as paths from its root, sorted. */
export function signedPaths(site: string): string[] {
	const paths: string[] = [];
	for (const folder of SIGNED_FOLDERS) {
		if (!existsSync(join(site, folder))) continue;
		for (const entry of readdirSync(join(site, folder), { recursive: true, withFileTypes: true })) {
			if (!entry.isFile()) continue;
			const path = `${join(entry.parentPath, entry.name)
				.slice(site.length + 1)
				.split('\\')
				.join('/')}`;
			if (!UNLISTED.has(path)) paths.push(path);
		}
	}
	return paths.sort();
}

export function manifestText(entries: readonly ManifestEntry[]): string {
	return entries.map((entry) => `${entry.sha256}  ${entry.path}\n`).join('');
}

const LINE = /^([0-9a-f]{64}) {2}([^\n]+)$/;

/** The manifest's entries; a line that is not `<hex>  <path>`, or a path leaving the site, is an error. */
export function parseManifest(text: string): ManifestEntry[] {
	const lines = text.split('\n');
	if (lines.pop() !== '') throw new Error('манифест не оканчивается переводом строки');
	return lines.map((line, i) => {
		const match = LINE.exec(line);
		const path = match?.[2];
		if (!match || !path || path.startsWith('/') || path.split('/').some((part) => part === '..' || part === '' || part === '.')) {
			throw new Error(`строка ${i + 1} манифеста не в формате sha256sum: «${line.slice(0, 100)}»`);
		}
		return { sha256: match[1]!, path };
	});
}
