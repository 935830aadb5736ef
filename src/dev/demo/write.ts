/**
 * Writes demo files in canonical form and validates each against its schema first: a generator bug
 * should fail here, not in a colleague's rule test.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { CORE_SCHEMA, dump } from 'js-yaml';
import type { z } from 'zod';
import { ENTITY_DEPTH, entityOf, schemaCommentLine } from '../../schemas/json-schema.ts';
import { csvDocument, type CsvValue } from '../shared/csv.ts';

export class DemoWriter {
	readonly files: string[] = [];

	#write(path: string, text: string): void {
		mkdirSync(dirname(path), { recursive: true });
		writeFileSync(path, text);
		this.files.push(path);
	}

	/**
	 * YAML 1.2 core schema: dates stay plain (`opened: 2022-12-01`, read back as strings), digit
	 * strings such as INN get quoted. `comments` inserts `# …` lines above the named top-level keys.
	 * The first line names the entity's JSON Schema (data/_schemas/), so VS Code and the GitLab Web
	 * IDE complete and underline fields; parsers read it as a comment.
	 */
	yaml(path: string, schema: z.ZodType, value: unknown, comments: Record<string, string> = {}): void {
		const checked = schema.safeParse(value);
		if (!checked.success) throw new Error(`${path}: ${zodMessage(checked.error)}`);
		let text = dump(value, { schema: CORE_SCHEMA, indent: 2, lineWidth: -1, noRefs: true, quotingType: "'" });
		for (const [key, comment] of Object.entries(comments)) {
			text = text.replace(new RegExp(`^${key}:`, 'm'), `# ${comment}\n${key}:`);
		}
		const entity = entityOf(schema);
		if (entity) text = `${schemaCommentLine(entity, ENTITY_DEPTH[entity])}\n${text}`;
		this.#write(path, text);
	}

	/** CSV rows, validated the way the loader will see them: cells as strings, empty cells absent. */
	csv(path: string, schema: z.ZodType, columns: readonly string[], rows: readonly Record<string, CsvValue>[]): void {
		rows.forEach((row, i) => {
			const cells = Object.fromEntries(
				Object.entries(row).flatMap(([key, value]) =>
					value === undefined || value === null || value === '' ? [] : [[key, String(value)]],
				),
			);
			const checked = schema.safeParse(cells);
			if (!checked.success) throw new Error(`${path} row ${i + 2}: ${zodMessage(checked.error)}`);
		});
		this.#write(path, csvDocument(columns, rows));
	}
}

function zodMessage(error: z.ZodError): string {
	return error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
}
