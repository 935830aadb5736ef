// Collections = loaders + schemas; nothing else. The schemas are the validator's.
//
// Only the acts are a content collection. Organisations and accounts reach the pages through
// src/queries/ on loadPublicData(), which reads them with the validator's own walker, parser and
// schemas (src/loaders/collections.ts). They were collections too, but the content layer validates,
// digests and stores every entry a second time: 4 s at 20,000 accounts and 49 s at 200,000, for
// entries no page read (build budget, docs/benchmarks.md).
import { defineCollection } from 'astro:content';
import { loadPublicPolicies } from './loaders/collections.ts';
import { PolicySchema } from './schemas/policy.ts';
import { buildEnv } from './lib/build-env.ts';

const DATA_DIR = buildEnv().data;

export const collections = {
	policies: defineCollection({ loader: async () => loadPublicPolicies(DATA_DIR), schema: PolicySchema }),
};
