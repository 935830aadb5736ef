import { hasNonAscii } from './chars.ts';
import { KNOWN_DOMAINS, ownerNetwork } from './hosts.ts';
import { hostToUnicode } from './punycode.ts';
import { skeleton } from './skeleton.ts';
import type { Network, Reason } from './types.ts';

export interface HostImitation {
	network: Network;
	reason: Reason;
}

const KNOWN_SKELETONS = KNOWN_DOMAINS.map(([domain, network]) => [skeleton(domain), network] as const);

// Brand words that, inside an internationalised hostname, signal an imitation
// even when the rest of the name does not match (e.g. 'вконтакте-вход.рф').
const BRANDS: readonly (readonly [string, Network])[] = (
	[
		['vk', 'vk'],
		['vkontakte', 'vk'],
		['вк', 'vk'],
		['вконтакте', 'vk'],
		['ok', 'ok'],
		['odnoklassniki', 'ok'],
		['одноклассники', 'ok'],
		['telegram', 'tg'],
		['телеграм', 'tg'],
		['телеграмм', 'tg'],
		['dzen', 'dzen'],
		['дзен', 'dzen'],
		['rutube', 'rutube'],
		['рутуб', 'rutube'],
		['youtube', 'youtube'],
		['ютуб', 'youtube'],
		['facebook', 'fb'],
		['фейсбук', 'fb'],
		['instagram', 'ig'],
		['инстаграм', 'ig'],
		['twitter', 'x'],
		['твиттер', 'x'],
	] as const
).map(([word, network]) => [skeleton(word), network] as const);

/**
 * Finds `needle` inside `host` at label boundaries ('.' or '-' or the ends).
 * 'vk.com.evil.ru', 'vk.com-login.ru' and 'login-vk.com' all contain 'vk.com'
 * this way; 'myvk.com' does not.
 */
function containsAtBoundary(host: string, needle: string): boolean {
	for (let at = host.indexOf(needle); at !== -1; at = host.indexOf(needle, at + 1)) {
		const before = at === 0 ? '.' : host[at - 1];
		const after = host[at + needle.length] ?? '.';
		if ((before === '.' || before === '-') && (after === '.' || after === '-')) return true;
	}
	return false;
}

/**
 * Decides whether a host that is not an official one imitates a network.
 * `host` is the parsed (ASCII, punycoded) hostname; `rawHost` is the host as
 * typed, which still shows Unicode, fullwidth letters or percent-escapes.
 */
export function imitatedNetwork(host: string, rawHost: string): HostImitation | null {
	const typedUnicode = hasNonAscii(rawHost);
	// Typed in an unusual form but parses to a real network host: fullwidth
	// letters or %-escapes that the URL parser folded away.
	const owner = ownerNetwork(host);
	if (owner !== null) return { network: owner, reason: typedUnicode ? 'homoglyph-host' : 'encoded-host' };

	for (const [domain, network] of KNOWN_DOMAINS) {
		if (containsAtBoundary(host, domain)) return { network, reason: 'domain-as-subdomain' };
	}

	const unicodeHost = typedUnicode ? rawHost.toLowerCase() : hostToUnicode(host);
	const idn = hasNonAscii(unicodeHost);
	// Pasted as 'xn--…': the reader sees no letters to compare, only an encoded name.
	const similar: Reason = idn && !typedUnicode ? 'idn-host' : 'homoglyph-host';
	const hostSkeleton = skeleton(unicodeHost);
	for (const [domainSkeleton, network] of KNOWN_SKELETONS) {
		if (containsAtBoundary(hostSkeleton, domainSkeleton)) return { network, reason: similar };
	}

	if (idn) {
		const words = hostSkeleton.split(/[.-]/);
		for (const [brand, network] of BRANDS) {
			if (words.includes(brand)) return { network, reason: 'idn-host' };
		}
	}
	const brand = brandInAsciiHost(host);
	return brand === null ? null : { network: brand, reason: 'brand-host' };
}

// In a plain ASCII host, a network's domain with its dot turned into a dash (ok-ru.net, t-me.ru,
// vk-com.online) or its brand as a word (vkontakte-gov.ru, telegram-channel.ru, login-vk.ru) is how
// typosquats look. Short brands other than 'vk' are ordinary words or letters (ok, max, x, fb, ig)
// and would flag honest sites, so only these count.
const DASHED_DOMAINS = KNOWN_DOMAINS.filter(([domain]) => domain.split('.').length === 2).map(
	([domain, network]) => [domain.replace('.', '-'), network] as const,
);
const ASCII_BRANDS: readonly (readonly [string, Network])[] = [
	['vk', 'vk'],
	['vkontakte', 'vk'],
	['odnoklassniki', 'ok'],
	['telegram', 'tg'],
	['telegramm', 'tg'],
	['youtube', 'youtube'],
	['rutube', 'rutube'],
	['instagram', 'ig'],
	['facebook', 'fb'],
	['twitter', 'x'],
	['dzen', 'dzen'],
];
// Brands long enough to be recognised glued to another word (vkontaktegov.ru, telegramchannel.ru).
const GLUED_MIN = 7;

function brandInAsciiHost(host: string): Network | null {
	if (hasNonAscii(host) || host.startsWith('xn--') || host.includes('.xn--')) return null;
	for (const [dashed, network] of DASHED_DOMAINS) {
		if (containsAtBoundary(host, dashed)) return network;
	}
	// The registrable part and the labels before it; the top-level domain is not a word anyone reads.
	const labels = host.split('.').slice(0, -1);
	for (const label of labels) {
		const words = label.split('-');
		for (const [brand, network] of ASCII_BRANDS) {
			if (words.includes(brand)) return network;
			if (brand.length >= GLUED_MIN && (label.startsWith(brand) || label.endsWith(brand))) return network;
		}
	}
	return null;
}
