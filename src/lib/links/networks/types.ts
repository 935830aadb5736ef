import type { Reason } from '../types.ts';

/** What a network's path resolver sees: an official host and the decoded path. */
export interface PathInput {
	/** Lowercased official hostname (no trailing dot). */
	host: string;
	/** Percent-decoded, as typed (not normalised), original case; empty segments (trailing or doubled slashes) removed. */
	segments: string[];
	params: URLSearchParams;
	/** Fragment without the leading '#'. */
	hash: string;
}

export type PathResult =
	| { kind: 'account' | 'post'; id: string; reason?: Reason; hint?: string }
	| { kind: 'invalid'; reason: Reason; hint?: string }
	| { kind: 'lookalike'; reason: Reason };

export type Resolver = (input: PathInput) => PathResult;

export const RESERVED: PathResult = { kind: 'invalid', reason: 'reserved-page' };
export const POST_WITHOUT_ACCOUNT: PathResult = { kind: 'invalid', reason: 'post-without-account' };
export const REDIRECT_WRAPPER: PathResult = { kind: 'invalid', reason: 'redirect-wrapper' };
export const INVITE_LINK: PathResult = { kind: 'invalid', reason: 'invite-link' };
export const BAD_NAME: PathResult = { kind: 'invalid', reason: 'bad-name' };

/** Positive decimal id without leading zeros; 20 digits covers every 64-bit id. */
export const NUMERIC_ID = /^[1-9]\d{0,19}$/;

/**
 * ASCII-only lowercase for comparing a segment with the network's own words: toLowerCase() would
 * turn the Kelvin sign into 'k' ('dK' into 'dk'), a page the browser does not request.
 */
export function lower(segment: string | undefined): string | undefined {
	return segment?.replace(/[A-Z]+/g, (upper) => upper.toLowerCase());
}
