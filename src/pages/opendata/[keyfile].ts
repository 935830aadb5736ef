// The administration's public key (data/site.yaml signingKey) as /opendata/signing-key.pub and as
// /opendata/allowed_signers for `ssh-keygen -Y verify` (docs/signing.md); neither without a key.
import type { APIRoute } from 'astro';
import { shardPaths } from '../../lib/shard.ts';
import { keyFiles } from '../../queries/signing.ts';

export const getStaticPaths = () => shardPaths([...keyFiles().keys()].map((keyfile) => ({ params: { keyfile } })));

export const GET: APIRoute = ({ params }) =>
	new Response(keyFiles().get(params.keyfile!)!, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
