/**
 * Built-in policy presets: one YAML file per act in src/policies/presets/<id>.yaml (Node only).
 *
 * The files are read and validated once, when this module is first imported. A preset that does not
 * match PolicySchema is a programming error, so loading throws with the file name and the Zod issues.
 * YAML is parsed with CORE_SCHEMA: unlike the default schema it has no timestamp type, so dates such
 * as 2020-03-27 stay strings, as IsoDateSchema expects.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { CORE_SCHEMA, load } from 'js-yaml';
import { z } from 'zod';
import { PolicySchema, type Policy } from '../schemas/policy.ts';

// Beside this module when run from source (CLI, tests); when the site build bundles this module,
// import.meta.url points into dist/, so fall back to the source folder under the working directory.
const BESIDE = new URL('./presets/', import.meta.url);
const PRESETS_DIR = existsSync(BESIDE) ? BESIDE : pathToFileURL(`${process.cwd()}/src/policies/presets/`);

function readPresets(): Map<string, Policy> {
	const files = readdirSync(PRESETS_DIR)
		.filter((name) => name.endsWith('.yaml'))
		.sort();
	const presets = new Map<string, Policy>();
	for (const file of files) {
		const text = readFileSync(new URL(file, PRESETS_DIR), 'utf8');
		let data: unknown;
		try {
			data = load(text, { schema: CORE_SCHEMA, filename: file });
		} catch (error) {
			throw new Error(`Политика-пресет ${file}: не удалось разобрать YAML`, { cause: error });
		}
		const result = PolicySchema.safeParse(data);
		if (!result.success) {
			throw new Error(`Политика-пресет ${file} не соответствует схеме:\n${z.prettifyError(result.error)}`);
		}
		const expectedId = file.slice(0, -'.yaml'.length);
		if (result.data.id !== expectedId) {
			throw new Error(`Политика-пресет ${file}: id «${result.data.id}» не совпадает с именем файла «${expectedId}»`);
		}
		presets.set(result.data.id, result.data);
	}
	return presets;
}

const PRESETS = readPresets();

/** Ids of the built-in presets, sorted. */
export const PRESET_IDS: readonly string[] = Object.freeze([...PRESETS.keys()].sort());

/** The built-in presets by id. Each call returns fresh copies, so callers may modify them freely. */
export function loadPresets(): Map<string, Policy> {
	return new Map([...PRESETS].map(([id, policy]) => [id, structuredClone(policy)]));
}
