import { ANY_SPACE, HIDDEN, HIDDEN_ALL, hasLoneSurrogate, stripProse, trimSpace } from './chars.ts';
import { officialNetwork, ownerNetwork } from './hosts.ts';
import { imitatedNetwork } from './lookalike-host.ts';
import { RESOLVERS } from './networks/index.ts';
import { resolveTgScheme } from './networks/tg.ts';
import type { PathResult } from './networks/types.ts';
import { pathSegments, prepare } from './parse.ts';
import { isRedirectWrapper, isShortener } from './redirectors.ts';
import type { Network, Reason, Resolution } from './types.ts';

/** Longer inputs are refused outright: no link we accept is anywhere near this. */
export const MAX_INPUT_LENGTH = 2048;

type Outcome = Omit<Resolution, 'input'>;

function invalid(network: Network | null, reason: Reason): Outcome {
	return { kind: 'invalid', network, canonical: null, reason };
}

const NOT_A_LINK = invalid(null, 'not-a-link');

// These reasons mean the real destination is unknown, whoever hosts the wrapper.
const DESTINATION_UNKNOWN: readonly Reason[] = ['redirect-wrapper', 'shortener'];

function fromPath(network: Network, result: PathResult): Outcome {
	switch (result.kind) {
		case 'account':
		case 'post': {
			const outcome: Outcome = { kind: result.kind, network, canonical: `${network}:${result.id}`, reason: result.reason ?? null };
			return result.hint === undefined ? outcome : { ...outcome, hint: result.hint };
		}
		case 'lookalike':
			return { kind: 'lookalike', network, canonical: null, reason: result.reason };
		case 'invalid': {
			const outcome = invalid(DESTINATION_UNKNOWN.includes(result.reason) ? null : network, result.reason);
			return result.hint === undefined ? outcome : { ...outcome, hint: result.hint };
		}
	}
}

function resolveUrl(url: URL, rawHost: string): Outcome {
	let host = url.hostname.toLowerCase();
	if (host.endsWith('.')) host = host.slice(0, -1);
	// https://vk.com@evil.ru/… shows a network's name but goes elsewhere.
	if (url.username !== '' || url.password !== '') {
		const shown = decodeSafely(url.username).toLowerCase();
		const network = ownerNetwork(shown) ?? imitatedNetwork(shown, shown)?.network ?? ownerNetwork(host);
		return network !== null ? { kind: 'lookalike', network, canonical: null, reason: 'userinfo-host' } : invalid(null, 'other-site');
	}

	if (host.startsWith('[') || /^[\d.]+$/.test(host)) return invalid(null, 'other-site');

	// Percent-escapes or non-ASCII in the typed host: never trust the parsed form blindly.
	const unusual = /[^\x00-\x7F]|%/.test(rawHost);
	if (!unusual) {
		const network = officialNetwork(host) ?? (/^[a-z0-9_]+\.t\.me$/.test(host) && host !== 'www.t.me' ? 'tg' : null);
		if (network !== null) {
			const segments = pathSegments(url.pathname);
			return fromPath(network, RESOLVERS[network]({ host, segments, params: url.searchParams, hash: url.hash.slice(1) }));
		}
		if (isShortener(host)) return invalid(null, 'shortener');
		if (isRedirectWrapper(host, url.pathname)) return invalid(null, 'redirect-wrapper');
		const owner = ownerNetwork(host);
		if (owner !== null) return invalid(owner, 'reserved-page');
	}
	const imitation = imitatedNetwork(host, rawHost);
	if (imitation !== null) return { kind: 'lookalike', network: imitation.network, canonical: null, reason: imitation.reason };
	return invalid(null, 'other-site');
}

function decodeSafely(text: string): string {
	try {
		return decodeURIComponent(text);
	} catch {
		return text;
	}
}

function resolveText(trimmed: string): Outcome {
	// Not normalised here: NFC folds the Kelvin sign into 'K' before any check could see it.
	const text = stripProse(trimmed);
	if (text === '' || ANY_SPACE.test(text)) return NOT_A_LINK;
	const prepared = prepare(text);
	if (prepared === null) return NOT_A_LINK;
	let url: URL;
	try {
		url = new URL(prepared.href);
	} catch {
		return NOT_A_LINK;
	}
	if (prepared.scheme === 'tg') return fromPath('tg', resolveTgScheme(url));
	return resolveUrl(url, prepared.rawHost);
}

function resolveInput(input: string): Outcome {
	if (input.length > MAX_INPUT_LENGTH) return invalid(null, 'too-long');
	if (hasLoneSurrogate(input)) return invalid(null, 'bad-encoding');
	const trimmed = trimSpace(input);
	if (trimmed === '') return NOT_A_LINK;
	if (HIDDEN.test(trimmed)) {
		// Judge the visible link; if it names a network, the invisible part makes it an imitation.
		const visible = resolveText(trimmed.replace(HIDDEN_ALL, ''));
		if (visible.network !== null) {
			return { kind: 'lookalike', network: visible.network, canonical: null, reason: 'hidden-characters' };
		}
		return visible;
	}
	return resolveText(trimmed);
}

/**
 * Turns anything a citizen pastes into a canonical account id, or explains
 * why not. Pure and deterministic; never throws.
 */
export function canonicalise(input: string): Resolution {
	if (typeof input !== 'string') return { input: String(input), ...NOT_A_LINK };
	try {
		return { input, ...resolveInput(input) };
	} catch {
		// The contract is "never throws": a bug must surface as a refusal, not a crash.
		return { input, ...invalid(null, 'internal-error') };
	}
}
