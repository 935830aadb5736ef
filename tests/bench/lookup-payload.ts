/**
 * Link-check payload at national scale: builds the shards for 1,000 / 20,000 / 200,000 synthetic
 * accounts and replays 1,000 checks against each, counting the bytes of every shard a check
 * fetches (the page itself and HTTP overhead aside). Prints, asserts nothing: the bound that CI
 * enforces lives in tests/unit/lookup/shards.test.ts.
 *
 *   npm exec -- node tests/bench/lookup-payload.ts [SIZES…]
 */
import { gzipSync } from 'node:zlib';
import { accountUrl } from '../../src/lib/links/index.ts';
import { buildShards, checkLink, nameKey, RegistryLookup, type VerdictKind } from '../../src/lib/lookup/index.ts';
import { syntheticName, syntheticRegistry } from '../unit/lookup/synthetic.ts';

const SIZES = process.argv.slice(2).map(Number).filter((n) => n > 0);
const QUERIES = 1_000;

const median = (values: number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)] ?? 0;
};
const kb = (bytes: number) => `${(bytes / 1024).toFixed(2)} KB`;

/** One edit a forger might make: swap in a look-alike letter, drop, add, replace or swap letters. */
function forge(name: string, next: () => number): string {
	const chars = [...name];
	const at = Math.floor(next() * chars.length);
	switch (Math.floor(next() * 5)) {
		case 0: chars.splice(at, 1); break;
		case 1: chars.splice(at, 0, 'abcdefghijklmnopqrstuvwxyz_'[Math.floor(next() * 27)] ?? 'a'); break;
		case 2: chars[at] = 'abcdefghijklmnopqrstuvwxyz'[Math.floor(next() * 26)] ?? 'a'; break;
		case 3: if (at + 1 < chars.length) [chars[at], chars[at + 1]] = [chars[at + 1] ?? '', chars[at] ?? '']; break;
		default: return name.replace(/o/, 'о').replace(/m/, 'rn'); // Cyrillic о; rn for m
	}
	return chars.join('');
}

async function run(size: number): Promise<void> {
	const started = performance.now();
	const registry = syntheticRegistry(size, size);
	const { config, files } = buildShards(registry.accounts);
	const built = performance.now() - started;
	const sizes = new Map<string, { raw: number; gz: number }>();
	for (const [name, text] of files) sizes.set(name, { raw: Buffer.byteLength(text), gz: gzipSync(text).length });
	const of = (kind: string) => [...sizes].filter(([name]) => name.startsWith(`${config.v}-${kind}`)).map(([, s]) => s);

	console.log(`\n${size.toLocaleString('en')} accounts (${registry.forms.length.toLocaleString('en')} forms), built in ${(built / 1000).toFixed(1)} s`);
	for (const [kind, label] of [['e', 'exact'], ['l', 'look-alike']] as const) {
		const list = of(kind);
		console.log(
			`  ${label.padEnd(10)} shards: ${String(list.length).padStart(6)}   raw max ${kb(Math.max(...list.map((s) => s.raw)))}, median ${kb(median(list.map((s) => s.raw)))}` +
				`   gzip max ${kb(Math.max(...list.map((s) => s.gz)))}, median ${kb(median(list.map((s) => s.gz)))}` +
				`   total gzip ${(list.reduce((sum, s) => sum + s.gz, 0) / 1024 / 1024).toFixed(1)} MB`,
		);
	}

	const next = registry.next;
	const named = registry.forms.filter((form) => nameKey(form) !== null);
	const queries: [string, string][] = [];
	for (let i = 0; i < QUERIES; i++) {
		const mix = i % 10;
		if (mix < 4) queries.push(['hit', registry.forms[Math.floor(next() * registry.forms.length)] ?? '']);
		else if (mix < 7) queries.push(['miss', `${['vk', 'ok', 'tg', 'max'][i % 4]}:${syntheticName(next)}`]);
		else {
			const form = named[Math.floor(next() * named.length)] ?? '';
			const [net, name] = [form.slice(0, form.indexOf(':')), form.slice(form.indexOf(':') + 1)];
			queries.push(['forged', `${net}:${forge(name, next)}`]);
		}
	}
	interface Tally { raw: number[]; gz: number[]; files: number[]; verdicts: Map<VerdictKind, number> }
	const perGroup = new Map<string, Tally>();
	const all = { raw: [] as number[], gz: [] as number[], files: [] as number[] };
	for (const [group, canonical] of queries) {
		const fetched: string[] = [];
		const lookup = new RegistryLookup(config, async (name) => {
			fetched.push(name);
			return JSON.parse(files.get(name) ?? 'null');
		});
		// Cyrillic letters make accountUrl refuse the id; the forger's link is typed by hand then.
		const url = accountUrl(canonical) ?? `https://${{ vk: 'vk.com', ok: 'ok.ru', tg: 't.me', max: 'max.ru', dzen: 'dzen.ru', rutube: 'rutube.ru' }[canonical.slice(0, canonical.indexOf(':'))]}/${canonical.slice(canonical.indexOf(':') + 1)}`;
		const verdict = await checkLink(url, lookup);
		const raw = fetched.reduce((sum, name) => sum + (sizes.get(name)?.raw ?? 0), 0);
		const gz = fetched.reduce((sum, name) => sum + (sizes.get(name)?.gz ?? 0), 0);
		const entry: Tally = perGroup.get(group) ?? { raw: [], gz: [], files: [], verdicts: new Map() };
		entry.raw.push(raw);
		entry.gz.push(gz);
		entry.files.push(fetched.length);
		entry.verdicts.set(verdict.verdict, (entry.verdicts.get(verdict.verdict) ?? 0) + 1);
		perGroup.set(group, entry);
		all.raw.push(raw);
		all.gz.push(gz);
		all.files.push(fetched.length);
	}
	for (const [group, s] of [...perGroup, ['all', { ...all, verdicts: new Map() }] as const]) {
		const verdicts = [...s.verdicts].map(([k, n]) => `${k} ${n}`).join(', ');
		console.log(
			`  ${group.padEnd(7)} ${String(s.gz.length).padStart(4)} checks: gzip max ${kb(Math.max(...s.gz))}, median ${kb(median(s.gz))}` +
				`   raw max ${kb(Math.max(...s.raw))}, median ${kb(median(s.raw))}   files max ${Math.max(...s.files)}, median ${median(s.files)}` +
				(verdicts ? `   (${verdicts})` : ''),
		);
	}
}

const queue = SIZES.length > 0 ? SIZES : [1_000, 20_000, 200_000];
for (const size of queue) await run(size);
