/**
 * The acts for the site's content collection, read with the same tree walker, parser and schemas
 * as the validator; everything else reaches the pages through the hand-off (src/handoff/public-data.ts).
 * Files that fail validation are skipped: the check runs first and reports them.
 */
import type { Policy } from '../schemas/policy.ts';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadDataset } from './dataset.ts';
import { walkFolder } from './tree.ts';

/**
 * The acts alone (presets and data/policies/), for the content layer. It runs before any page, so
 * reading the whole tree there made every Astro process wait for it at start (29 s at 200,000
 * accounts) before a second process of a shared build could safely start (src/cli/build.ts).
 */
export function loadPublicPolicies(dataDir: string): Policy[] {
	const entries = existsSync(join(dataDir, 'policies')) ? walkFolder(dataDir, ['policies']) : [];
	return [...loadDataset(dataDir, entries, { finding: () => {} }).policies.values()].map((entry) => entry.value);
}
