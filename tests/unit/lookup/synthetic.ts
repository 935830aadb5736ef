/**
 * A synthetic national-scale registry for the lookup's size tests and the payload bench, built in
 * memory. Names follow real naming habits on purpose (shared prefixes such as mbou_sosh, numbered
 * schools, town names with common endings): uniform random strings would hide the skew that makes
 * some look-alike groups large.
 */
import type { AccountStatus, RegistryAccount, RegistryContact } from '../../../src/lib/lookup/index.ts';

/** Deterministic PRNG (mulberry32): the same seed gives the same registry. */
export function random(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const pick = <T>(next: () => number, items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;

const ONSETS = [
	'b',
	'v',
	'g',
	'd',
	'zh',
	'z',
	'k',
	'l',
	'm',
	'n',
	'p',
	'r',
	's',
	't',
	'f',
	'kh',
	'ch',
	'sh',
	'ber',
	'sosn',
	'lip',
	'kam',
	'kl',
	'dub',
	'ryab',
	'zar',
	'ol',
	'iv',
	'krasn',
	'nov',
	'star',
	'bel',
	'chern',
	'uv',
	'pokr',
	'troits',
	'nikol',
	'mikh',
	'aleks',
	'petr',
];
const VOWELS = ['a', 'o', 'e', 'i', 'u', 'ya', 'yo'];
const ENDINGS = [
	'ovka',
	'evka',
	'ino',
	'ovo',
	'sk',
	'ovsk',
	'ny',
	'naya',
	'ka',
	'ye',
	'insk',
	'grad',
	'ovskoe',
	'ka',
	'ovo',
	'ino',
	'ovka',
];
const TYPES = [
	'admin',
	'adm',
	'administraciya',
	'mo',
	'sovet',
	'duma',
	'glava',
	'mbou_sosh',
	'school',
	'sosh',
	'gimnaziya',
	'licey',
	'detsad',
	'sad',
	'mbdou',
	'crb',
	'gbuz',
	'bolnica',
	'poliklinika',
	'biblioteka',
	'dk',
	'kdc',
	'muzey',
	'mfc',
	'uszn',
	'kcson',
	'obrazovanie',
	'kultura',
	'sport',
	'molodezh',
	'ddt',
	'dshi',
	'sportshkola',
	'pozharnaya_chast',
	'zags',
	'upravlenie',
	'poselenie',
	'okrug',
	'rayon',
	'gorod',
];
const SUFFIXES = ['', '', '', '', '_official', '_ru', '_gov', '_adm', '_info', '_news'];
// Network shares roughly as in municipal registries; rutube only by issued channel numbers.
const NETWORK_WEIGHTS: readonly (readonly [string, number])[] = [
	['vk', 0.4],
	['ok', 0.2],
	['tg', 0.22],
	['max', 0.1],
	['dzen', 0.04],
	['rutube', 0.04],
];
const CYRILLIC = 'абвгдеёжзийклмнопрстуфхцчшщыэюя';
const ORG_WORDS = [
	'Администрация',
	'муниципального',
	'образования',
	'сельского',
	'поселения',
	'городского',
	'округа',
	'района',
	'бюджетное',
	'общеобразовательное',
	'учреждение',
	'средняя',
	'школа',
	'больница',
	'центральная',
	'библиотека',
	'культуры',
	'Совет',
	'депутатов',
];
const CLOSED_REASON =
	'Facebook заблокирован в России 04.03.2022, деятельность Meta запрещена решением суда от 21.03.2022; страница больше не ведётся';

function town(next: () => number): string {
	let name = pick(next, ONSETS) + pick(next, VOWELS);
	if (next() < 0.5) name += pick(next, ONSETS).slice(0, 2) + pick(next, VOWELS);
	return name + pick(next, ENDINGS);
}

function title(next: () => number): string {
	const words = [pick(next, ORG_WORDS)];
	const count = 2 + Math.floor(next() * 4);
	for (let i = 0; i < count; i++) words.push(next() < 0.6 ? pick(next, ORG_WORDS).toLowerCase() : cyrillicWord(next));
	return words.join(' ');
}

function cyrillicWord(next: () => number): string {
	let word = '';
	const length = 5 + Math.floor(next() * 8);
	for (let i = 0; i < length; i++) word += pick(next, [...CYRILLIC]);
	return word[0]?.toUpperCase() + word.slice(1);
}

/** One plausible screen name: lowercase Latin, digits, '_' (valid on every network used here). */
export function syntheticName(next: () => number): string {
	const type = pick(next, TYPES);
	const place = town(next);
	const number = next() < 0.3 ? String(1 + Math.floor(next() * 40)) : '';
	const sep = next() < 0.8 ? '_' : '';
	let name: string;
	switch (Math.floor(next() * 5)) {
		case 0:
			name = `${type}${number}${sep}${place}`;
			break;
		case 1:
			name = `${place}${sep}${type}${number}`;
			break;
		case 2:
			name = `${type}${sep}${number}${number ? sep : ''}${place}`;
			break;
		case 3:
			name = `${place}${sep}${type}`;
			break;
		default:
			name = `${type}${sep}${place}${number}`;
	}
	name = (name + pick(next, SUFFIXES)).replace(/__+/g, '_');
	return name.slice(0, 32).replace(/_+$/, '');
}

function network(next: () => number): string {
	let r = next();
	for (const [name, weight] of NETWORK_WEIGHTS) {
		if ((r -= weight) < 0) return name;
	}
	return 'vk';
}

function status(next: () => number): AccountStatus {
	const r = next();
	return r < 0.9 ? 'active' : r < 0.95 ? 'closed' : r < 0.98 ? 'planned' : 'suspended';
}

export interface Synthetic {
	accounts: RegistryAccount[];
	/** Each organisation's website, e-mail and two phones (derived from its number, not from the PRNG). */
	contacts: RegistryContact[];
	/** Every registered canonical form, for sampling queries. */
	forms: string[];
	next: () => number;
}

/** `count` accounts in orgs of ~4, with numeric aliases and issued-number main addresses mixed in. */
export function syntheticRegistry(count: number, seed = 1): Synthetic {
	const next = random(seed);
	const taken = new Set<string>();
	const accounts: RegistryAccount[] = [];
	const contacts: RegistryContact[] = [];
	let org = '';
	let orgName = '';
	for (let i = 0; i < count; i++) {
		if (i % 4 === 0) {
			org = `org-${i / 4}`;
			orgName = title(next);
			const n = i / 4;
			const phone = (k: number) => `tel:+7${String(4_000_000_000 + n * 2 + k).padStart(10, '0')}`;
			for (const key of [`site:${org}.example.ru`, `mail:priem@${org}.example.ru`, phone(0), phone(1)])
				contacts.push({ key, org, orgName });
		}
		const net = network(next);
		const forms: string[] = [];
		const unique = (canonical: string) => {
			if (taken.has(canonical)) return false;
			taken.add(canonical);
			forms.push(canonical);
			return true;
		};
		const number = () => String(100_000_000 + Math.floor(next() * 199_999_999));
		if (net === 'rutube') unique(`rutube:channel/${number()}`);
		else if (net === 'ok' && next() < 0.4) unique(`ok:group/70000${number()}`);
		else if (net === 'vk' && next() < 0.1) unique(`vk:club${number()}`);
		else {
			while (!unique(`${net}:${syntheticName(next)}`));
			if (net === 'vk' && next() < 0.3) unique(`vk:club${number()}`);
		}
		if (forms.length === 0) continue;
		const state = status(next);
		accounts.push({
			id: `acc-${i}`,
			org,
			orgName,
			name: next() < 0.1 ? `${cyrillicWord(next)} ${cyrillicWord(next)} — глава` : orgName,
			status: state,
			...(state === 'closed' ? { closed: { date: '2022-03-21', reason: CLOSED_REASON } } : {}),
			main: forms[0] ?? '',
			forms,
		});
	}
	return { accounts, contacts, forms: [...taken], next };
}
