// Collections = loaders + schemas; nothing else (style-models §2). The schemas are the validator's.
import { defineCollection } from 'astro:content';
import { loadPublicData } from './loaders/collections.ts';
import { AccountSchema } from './schemas/account.ts';
import { OrganisationSchema } from './schemas/organisation.ts';
import { PolicySchema } from './schemas/policy.ts';

const DATA_DIR = process.env.PORTAL_DATA ?? 'data';

export const collections = {
	orgs: defineCollection({ loader: async () => loadPublicData(DATA_DIR).orgs, schema: OrganisationSchema }),
	accounts: defineCollection({ loader: async () => loadPublicData(DATA_DIR).accounts, schema: AccountSchema }),
	policies: defineCollection({ loader: async () => loadPublicData(DATA_DIR).policies, schema: PolicySchema }),
};
