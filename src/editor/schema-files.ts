/**
 * The committed JSON Schema files under data/_schemas/: what they should contain (from the Zod
 * schemas) and whether the ones on disk are up to date. A test regenerates and compares, so a field
 * added to a Zod schema without `npm run schemas` fails CI instead of silently missing in editors.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ENTITIES, entitySchemaText, SCHEMA_DIR, schemaFileName } from '../schemas/json-schema.ts';

export interface SchemaFile {
	/** Relative to the data root, e.g. `_schemas/account.schema.json`. */
	file: string;
	text: string;
}

export function schemaFiles(): SchemaFile[] {
	return ENTITIES.map((entity) => ({ file: `${SCHEMA_DIR}/${schemaFileName(entity)}`, text: entitySchemaText(entity) }));
}

/** Files that are missing or differ from what the Zod schemas give. */
export function staleSchemaFiles(dataDir: string): string[] {
	return schemaFiles().flatMap(({ file, text }) => {
		const abs = join(dataDir, file);
		return existsSync(abs) && readFileSync(abs, 'utf8') === text ? [] : [file];
	});
}

/** Writes every schema file; returns the ones whose content changed. */
export function writeSchemaFiles(dataDir: string): string[] {
	const stale = staleSchemaFiles(dataDir);
	mkdirSync(join(dataDir, SCHEMA_DIR), { recursive: true });
	for (const { file, text } of schemaFiles()) if (stale.includes(file)) writeFileSync(join(dataDir, file), text);
	return stale;
}
