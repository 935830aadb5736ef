/**
 * Whether this build is signed, and the administration's public key as the site publishes it
 * (/opendata/signing-key.pub, /opendata/allowed_signers, the /opendata/ page). The key comes from
 * data/site.yaml (signingKey); `npm run build` signs only with a private key given to it, and tells
 * its Astro processes so through PORTAL_SIGNED (src/cli/build.ts), so an unsigned build says it is.
 */
import { buildEnv } from '../lib/build-env.ts';
import { allowedSigners, fingerprint, parsePublicKey } from '../lib/signing/sshsig.ts';
import { getSite } from './site.ts';

/** The principal named in allowed_signers: the site's host, which is what a verifier trusts. */
export const signingPrincipal = () => new URL(getSite().baseUrl).host;

export interface SigningState {
	signed: boolean;
	publicKey: string | undefined;
	fingerprint: string | undefined;
	principal: string;
}

export function signingState(): SigningState {
	const publicKey = getSite().signingKey;
	return {
		signed: buildEnv().signed && publicKey !== undefined,
		publicKey,
		fingerprint: publicKey ? fingerprint(parsePublicKey(publicKey)) : undefined,
		principal: signingPrincipal(),
	};
}

/** The key files of /opendata/, when site.yaml has a key. */
export function keyFiles(): Map<string, string> {
	const publicKey = getSite().signingKey;
	if (!publicKey) return new Map();
	return new Map([
		['signing-key.pub', `${publicKey.trim()}\n`],
		['allowed_signers', allowedSigners(signingPrincipal(), publicKey)],
	]);
}
