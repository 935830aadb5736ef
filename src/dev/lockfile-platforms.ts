/**
 * `node src/dev/lockfile-platforms.ts` — adds to package-lock.json the optional per-platform
 * binaries that npm could not record because the registry reachable here does not serve them at
 * the required versions (@astrojs/compiler-binding-* 0.5.1, @pagefind/* 1.6.0 for other
 * platforms). Without the entries `npm ci` refuses the lockfile as out of sync; with them it skips
 * the packages on this platform, as it would with a complete lockfile. Run after `npm install`.
 */
import { readFileSync, writeFileSync } from 'node:fs';

const PLATFORMS: Record<string, { os?: string[]; cpu: string[]; libc?: string[] }> = {
	'android-arm64': { os: ['android'], cpu: ['arm64'] },
	'darwin-arm64': { os: ['darwin'], cpu: ['arm64'] },
	'darwin-x64': { os: ['darwin'], cpu: ['x64'] },
	'freebsd-x64': { os: ['freebsd'], cpu: ['x64'] },
	'linux-arm64-gnu': { os: ['linux'], cpu: ['arm64'], libc: ['glibc'] },
	'linux-arm64-musl': { os: ['linux'], cpu: ['arm64'], libc: ['musl'] },
	'wasm32-wasi': { cpu: ['wasm32'] },
	'win32-arm64-msvc': { os: ['win32'], cpu: ['arm64'] },
	'win32-x64-msvc': { os: ['win32'], cpu: ['x64'] },
	'windows-arm64': { os: ['win32'], cpu: ['arm64'] },
	'windows-x64': { os: ['win32'], cpu: ['x64'] },
};

const path = new URL('../../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(path, 'utf8')) as {
	packages: Record<string, { version?: string; optionalDependencies?: Record<string, string> }>;
};
let added = 0;
for (const [key, entry] of Object.entries(lock.packages)) {
	for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
		if (lock.packages[`node_modules/${name}`] || lock.packages[`${key}/node_modules/${name}`]) continue;
		const platform = Object.entries(PLATFORMS).find(([suffix]) => name.endsWith(`-${suffix}`) || name.endsWith(`/${suffix}`));
		if (!platform) throw new Error(`no platform known for ${name}: add it to PLATFORMS`);
		lock.packages[`node_modules/${name}`] = { version, optional: true, ...platform[1] } as never;
		added++;
	}
}
const sorted = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : 1)));
writeFileSync(path, `${JSON.stringify({ ...lock, packages: sorted }, null, 2)}\n`);
process.stdout.write(`package-lock.json: ${added} platform entries added\n`);
