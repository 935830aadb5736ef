/**
 * Link-check payload at national scale: builds the shards for 1,000 / 20,000 / 200,000 synthetic
 * accounts and replays 1,000 checks against each (100 of each kind of input a citizen pastes), counting the bytes of every shard a check
 * fetches (the page itself and HTTP overhead aside). Prints, asserts nothing: the bound that CI
 * enforces lives in tests/unit/lookup/shards.test.ts.
 *
 *   npm exec -- node tests/bench/lookup-payload.ts [SIZES…]
 */
import { gzipSync } from 'node:zlib';
import { accountUrl } from '../../src/lib/links/index.ts';
import { buildShards, lookup, nameKey, RegistryLookup, type AnswerVerdict } from '../../src/lib/lookup/index.ts';
import { syntheticName, syntheticRegistry } from '../unit/lookup/synthetic.ts';

const SIZES = process.argv
	.slice(2)
	.map(Number)
	.filter((n) => n > 0);
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
		case 0:
			chars.splice(at, 1);
			break;
		case 1:
			chars.splice(at, 0, 'abcdefghijklmnopqrstuvwxyz_'[Math.floor(next() * 27)] ?? 'a');
			break;
		case 2:
			chars[at] = 'abcdefghijklmnopqrstuvwxyz'[Math.floor(next() * 26)] ?? 'a';
			break;
		case 3:
			if (at + 1 < chars.length) [chars[at], chars[at + 1]] = [chars[at + 1] ?? '', chars[at] ?? ''];
			break;
		default:
			return name.replace(/o/, 'о').replace(/m/, 'rn'); // Cyrillic о; rn for m
	}
	return chars.join('');
}

async function run(size: number): Promise<void> {
	const started = performance.now();
	const registry = syntheticRegistry(size, size);
	const { config, files } = buildShards(registry);
	const built = performance.now() - started;
	const sizes = new Map<string, { raw: number; gz: number }>();
	for (const [name, text] of files) sizes.set(name, { raw: Buffer.byteLength(text), gz: gzipSync(text).length });
	const of = (kind: string) => [...sizes].filter(([name]) => name.startsWith(`${config.v}-${kind}`)).map(([, s]) => s);

	console.log(
		`\n${size.toLocaleString('en')} accounts (${registry.forms.length.toLocaleString('en')} forms), built in ${(built / 1000).toFixed(1)} s`,
	);
	for (const [kind, label] of [
		['e', 'exact'],
		['l', 'look-alike'],
		['c', 'contact'],
	] as const) {
		const list = of(kind);
		console.log(
			`  ${label.padEnd(10)} shards: ${String(list.length).padStart(6)}   raw max ${kb(Math.max(...list.map((s) => s.raw)))}, median ${kb(median(list.map((s) => s.raw)))}` +
				`   gzip max ${kb(Math.max(...list.map((s) => s.gz)))}, median ${kb(median(list.map((s) => s.gz)))}` +
				`   total gzip ${(list.reduce((sum, s) => sum + s.gz, 0) / 1024 / 1024).toFixed(1)} MB`,
		);
	}

	const next = registry.next;
	const named = registry.forms.filter((form) => nameKey(form) !== null);
	const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
	const split = (form: string) => [form.slice(0, form.indexOf(':')), form.slice(form.indexOf(':') + 1)] as const;
	// Cyrillic letters make accountUrl refuse the id; the forger's link is typed by hand then.
	const HOST: Record<string, string> = { vk: 'vk.com', ok: 'ok.ru', tg: 't.me', max: 'max.ru', dzen: 'dzen.ru', rutube: 'rutube.ru' };
	const link = (canonical: string) => accountUrl(canonical) ?? `https://${HOST[split(canonical)[0]]}/${split(canonical)[1]}`;
	const contact = () => pick(registry.contacts).key;
	// Each input kind a citizen may paste, QUERIES / 10 of each.
	const KINDS: Record<string, () => string> = {
		'link, registered': () => link(pick(registry.forms)),
		'link, unknown': () => link(`${pick(['vk', 'ok', 'tg', 'max'])}:${syntheticName(next)}`),
		'link, forged': () => {
			const [net, name] = split(pick(named));
			return link(`${net}:${forge(name, next)}`);
		},
		'link + suffix': () => link(`${pick(named)}_official`),
		'typosquat host': () => `https://vkontakte-gov.ru/${split(pick(named))[1]}`,
		message: () => `Вот наш канал: ${link(pick(registry.forms))}, пишите!`,
		'@handle': () => `@${nameKey(pick(named))?.name ?? ''}`,
		'@handle, forged': () => `@${forge(nameKey(pick(named))?.name ?? '', next)}`,
		'phone, e-mail, site': () => {
			const key = contact();
			if (key.startsWith('tel:')) return `8 (${key.slice(6, 11)}) ${key.slice(11)}`;
			return key.slice(key.indexOf(':') + 1);
		},
		'contact, unlisted': () => pick(['+7 (900) 000-00-00', 'nobody@example.org', 'https://example.org']),
	};
	interface Tally {
		raw: number[];
		gz: number[];
		files: number[];
		verdicts: Map<AnswerVerdict, number>;
	}
	const perGroup = new Map<string, Tally>();
	const all = { raw: [] as number[], gz: [] as number[], files: [] as number[] };
	const per = Math.max(1, Math.floor(QUERIES / Object.keys(KINDS).length));
	for (const [group, make] of Object.entries(KINDS)) {
		for (let i = 0; i < per; i++) {
			const fetched: string[] = [];
			const registryLookup = new RegistryLookup(config, async (name) => {
				fetched.push(name);
				return JSON.parse(files.get(name) ?? 'null');
			});
			const answer = await lookup(make(), registryLookup);
			const raw = fetched.reduce((sum, name) => sum + (sizes.get(name)?.raw ?? 0), 0);
			const gz = fetched.reduce((sum, name) => sum + (sizes.get(name)?.gz ?? 0), 0);
			const entry: Tally = perGroup.get(group) ?? { raw: [], gz: [], files: [], verdicts: new Map() };
			entry.raw.push(raw);
			entry.gz.push(gz);
			entry.files.push(fetched.length);
			entry.verdicts.set(answer.verdict, (entry.verdicts.get(answer.verdict) ?? 0) + 1);
			perGroup.set(group, entry);
			all.raw.push(raw);
			all.gz.push(gz);
			all.files.push(fetched.length);
		}
	}
	for (const [group, s] of [...perGroup, ['all', { ...all, verdicts: new Map() }] as const]) {
		const verdicts = [...s.verdicts].map(([k, n]) => `${k} ${n}`).join(', ');
		console.log(
			`  ${group.padEnd(19)} ${String(s.gz.length).padStart(4)} checks: gzip max ${kb(Math.max(...s.gz))}, median ${kb(median(s.gz))}` +
				`   raw max ${kb(Math.max(...s.raw))}   files max ${Math.max(...s.files)}, median ${median(s.files)}` +
				(verdicts ? `   (${verdicts})` : ''),
		);
	}
}

const queue = SIZES.length > 0 ? SIZES : [1_000, 20_000, 200_000];
for (const size of queue) await run(size);
