import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { accountUrl, canonicalise, NETWORK_HOSTS, type Resolution } from '../../../src/lib/links/index.ts';

const hosts = Object.values(NETWORK_HOSTS).flat();
const extraHosts = ['vk.cc', 'away.vk.com', 'youtu.be', 'example.com', 'vk.corn', 'оk.ru', 'vk.com.evil.ru', 'xn--k-0tb.ru', 'durov.t.me'];

// Path pieces that exercise every resolver branch: names, numeric forms, posts, reserved pages, escapes.
const pathPiece = fc.oneof(
	fc.constantFrom(
		'durov',
		'club123',
		'public177238460',
		'publik177238460',
		'id1',
		'wall-1_2',
		'group',
		'123',
		'profile',
		's',
		'c',
		'@handle',
		'channel',
		'UCBR8-60-B28hp2BmDPdntcQ',
		'status',
		'p',
		'media',
		'id',
		'5a1b2c3d4e5f6071',
		'feed',
		'u',
		'+abc',
		'joinchat',
		'away.php',
		'profile.php',
		'watch',
		'%D0%B0',
		'%E2%80%8B',
		'%ZZ',
		'сосо',
		'durоv',
		'İstanbul',
		'a.',
		'_',
		'..',
		'%40x',
		'ǅ',
		'ß',
		'ﬁ',
		'Ⅻ',
	),
	fc.stringMatching(/^[A-Za-z0-9_.-]{1,12}$/),
	fc.string({ unit: 'grapheme', maxLength: 8 }),
);
const query = fc.constantFrom('', '?w=wall-1_2', '?id=42', '?v=x', '?domain=durov', '?st.groupId=5', '#x', '#!/durov', '?');
const prefix = fc.constantFrom('', 'https://', 'http://', '//', 'HTTPS://', ' ', '«', '<', '\u200b');
const suffix = fc.constantFrom('', '/', '.', '»', ')', '>', ' \r\n', '\u00a0');

const urlish = fc
	.tuple(prefix, fc.constantFrom(...hosts, ...extraHosts), fc.array(pathPiece, { maxLength: 4 }), query, suffix)
	.map(([pre, host, path, q, post]) => `${pre}${host}${path.length > 0 ? '/' : ''}${path.join('/')}${q}${post}`);

const anyText = fc.oneof(
	fc.string({ unit: 'grapheme', maxLength: 80 }),
	fc.string({ unit: 'binary', maxLength: 80 }),
	fc.string({ unit: fc.constantFrom('\uD800', '\uDC00', 'a', '.', '/', ':', '%', 'vk.com'), maxLength: 40 }),
	urlish,
);

function isWellShaped(result: Resolution, input: string): boolean {
	if (result.input !== input) return false;
	if (result.reason === 'internal-error') return false;
	if (result.kind === 'account' || result.kind === 'post') return result.canonical?.startsWith(`${result.network}:`) === true;
	return result.canonical === null;
}

describe('canonicalise properties', () => {
	it('never throws and always returns a well-shaped result', () => {
		fc.assert(
			fc.property(anyText, (input) => {
				expect(isWellShaped(canonicalise(input), input)).toBe(true);
			}),
			{ numRuns: 2000 },
		);
	});

	// By its reason, not by a stopwatch: the length guard answers before any parsing (speed is the
	// benchmark's to measure, never a unit test's).
	it('refuses huge inputs before parsing them', () => {
		const huge = `https://vk.com/${'a'.repeat(1_000_000)}`;
		expect(canonicalise(huge).reason).toBe('too-long');
		expect(canonicalise('a.'.repeat(1024)).kind).toBe('invalid');
	});

	it('is idempotent through accountUrl', () => {
		fc.assert(
			fc.property(urlish, (input) => {
				const first = canonicalise(input);
				if ((first.kind !== 'account' && first.kind !== 'post') || first.canonical === null) return;
				const url = accountUrl(first.canonical);
				expect(url, `${input} → ${first.canonical}`).not.toBeNull();
				const again = canonicalise(url ?? '');
				expect(again.kind).toBe('account');
				expect(again.canonical).toBe(first.canonical);
			}),
			{ numRuns: 2000 },
		);
	});

	it('is deterministic', () => {
		fc.assert(
			fc.property(anyText, (input) => {
				expect(canonicalise(input)).toEqual(canonicalise(input));
			}),
			{ numRuns: 1000 },
		);
	});

	it('never gives a look-alike a canonical id', () => {
		fc.assert(
			fc.property(urlish, (input) => {
				const result = canonicalise(input);
				if (result.kind === 'lookalike') expect(result.canonical).toBeNull();
			}),
			{ numRuns: 2000 },
		);
	});

	it('never folds an invisible or confusable variant into the real account', () => {
		const confusable = fc.constantFrom('\u200b', '\u00ad', '\u2060', '\ufeff', '\u202e', 'о', 'е', 'а');
		fc.assert(
			fc.property(fc.constantFrom(...hosts), fc.stringMatching(/^[a-z]{5,10}$/), confusable, fc.nat(), (host, name, ch, at) => {
				const position = at % (name.length + 1);
				const tampered = `https://${host}/${name.slice(0, position)}${ch}${name.slice(position)}`;
				const result = canonicalise(tampered);
				expect(result.canonical).toBeNull();
			}),
			{ numRuns: 1000 },
		);
	});
});
