/**
 * What a citizen pasted, read as one question: a link (alone or inside a message), a bare handle,
 * an e-mail address, a phone number, or none of these. Pure; linear in the input.
 */
import { canonicalise, MAX_INPUT_LENGTH, type Resolution } from '../links/index.ts';
import { ANY_SPACE, hasLoneSurrogate, HIDDEN, stripProse, trimSpace } from '../links/chars.ts';
import { emailKey, phoneKey } from './keys.ts';

export type Question =
	/** `text` is the link itself; `links` counts the links in the message (1 when it was alone). */
	| { kind: 'link'; text: string; links: number }
	/** `name` as typed, without the `@`. */
	| { kind: 'handle'; text: string; name: string }
	| { kind: 'email'; text: string; key: string }
	| { kind: 'phone'; text: string; key: string }
	| { kind: 'none'; reason: 'empty' | 'too-long' | 'bad-encoding' | 'not-a-link' };

/** A forwarded message is longer than a link; beyond this nobody pastes one by hand. */
export const MAX_TEXT_LENGTH = 10_000;

// A handle: what networks allow in names, plus the hidden and look-alike characters impostors add
// (those are judged later); no dots, slashes or colons, which make it an address.
const HANDLE = /^@?[\p{L}\p{N}\p{M}\p{Cf}_-]{2,100}$/u;

function asHandle(token: string): Question | null {
	if (!HANDLE.test(token)) return null;
	const name = token.startsWith('@') ? token.slice(1) : token;
	// A bare word is a handle only if it could be a page name: a Latin letter or digit, or an @.
	if (!token.startsWith('@') && !/[a-z0-9]/i.test(name) && !HIDDEN.test(name)) return null;
	return { kind: 'handle', text: token, name };
}

function single(token: string): Question {
	const resolution = canonicalise(token);
	if (resolution.reason !== 'not-a-link') return { kind: 'link', text: token, links: 1 };
	const bare = stripProse(token);
	const email = emailKey(bare);
	if (email !== null) return { kind: 'email', text: bare, key: email };
	return asHandle(bare) ?? { kind: 'none', reason: 'not-a-link' };
}

/** The words of a message: runs of anything but the whitespace the canonicaliser trims (ANY_SPACE). */
function tokens(text: string): string[] {
	const out: string[] = [];
	let start = -1;
	for (let i = 0; i <= text.length; i++) {
		const space = i === text.length || ANY_SPACE.test(text[i] ?? '');
		if (space && start !== -1) {
			out.push(text.slice(start, i));
			start = -1;
		} else if (!space && start === -1) start = i;
	}
	return out;
}

/** Phone numbers written with spaces inside a message: the longest run of number characters. */
function phoneIn(words: string[]): Question | null {
	for (let start = 0; start < words.length; start++) {
		let run = '';
		for (let end = start; end < words.length && end < start + 6; end++) {
			const word = stripProse(words[end] ?? '');
			if (!/^[+\d()-]+$/.test(word)) break;
			run = run === '' ? word : `${run} ${word}`;
			const key = phoneKey(run);
			if (key !== null) return { kind: 'phone', text: run, key };
		}
	}
	return null;
}

// Top-level domains written in Cyrillic that people actually use; any Latin one counts.
const TLD = /^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59}|рф|рус|дети|москва|онлайн|сайт|орг|ком)$/i;

/**
 * Inside prose, «г.Примерный» or «ул.Советская» parse as bare hosts; a word counts as a link only
 * when it names a network or has a scheme or a real top-level domain.
 */
function plausibleLink(word: string, resolution: Resolution): boolean {
	if (resolution.network !== null || resolution.reason !== 'other-site' || /^https?:/i.test(word)) return true;
	const host = word.split(/[/?#]/, 1)[0] ?? '';
	return TLD.test(host.slice(host.lastIndexOf('.') + 1));
}

export function readInput(input: string): Question {
	if (typeof input !== 'string' || input.length > MAX_TEXT_LENGTH) return { kind: 'none', reason: 'too-long' };
	if (hasLoneSurrogate(input)) return { kind: 'none', reason: 'bad-encoding' };
	const trimmed = trimSpace(input);
	if (trimmed === '') return { kind: 'none', reason: 'empty' };
	const phone = phoneKey(trimmed);
	if (phone !== null) return { kind: 'phone', text: trimmed, key: phone };
	if (!ANY_SPACE.test(trimmed)) return trimmed.length > MAX_INPUT_LENGTH ? { kind: 'none', reason: 'too-long' } : single(trimmed);

	const words = tokens(trimmed);
	const links: string[] = [];
	for (const word of words) {
		if (word.length > MAX_INPUT_LENGTH) continue;
		const resolution = canonicalise(word);
		if (resolution.reason !== 'not-a-link' && plausibleLink(stripProse(word), resolution)) links.push(stripProse(word));
	}
	const first = links[0];
	if (first !== undefined) return { kind: 'link', text: first, links: links.length };
	for (const word of words) {
		const email = emailKey(stripProse(word));
		if (email !== null) return { kind: 'email', text: stripProse(word), key: email };
	}
	const phoneInText = phoneIn(words);
	if (phoneInText !== null) return phoneInText;
	for (const word of words) {
		const bare = stripProse(word);
		if (bare.startsWith('@')) {
			const handle = asHandle(bare);
			if (handle !== null) return handle;
		}
	}
	return { kind: 'none', reason: 'not-a-link' };
}
