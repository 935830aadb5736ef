/**
 * What the open-data files may contain: the public projection of the registry. The JSON Schema we
 * publish is generated from these Zod schemas (z.toJSONSchema), and every record is built by
 * whitelisting their keys, so the schema and the files cannot drift apart.
 *
 * Accounts and organisations are public by design (staff contacts and security attestations live in
 * data/internal/, which the site never reads). One field needs care: the responsible person's name is
 * published only with consent (`publishName: true`); the consent flag itself is editorial and is not
 * republished.
 */
import { z } from 'zod';
import { AccountSchema, httpsForm, type Account } from '../../schemas/account.ts';
import type { Network } from '../../schemas/common.ts';
import { accountUrl, canonicalise, NETWORK_HOSTS } from '../links/index.ts';
import { OrganisationSchema, type Organisation } from '../../schemas/organisation.ts';

const responsible = AccountSchema.shape.responsible.unwrap().shape;

export const PublicResponsibleSchema = z
	// The source schema's wording («только если publishName: true») speaks to editors; the published
	// schema speaks to readers, and the consent flag is not part of the public record.
	.object({ position: responsible.position, name: responsible.name.describe('ФИО — публикуется только с согласия ответственного') })
	.strict()
	.describe('Ответственный за ведение страницы; ФИО — только с его согласия');

export const PublicAccountSchema = z.object({ ...AccountSchema.shape, responsible: PublicResponsibleSchema.optional() }).strict();

export const PublicOrganisationSchema = z.object(OrganisationSchema.shape).strict();

/** The whole registry as one JSON document. */
export const RegistryDocumentSchema = z
	.object({
		organisations: z.array(PublicOrganisationSchema).describe('Организации, ведущие официальные страницы'),
		accounts: z.array(PublicAccountSchema).describe('Официальные страницы в социальных сетях'),
	})
	.strict();

export type PublicAccount = z.infer<typeof PublicAccountSchema>;
export type PublicOrganisation = z.infer<typeof PublicOrganisationSchema>;
export type RegistryDocument = z.infer<typeof RegistryDocumentSchema>;

/** Copies only the keys the public schema lists, in the schema's order (stable output). */
function pick<T extends object>(keys: readonly string[], source: object): T {
	const out: Record<string, unknown> = {};
	for (const key of keys) {
		const value = (source as Record<string, unknown>)[key];
		if (value !== undefined) out[key] = value;
	}
	return out as T;
}

const ACCOUNT_KEYS = Object.keys(PublicAccountSchema.shape);
const ORGANISATION_KEYS = Object.keys(PublicOrganisationSchema.shape);

/**
 * A page's address as published: the canonical https link when the address resolves to a page of
 * its network, else the address with its scheme made https. The schema refuses http:// already;
 * this is the last gate, so a record built in code (or checked with the rule turned off) cannot
 * put a plain-http link into the open data either.
 */
export function publishedLink(network: Network, link: string): string {
	const resolution = canonicalise(link);
	if (resolution.kind === 'account' && resolution.network === network && resolution.canonical) {
		const href = accountUrl(resolution.canonical);
		if (href?.startsWith('https://') && NETWORK_HOSTS[network].includes(new URL(href).hostname)) return href;
	}
	return httpsForm(link);
}

export function toPublicAccount(account: Account): PublicAccount {
	const out = pick<PublicAccount>(ACCOUNT_KEYS, account);
	out.url = publishedLink(account.network, account.url);
	out.aliases = account.aliases.map((alias) => publishedLink(account.network, alias));
	if (account.responsible) {
		// The schema already refuses a name without consent; checked again here because this is the
		// last gate before publication, and a record built in code skips the schema.
		const { position, name, publishName } = account.responsible;
		out.responsible = publishName === true && name !== undefined ? { position, name } : { position };
	}
	return out;
}

export function toPublicOrganisation(org: Organisation): PublicOrganisation {
	return pick<PublicOrganisation>(ORGANISATION_KEYS, org);
}

/** JSON Schema (draft 2020-12) of the registry document, with the address it is published at. */
export function registryJsonSchema(meta: { id: string; title: string; description: string }): Record<string, unknown> {
	const schema = z.toJSONSchema(RegistryDocumentSchema, { io: 'output', target: 'draft-2020-12' });
	const { $schema, ...rest } = schema;
	return { $schema, $id: meta.id, title: meta.title, description: meta.description, ...rest };
}
