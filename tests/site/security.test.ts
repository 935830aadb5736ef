/**
 * Security of the built site: a Content-Security-Policy on every page without inline scripts,
 * links to networks only as https to their known hosts and only for registered accounts, and a
 * sentinel build proving internal data (staff contacts, security attestations) never reaches the
 * output. The sentinel build is the one extra build of the test suite.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { accountUrl, canonicalise, NETWORK_HOSTS } from '../../src/lib/links/index.ts';
import { ownerNetwork } from '../../src/lib/links/hosts.ts';
import { loadPublicData } from '../../src/handoff/public-data.ts';
import { InternalSchema } from '../../src/schemas/internal.ts';

const dir = inject('siteDir');
const root = resolve(import.meta.dirname, '../..');
const dataDir = process.env.PORTAL_DATA ?? 'data';
const data = loadPublicData(dataDir);

function files(base: string, ext?: string): string[] {
	return readdirSync(base, { recursive: true, encoding: 'utf8' })
		.filter((file) => (ext ? file.endsWith(ext) : !file.includes('pagefind')))
		.map((file) => join(base, file));
}

const pages = files(dir, '.html').map((file) => [file.slice(dir.length), readFileSync(file, 'utf8')] as const);

describe('content security policy', () => {
	it.each(pages.map(([path]) => [path]))('%s has a CSP without unsafe-inline scripts', (path) => {
		const html = pages.find(([p]) => p === path)![1];
		const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
		expect(csp).toBeDefined();
		const scriptSrc = csp!
			.split(';')
			.map((d) => d.trim())
			.find((d) => d.startsWith('script-src'));
		// The form editor (Decap CMS) has its own page and policy: Ajv in Decap compiles with
		// new Function, so 'unsafe-eval' — still no inline script and no other origin (src/pages/admin/).
		expect(scriptSrc).toBe(path === '/admin/index.html' ? "script-src 'self' 'unsafe-eval'" : "script-src 'self' 'wasm-unsafe-eval'");
		expect(csp).toContain("object-src 'none'");
		// The CSP must come before anything that could load a script or style.
		expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.search(/<(script|link|style)\b/));
	});

	it('no page has an inline script or event handler attribute', () => {
		const inline: string[] = [];
		for (const [path, html] of pages) {
			for (const match of html.matchAll(/<script\b([^>]*)>/g)) {
				const attrs = match[1]!;
				// Data blocks (JSON) are not executed, so CSP does not govern them.
				if (/\bsrc="/.test(attrs) || /\btype="application\/(ld\+)?json"/.test(attrs)) continue;
				inline.push(`${path}: <script${attrs}>`);
			}
			for (const match of html.matchAll(/<[a-z]+\b[^>]*\s(on[a-z]+)=/g)) inline.push(`${path}: ${match[1]}=`);
			if (/href="javascript:/i.test(html)) inline.push(`${path}: javascript: link`);
		}
		expect(inline).toEqual([]);
	});
});

describe('links to social networks', () => {
	// Every registered form, aliases included: the address index (/proverka/adresa/) links each one.
	const registered = new Set(
		data.accounts.flatMap((account) =>
			[account.url, ...account.aliases].flatMap((input) => {
				const r = canonicalise(input);
				return r.kind === 'account' && r.canonical ? [accountUrl(r.canonical)] : [];
			}),
		),
	);

	it('are https, on a known host of the network, and lead to registered accounts only', () => {
		const bad: string[] = [];
		for (const [path, html] of pages) {
			for (const [, href] of html.matchAll(/<a\b[^>]*\shref="([^"]+)"/g)) {
				if (!/^(https?:)?\/\//i.test(href!)) continue;
				const url = new URL(href!.replaceAll('&amp;', '&'), 'https://site.invalid');
				const network = ownerNetwork(url.hostname);
				if (!network) continue;
				if (url.protocol !== 'https:') bad.push(`${path}: ${href} is not https`);
				if (!NETWORK_HOSTS[network].includes(url.hostname)) bad.push(`${path}: ${href} is not a known ${network} host`);
				if (!registered.has(url.href)) bad.push(`${path}: ${href} is not a registered account's canonical URL`);
			}
		}
		expect(bad).toEqual([]);
	});

	it('render an unsafe stored address as plain text, not a link', async () => {
		const { accountLink } = await import('../../src/queries/accounts.ts');
		expect(accountLink('vk', 'http://vk.com/primer')).toEqual({ href: 'https://vk.com/primer', text: 'https://vk.com/primer' });
		expect(accountLink('vk', 'https://vk.com.evil.example/primer').href).toBeNull();
		expect(accountLink('vk', 'javascript:alert(1)').href).toBeNull();
		expect(accountLink('vk', 'https://t.me/primer').href).toBeNull();
		expect(accountLink('tg', 'https://vk-com.ru/primer').href).toBeNull();
	});
});

describe('internal data never reaches the output (sentinel build)', () => {
	const SENTINELS = [
		'SENTINEL-STAFF-7f3a',
		'SENTINEL-ATTEST-7f3a',
		'sentinel-7f3a@sentinel.example',
		'731-73-37',
		'79007317337',
		'SENTINEL-POSITION-7f3a',
	];
	const PUBLIC_CANARY = 'PUBLIC-CANARY-c41d';
	const work = mkdtempSync(join(tmpdir(), 'portal-sentinel-'));
	afterAll(() => rmSync(work, { recursive: true, force: true }));

	it('builds a site from a copy with sentinels in data/internal/ and finds none of them', () => {
		const copy = join(work, 'data');
		cpSync(join(root, dataDir), copy, { recursive: true });
		// Plant sentinels in every internal file: a staff contact and a security attestation that
		// says 2FA is off (exactly what an attacker would look for).
		const internalDir = join(copy, 'internal');
		const internalFiles = readdirSync(internalDir).filter((f) => f.endsWith('.yaml'));
		expect(internalFiles.length).toBeGreaterThan(0);
		for (const file of internalFiles) {
			const path = join(internalDir, file);
			const doc = parse(readFileSync(path, 'utf8')) as { org: string; staff?: unknown[]; security?: Record<string, unknown> };
			const account = data.accounts.find((a) => a.org === doc.org)?.id;
			doc.staff = [
				...(doc.staff ?? []),
				{
					position: 'SENTINEL-POSITION-7f3a',
					name: 'SENTINEL-STAFF-7f3a',
					email: 'sentinel-7f3a@sentinel.example',
					phone: '+7 (900) 731-73-37',
					accounts: account ? [account] : [],
				},
			];
			if (account)
				doc.security = {
					...(doc.security ?? {}),
					[account]: { twoFactor: false, attested: '2026-01-01', attestedBy: 'SENTINEL-ATTEST-7f3a' },
				};
			// The planted file is valid: the site must leave it out by design, not because it is broken.
			expect(InternalSchema.safeParse(doc).success, file).toBe(true);
			writeFileSync(path, stringify(doc));
		}
		// A public canary proves the build really read the copy.
		const orgFile = join(copy, 'orgs', data.orgs[0]!.id, 'org.yaml');
		writeFileSync(orgFile, readFileSync(orgFile, 'utf8').replace(/^shortName: .*$/m, `shortName: ${PUBLIC_CANARY}`));

		// Build from a copy of the project too: concurrent builds in one checkout race on .astro/.
		const project = join(work, 'project');
		for (const entry of ['src', 'public', 'content', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
			if (existsSync(join(root, entry))) cpSync(join(root, entry), join(project, entry), { recursive: true });
		}
		symlinkSync(join(root, 'node_modules'), join(project, 'node_modules'), 'dir');
		const outDir = join(work, 'dist');
		const astro = join(root, 'node_modules/astro/bin/astro.mjs');
		const run = () =>
			spawnSync(process.execPath, [astro, 'build', '--outDir', outDir], {
				cwd: project,
				encoding: 'utf8',
				env: { ...process.env, PORTAL_DATA: copy, ASTRO_TELEMETRY_DISABLED: '1' },
			});
		// Astro's shared cache under node_modules/ can still race with another build: retry once.
		let build = run();
		if (build.status !== 0) build = run();
		expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);

		const output = files(outDir);
		let sawCanary = false;
		const leaks: string[] = [];
		for (const file of output) {
			let content: string;
			try {
				content = readFileSync(file, 'utf8');
			} catch {
				continue; // a directory
			}
			if (content.includes(PUBLIC_CANARY)) sawCanary = true;
			for (const sentinel of SENTINELS) if (content.includes(sentinel)) leaks.push(`${file.slice(outDir.length)}: ${sentinel}`);
		}
		expect(sawCanary).toBe(true);
		expect(leaks).toEqual([]);
	}, 180_000);
});
