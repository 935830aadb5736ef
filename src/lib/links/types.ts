export const NETWORKS = ['vk', 'ok', 'tg', 'max', 'dzen', 'rutube', 'youtube', 'fb', 'ig', 'x'] as const;
export type Network = (typeof NETWORKS)[number];
export type LinkKind = 'account' | 'post' | 'invalid' | 'lookalike';

export interface Resolution {
	/** Exactly as given, untrimmed. */
	input: string;
	kind: LinkKind;
	/** Null where the network cannot be known (other sites, shorteners, redirect wrappers). */
	network: Network | null;
	/** `<network>:<id>` for account/post; always null for invalid and lookalike. */
	canonical: string | null;
	/** Machine code; null only for a clean account or post. */
	reason: string | null;
	/** Machine-readable extra, e.g. the likely canonical id behind a misspelt numeric form. */
	hint?: string;
}

/**
 * Every reason code the canonicaliser can emit. Kept as data so that the CLI,
 * the validator and the site can translate them without grepping the code.
 */
export const REASONS = [
	'not-a-link',
	'too-long',
	'bad-encoding',
	'other-site',
	'reserved-page',
	'invite-link',
	'phone-link',
	'shortener',
	'redirect-wrapper',
	'post-without-account',
	'bad-name',
	'homoglyph-host',
	'idn-host',
	'encoded-host',
	'domain-as-subdomain',
	'userinfo-host',
	'brand-host',
	'confusable-name',
	'hidden-characters',
	'misspelt-numeric-form',
	'internal-error',
] as const;
export type Reason = (typeof REASONS)[number];

export function isNetwork(value: string): value is Network {
	return (NETWORKS as readonly string[]).includes(value);
}
