/**
 * JSON Schema of each YAML entity, generated from the Zod schemas: VS Code and GitLab's Web
 * IDE read them through the `# yaml-language-server: $schema=…` first line of every data file, the
 * form editor at /admin/ and the field reference page are built from the same output, so the Zod
 * schemas stay the one place where a field is defined. Imports zod and the entity schemas only.
 *
 * The input side (`io: 'input'`): what a person writes, so fields with a default are optional.
 * Draft 7, because that is the draft yaml-language-server (and so Monaco in the Web IDE) fully
 * supports. Refinements (INN check digits, https-only links, cross-field rules) have no JSON Schema
 * form and stay with `npm run check`.
 */
import { z } from 'zod';
import { AccountSchema } from './account.ts';
import { ComplianceConfigSchema } from './compliance-config.ts';
import { InternalSchema } from './internal.ts';
import { OrganisationSchema } from './organisation.ts';
import { PolicySchema } from './policy.ts';
import { SiteSchema } from './site.ts';

/** The YAML entities, in the order the reference page shows them. */
export const ENTITIES = ['organisation', 'account', 'internal', 'site', 'compliance', 'policy'] as const;
export type Entity = (typeof ENTITIES)[number];

export const ENTITY_SCHEMAS: Record<Entity, z.ZodType> = {
	organisation: OrganisationSchema,
	account: AccountSchema,
	internal: InternalSchema,
	site: SiteSchema,
	compliance: ComplianceConfigSchema,
	policy: PolicySchema,
};

/** Where each entity's files live in the data tree (the loader's layout, src/loaders/tree.ts). */
export const ENTITY_FILES: Record<Entity, string> = {
	organisation: 'orgs/<организация>/org.yaml',
	account: 'orgs/<организация>/accounts/<страница>.yaml',
	internal: 'internal/<организация>.yaml',
	site: 'site.yaml',
	compliance: 'compliance.yaml',
	policy: 'policies/<акт>.yaml',
};

/** Russian names of the entities: the schema's title in editors and the reference page's headings. */
export const ENTITY_TITLES: Record<Entity, string> = {
	organisation: 'Организация',
	account: 'Официальная страница',
	internal: 'Внутренние сведения организации',
	site: 'Настройки портала',
	compliance: 'Настройки проверки',
	policy: 'Правовой акт',
};

/** Folder of the generated files, relative to the data root; `_` keeps the loader away from it. */
export const SCHEMA_DIR = '_schemas';

export const schemaFileName = (entity: Entity): string => `${entity}.schema.json`;

/** A JSON Schema document (draft 7) as plain data. */
export type JsonSchema = { [key: string]: unknown };

export function entityJsonSchema(entity: Entity): JsonSchema {
	const generated = z.toJSONSchema(ENTITY_SCHEMAS[entity], { io: 'input', target: 'draft-7' }) as JsonSchema;
	const { $schema, ...rest } = generated;
	// $id names the file, so editors that cache schemas tell the six apart; title is what they show.
	return { $schema, $id: schemaFileName(entity), title: `${ENTITY_TITLES[entity]} (${ENTITY_FILES[entity]})`, ...rest };
}

/** The file's text: stable key order and a final newline, so regeneration is byte-for-byte. */
export function entitySchemaText(entity: Entity): string {
	return `${JSON.stringify(entityJsonSchema(entity), null, '\t')}\n`;
}

/** The entity of a Zod schema object, for writers that know the schema but not the entity's name. */
export function entityOf(schema: z.ZodType): Entity | undefined {
	return ENTITIES.find((entity) => ENTITY_SCHEMAS[entity] === schema);
}

/**
 * The first line of a data file: `# yaml-language-server: $schema=../../_schemas/account.schema.json`.
 * `depth` is how many folders the file is below the data root (0 for site.yaml, 3 for an account).
 */
export function schemaCommentLine(entity: Entity, depth: number): string {
	return `# yaml-language-server: $schema=${'../'.repeat(depth)}${SCHEMA_DIR}/${schemaFileName(entity)}`;
}

/** How deep below the data root each entity's file sits. */
export const ENTITY_DEPTH: Record<Entity, number> = {
	organisation: 2,
	account: 3,
	internal: 1,
	site: 0,
	compliance: 0,
	policy: 1,
};
