import { describe, expect, it } from 'vitest';
import { canonicalise, NETWORK_HOSTS, type Network } from '../../../src/lib/links/index.ts';

/**
 * Every character a lowercase or compatibility fold turns into ASCII letters or digits: the Kelvin
 * sign, fullwidth and mathematical letters, circled digits, ligatures, 'ſ', 'ı'. A browser requests
 * the character itself, so none of them may ever stand for the ASCII spelling of a registered page.
 */
function asciiVariants(): { ch: string; fold: string }[] {
	const found: { ch: string; fold: string }[] = [];
	for (let code = 0x80; code <= 0x10ffff; code++) {
		if (code >= 0xd800 && code <= 0xdfff) continue;
		const ch = String.fromCodePoint(code);
		for (const form of [ch.normalize('NFKC'), ch.toLowerCase(), ch.toUpperCase()]) {
			if (/^[\x00-\x7F]+$/.test(form) && /[a-z0-9]/i.test(form)) {
				found.push({ ch, fold: form.toLowerCase() });
				break;
			}
		}
	}
	return found;
}

const VARIANTS = asciiVariants();

// One account page per network, with the name written at the end so every position of it can be varied.
const PAGES: Record<Network, string> = {
	vk: 'https://vk.com/',
	ok: 'https://ok.ru/',
	tg: 'https://t.me/',
	max: 'https://max.ru/',
	dzen: 'https://dzen.ru/',
	rutube: 'https://rutube.ru/u/',
	youtube: 'https://www.youtube.com/@',
	fb: 'https://www.facebook.com/',
	ig: 'https://www.instagram.com/',
	x: 'https://x.com/',
};
const NAME = 'primerkino1';

function spellings(word: string, ch: string, fold: string): string[] {
	const out: string[] = [];
	// The variant in place of the letters it folds to, wherever they occur...
	for (let at = word.indexOf(fold); at !== -1; at = word.indexOf(fold, at + 1)) {
		out.push(word.slice(0, at) + ch + word.slice(at + fold.length));
	}
	// ...and added at every position.
	for (let at = 0; at <= word.length; at++) out.push(word.slice(0, at) + ch + word.slice(at));
	return out;
}

describe('characters that fold to ASCII are never the ASCII page', () => {
	it('finds the whole set of such characters', () => {
		// Unicode 15/16 have about 1,400; the Kelvin sign and a fullwidth letter must be among them.
		expect(VARIANTS.length).toBeGreaterThan(1000);
		expect(VARIANTS.map((v) => v.ch)).toEqual(expect.arrayContaining(['\u212A', '\uFF56', '\u017F']));
	});

	it('in every position of a name, plain or percent-encoded, on every network', () => {
		const folded: string[] = [];
		for (const [network, page] of Object.entries(PAGES) as [Network, string][]) {
			const real = canonicalise(page + NAME);
			expect(real.kind, `${page}${NAME} is a plain account`).toBe('account');
			for (const { ch, fold } of VARIANTS) {
				for (const name of spellings(NAME, ch, fold)) {
					for (const input of [page + name, page + encodeURIComponent(name)]) {
						const result = canonicalise(input);
						if (result.kind === 'account' || result.kind === 'post' || result.network !== network) {
							folded.push(`${input} → ${result.kind} ${result.canonical ?? result.reason}`);
						}
					}
				}
			}
		}
		// Named and warned as a look-alike of that network; the list shows any that slipped through.
		expect(folded.slice(0, 20)).toEqual([]);
	}, 180_000);

	it('in every position of every official host', () => {
		const folded: string[] = [];
		for (const [network, hosts] of Object.entries(NETWORK_HOSTS) as [Network, readonly string[]][]) {
			for (const host of hosts) {
				for (const { ch, fold } of VARIANTS) {
					for (let at = host.indexOf(fold); at !== -1; at = host.indexOf(fold, at + 1)) {
						const typed = host.slice(0, at) + ch + host.slice(at + fold.length);
						const result = canonicalise(`https://${typed}/${NAME}`);
						if (result.kind === 'account' || result.kind === 'post') folded.push(`${typed} → ${result.canonical}`);
						// The URL parser refuses some (a fold with a dot or a slash); the rest must warn.
						else if (result.kind === 'lookalike' && result.network !== network) folded.push(`${typed} → ${result.network}`);
					}
				}
			}
		}
		expect(folded.slice(0, 20)).toEqual([]);
	}, 180_000);
});

describe('the reproduced cases', () => {
	it.each([
		['https://vk.com/\u212Aremlin', 'confusable-name'],
		['https://v\u212A.com/kremlin', 'homoglyph-host'],
		['https://V\u212A.COM/kremlin', 'homoglyph-host'],
		['https://vk.com/%E2%84%AAremlin', 'confusable-name'],
		['https://t.me/\u212Aremlin', 'confusable-name'],
		['https://www.youtube.com/@\u1D0F\u1D20\uA731x', 'confusable-name'],
		['https://www.youtube.com/@primer\u2126', 'confusable-name'],
		['https://vk.com/primer_admin\u2605', 'confusable-name'],
	])('%s is a look-alike (%s)', (input, reason) => {
		expect(canonicalise(input)).toMatchObject({ kind: 'lookalike', canonical: null, reason });
	});

	it('a name in another script alone imitates nothing and is only a page that cannot exist', () => {
		expect(canonicalise('https://vk.com/приветж')).toMatchObject({ kind: 'invalid', reason: 'bad-name' });
	});

	it('a small-capital host imitates the network', () => {
		expect(canonicalise('https://y\u1D0Futube.com/@primer')).toMatchObject({ kind: 'lookalike', network: 'youtube' });
	});
});

describe('a capital whose lowercase is a phonetic letter', () => {
	it('is a look-alike in either case, so the answer holds through accountUrl', () => {
		expect(canonicalise('m.youtube.com/\u01B1')).toMatchObject({ kind: 'lookalike', reason: 'confusable-name' });
		expect(canonicalise('m.youtube.com/\u028A')).toMatchObject({ kind: 'lookalike', reason: 'confusable-name' });
	});
});
