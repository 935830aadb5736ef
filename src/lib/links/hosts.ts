import type { Network } from './types.ts';

/**
 * Official hostnames that serve account pages, canonical first. The site
 * renders https links only to these hosts, and accountUrl() uses the first.
 */
export const NETWORK_HOSTS: Readonly<Record<Network, readonly string[]>> = {
	vk: ['vk.com', 'vk.ru', 'm.vk.com', 'm.vk.ru', 'new.vk.com', 'www.vk.com', 'www.vk.ru', 'vkontakte.ru', 'www.vkontakte.ru'],
	ok: ['ok.ru', 'm.ok.ru', 'www.ok.ru', 'odnoklassniki.ru', 'www.odnoklassniki.ru', 'm.odnoklassniki.ru'],
	tg: ['t.me', 'telegram.me', 'www.t.me', 'www.telegram.me', 'telegram.dog'],
	max: ['max.ru', 'web.max.ru', 'www.max.ru'],
	dzen: ['dzen.ru', 'www.dzen.ru', 'zen.yandex.ru'],
	rutube: ['rutube.ru', 'www.rutube.ru', 'm.rutube.ru'],
	youtube: ['www.youtube.com', 'youtube.com', 'm.youtube.com', 'youtu.be'],
	fb: ['www.facebook.com', 'facebook.com', 'm.facebook.com', 'web.facebook.com', 'mbasic.facebook.com', 'fb.com', 'www.fb.com'],
	ig: ['www.instagram.com', 'instagram.com', 'm.instagram.com'],
	x: ['x.com', 'www.x.com', 'mobile.x.com', 'twitter.com', 'www.twitter.com', 'mobile.twitter.com'],
};

/**
 * Registrable domains each network controls. A subdomain of one of these that
 * is not in NETWORK_HOSTS is the network's own service page, not an account;
 * and any of them showing up inside a foreign hostname is an imitation.
 */
export const OWNED_DOMAINS: Readonly<Record<Network, readonly string[]>> = {
	vk: ['vk.com', 'vk.ru', 'vkontakte.ru', 'vk.me', 'vk.cc', 'userapi.com'],
	ok: ['ok.ru', 'odnoklassniki.ru', 'ok.me'],
	tg: ['t.me', 'telegram.me', 'telegram.org', 'telegram.dog'],
	max: ['max.ru'],
	dzen: ['dzen.ru', 'zen.yandex.ru'],
	rutube: ['rutube.ru'],
	youtube: ['youtube.com', 'youtu.be', 'youtube-nocookie.com'],
	fb: ['facebook.com', 'fb.com', 'fb.me', 'fb.watch'],
	ig: ['instagram.com', 'instagr.am'],
	x: ['x.com', 'twitter.com', 't.co'],
};

const HOST_NETWORK = new Map<string, Network>(
	Object.entries(NETWORK_HOSTS).flatMap(([network, hosts]) => hosts.map((host) => [host, network as Network] as const)),
);

/** Every known domain with its network, longest first so the most specific wins. */
export const KNOWN_DOMAINS: readonly (readonly [string, Network])[] = [
	...new Map<string, Network>([
		...HOST_NETWORK,
		...Object.entries(OWNED_DOMAINS).flatMap(([network, domains]) => domains.map((domain) => [domain, network as Network] as const)),
	]),
].sort((a, b) => b[0].length - a[0].length);

export function officialNetwork(host: string): Network | null {
	return HOST_NETWORK.get(host) ?? null;
}

/** The network owning host or one of its parent domains (yandex.ru itself is not Dzen's). */
export function ownerNetwork(host: string): Network | null {
	for (const [domain, network] of KNOWN_DOMAINS) {
		if (host === domain || host.endsWith(`.${domain}`)) return network;
	}
	return null;
}
