/**
 * Link canonicaliser shared by the CLI, the CI validator and the site.
 * Pure code: no node: imports, only URL, String.prototype.normalize and RegExp,
 * so it runs unchanged in a browser bundle.
 */
export { NETWORKS, REASONS, isNetwork } from './types.ts';
export type { LinkKind, Network, Reason, Resolution } from './types.ts';
export { NETWORK_HOSTS, OWNED_DOMAINS } from './hosts.ts';
export { canonicalise, MAX_INPUT_LENGTH } from './canonicalise.ts';
export { accountUrl } from './account-url.ts';
export { skeleton, isConfusableName } from './skeleton.ts';
