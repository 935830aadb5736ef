/**
 * Reads the YAML side of the tree into a Dataset. Each file: read once, handed to text rules,
 * parsed fast, validated by its entity schema. Problems become findings of the loader rules
 * (`parse-error`, `schema-valid`, `file-layout`); a file with problems is left out of the dataset,
 * so rules only see valid data. CSV tables are not loaded here: see period.ts. Stray files and
 * drafts are not data, but their text goes to text rules too (secrets are committed anywhere).
 */
import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import { decodeBytes, hexByte, nulPosition, positionOf, utf8Damage } from '../lib/csv/decode.ts';
import { loadPresets } from '../policies/presets.ts';
import { AccountSchema } from '../schemas/account.ts';
import { ComplianceConfigSchema, type ComplianceConfig } from '../schemas/compliance-config.ts';
import { InternalSchema } from '../schemas/internal.ts';
import { OrganisationSchema } from '../schemas/organisation.ts';
import { PolicySchema } from '../schemas/policy.ts';
import { SiteSchema } from '../schemas/site.ts';
import type { Dataset, Entry } from './dataset-types.ts';
import type { Report } from './report.ts';
import { dataFile, displayPath, internalFolder, type IrregularEntry, type TreeEntry } from './tree.ts';
import { parseYamlFast, type YamlParse } from './yaml-fast.ts';
import { YamlLocator } from './yaml-locate.ts';
import { findLongLine, keyPastLimit } from '../lib/limits.ts';
import { limitFinding, sizeOverLimit } from './limits.ts';
import { parseFriendly } from './zod-issues.ts';

export interface LoaderFinding extends Report {
	ruleId: 'parse-error' | 'schema-valid' | 'file-layout';
}

export interface LoadHooks {
	finding(finding: LoaderFinding): void;
	/** Every file's text, once, for text rules (secrets). */
	text?(file: string, text: string): void;
	/** Called once site, compliance and policy files are loaded, before any other file. */
	configured?(dataset: Dataset): void;
}

/** Configuration first: severities, options and the check date must be known before other files. */
const LOAD_ORDER: Record<TreeEntry['kind'], number> = {
	site: 0,
	compliance: 0,
	policy: 0,
	org: 1,
	account: 1,
	internal: 1,
	series: 1,
	unexpected: 1,
	draft: 1,
	irregular: 1,
};

/** What a non-regular entry is, and what a regular file there would hold, for the file-layout message. */
const IRREGULAR_WHAT: Record<IrregularEntry['what'], string> = {
	directory: 'папка',
	symlink: 'символическая ссылка',
	fifo: 'именованный канал (FIFO)',
	socket: 'сокет',
	device: 'файл устройства',
};
const EXPECTED_FILE: Partial<Record<TreeEntry['kind'], string>> = {
	site: 'обычный файл site.yaml с описанием портала',
	compliance: 'обычный файл compliance.yaml с настройками проверки',
	policy: 'обычный файл YAML с актом',
	org: 'обычный файл org.yaml с карточкой организации',
	account: 'обычный файл YAML с записью аккаунта',
	internal: 'обычный файл YAML со служебными данными организации',
	series: 'обычный файл CSV с таблицей квартала',
};

/**
 * Reads a file as UTF-8 text; a file that is not valid UTF-8 is reported where its first bad byte
 * is, not guessed. Text rules still get it (as Windows-1251, what Russian Windows saves, when it is
 * mostly not UTF-8): its bytes are committed whatever their encoding, and a password in them must be
 * found. A NUL is refused here too, located: the YAML parser refuses it without saying where.
 */
function readText(entry: TreeEntry, hooks: LoadHooks): string | undefined {
	if (tooLarge(entry, 'yamlBytes', hooks)) return undefined;
	const bytes = readFileSync(entry.abs);
	const decoded = decodeBytes(bytes);
	// A BOM (Notepad's «UTF-8 с BOM») is UTF-8 all the same: decodeBytes strips it.
	if (decoded.encoding !== 'windows-1251' && decoded.invalid === undefined) {
		const long = findLongLine(decoded.text);
		if (long) {
			hooks.finding(limitFinding(entry.file, long));
			return undefined;
		}
		hooks.text?.(entry.file, decoded.text);
		const nul = nulPosition(decoded.text);
		if (!nul) return decoded.text;
		hooks.finding({ ruleId: 'parse-error', file: entry.file, line: nul.line, column: nul.column, messageId: 'nul', data: {} });
		return undefined;
	}
	// Text rules get it as decodeBytes reads it: Windows-1251, or UTF-8 with the damaged bytes replaced.
	hooks.text?.(entry.file, decoded.text);
	const at = decoded.invalid ?? firstBadByte(bytes);
	hooks.finding({
		ruleId: 'parse-error',
		file: entry.file,
		line: at.line,
		column: at.column,
		messageId: 'encoding',
		data: { byte: hexByte(at.byte) },
	});
	return undefined;
}

/** Where a file that is mostly not UTF-8 (Windows-1251) first stops being it. */
function firstBadByte(bytes: Uint8Array): { line: number; column: number; byte: number } {
	const { first } = utf8Damage(bytes);
	const before = new TextDecoder('utf-8').decode(bytes.subarray(0, first));
	return { ...positionOf(before, before.length), byte: bytes[first]! };
}

/** Reports a file over its size limit (limits.ts), which is then not read. */
function tooLarge(entry: TreeEntry, kind: 'yamlBytes' | 'textBytes', hooks: LoadHooks): boolean {
	const over = sizeOverLimit(entry.abs, entry.file, kind);
	if (over) hooks.finding(over);
	return over !== undefined;
}

/**
 * Files that are not data (stray files, drafts) are still committed: text rules read them. Binary
 * files (a NUL byte: images, spreadsheets) are not text and are left alone.
 */
function scanText(entry: TreeEntry, hooks: LoadHooks): void {
	if (!hooks.text || tooLarge(entry, 'textBytes', hooks)) return;
	const bytes = readFileSync(entry.abs);
	if (bytes.includes(0)) return;
	hooks.text(entry.file, decodeBytes(bytes).text);
}

function parseEntity<T extends z.ZodType>(entry: TreeEntry, schema: T, hooks: LoadHooks): z.infer<T> | undefined {
	const text = readText(entry, hooks);
	if (text === undefined) return undefined;
	const parsed = parseYamlFast(text);
	if (!parsed.ok) {
		for (const error of parsed.errors)
			hooks.finding({
				ruleId: 'parse-error',
				file: entry.file,
				line: error.line,
				column: error.column,
				messageId: 'yaml',
				data: { reason: error.reason },
			});
		checkReadPart(entry, schema, parsed, hooks);
		return undefined;
	}
	if (parsed.value === undefined || parsed.value === null) {
		hooks.finding({ ruleId: 'parse-error', file: entry.file, line: 1, column: 1, messageId: 'empty', data: {} });
		return undefined;
	}
	// Before validation: every unknown field is a finding, and a file of 200,000 of them was minutes.
	const past = keyPastLimit(parsed.value);
	if (past) {
		hooks.finding(limitFinding(entry.file, { kind: 'yamlKeys', path: past }));
		return undefined;
	}
	const result = parseFriendly(schema, parsed.value);
	if (result.ok) return result.value;
	for (const issue of result.issues) {
		hooks.finding({
			ruleId: 'schema-valid',
			file: entry.file,
			path: issue.key === undefined ? issue.path : [...issue.path, issue.key],
			...(issue.key === undefined ? {} : { atKey: true }),
			...(issue.char === undefined ? {} : { char: issue.char }),
			messageId: 'shape',
			data: { detail: issue.message },
		});
	}
	return undefined;
}

/** An account file that exists but could not be taken into the dataset, under the org its folder names. */
function rejectAccount(dataset: Dataset, org: string | undefined, id: string, file: string): void {
	dataset.rejected.accounts.add(id);
	if (org === undefined) return;
	const list = dataset.rejected.accountFilesByOrg.get(org);
	if (list) list.push(file);
	else dataset.rejected.accountFilesByOrg.set(org, [file]);
}

/**
 * A file with syntax errors is still checked where it was read: its other mistakes come in the same
 * run, not one per attempt. Only what the read part vouches for is reported: a value as written, on
 * a line that was read, or an unknown key. A missing field (it may stand on a broken line), a
 * record-wide refinement or a map with a broken line after it is left for when the file reads.
 * The file stays out of the dataset either way.
 */
function checkReadPart<T extends z.ZodType>(
	entry: TreeEntry,
	schema: T,
	parsed: Extract<YamlParse, { ok: false }>,
	hooks: LoadHooks,
): void {
	const { partial, partialText, skippedLines } = parsed;
	if (partial === null || typeof partial !== 'object' || Array.isArray(partial) || partialText === undefined) return;
	if (keyPastLimit(partial)) return;
	const result = parseFriendly(schema, partial);
	if (result.ok) return;
	const skipped = new Set(skippedLines);
	const lastSkipped = Math.max(...skippedLines);
	const locator = new YamlLocator(partialText);
	for (const issue of result.issues) {
		if (issue.about === 'absent') continue;
		const at =
			issue.key !== undefined
				? locator.locateKey(issue.path, issue.key)
				: issue.char !== undefined
					? locator.locateChar(issue.path, issue.char)
					: locator.locate(issue.path);
		if (skipped.has(at.line) || (issue.about === 'block' && at.line < lastSkipped)) continue;
		hooks.finding({
			ruleId: 'schema-valid',
			file: entry.file,
			line: at.line,
			column: at.column,
			messageId: 'shape',
			data: { detail: issue.message },
		});
	}
}

/** The id inside a file must match its name: the name is what links and merge requests show. */
function checkId(entry: TreeEntry, field: string, actual: string, expected: string, hooks: LoadHooks): boolean {
	if (actual === expected) return true;
	hooks.finding({ ruleId: 'file-layout', file: entry.file, path: [field], messageId: 'idMismatch', data: { field, actual, expected } });
	return false;
}

/**
 * `cwd` is what findings' paths are relative to: the same as walkTree's. `internalDir` is where
 * the internal files among `entries` were found (walkData), `<data>/internal` unless given.
 */
export function loadDataset(
	dataDir: string,
	entries: readonly TreeEntry[],
	hooks: LoadHooks,
	cwd = process.cwd(),
	internalDir?: string,
): Dataset {
	const dataset: Dataset = {
		dataDir,
		displayDir: displayPath(dataDir, cwd),
		internalDisplayDir: displayPath(internalFolder(dataDir, internalDir), cwd),
		site: undefined,
		compliance: { rules: {} } as ComplianceConfig,
		policies: new Map([...loadPresets()].map(([id, value]) => [id, { value, file: null }])),
		orgs: new Map(),
		accounts: new Map(),
		accountsByOrg: new Map(),
		internal: new Map(),
		rejected: { orgs: new Set(), accounts: new Set(), accountFilesByOrg: new Map() },
	};
	let sawSite = false;
	let configured = false;
	const ordered = [...entries].sort((a, b) => LOAD_ORDER[a.kind] - LOAD_ORDER[b.kind]);
	for (const entry of ordered) {
		if (!configured && LOAD_ORDER[entry.kind] > 0) {
			configured = true;
			hooks.configured?.(dataset);
		}
		switch (entry.kind) {
			case 'site': {
				sawSite = true;
				const value = parseEntity(entry, SiteSchema, hooks);
				if (value) dataset.site = { value, file: entry.file };
				break;
			}
			case 'compliance': {
				const value = parseEntity(entry, ComplianceConfigSchema, hooks);
				if (value) dataset.compliance = value;
				break;
			}
			case 'policy': {
				const value = parseEntity(entry, PolicySchema, hooks);
				if (!value || !checkId(entry, 'id', value.id, entry.id, hooks)) break;
				if (dataset.policies.get(value.id)?.file === null) {
					hooks.finding({ ruleId: 'file-layout', file: entry.file, path: ['id'], messageId: 'presetShadowed', data: { id: value.id } });
					break;
				}
				dataset.policies.set(value.id, { value, file: entry.file });
				break;
			}
			case 'org': {
				const value = parseEntity(entry, OrganisationSchema, hooks);
				if (value && checkId(entry, 'id', value.id, entry.org, hooks)) dataset.orgs.set(value.id, { value, file: entry.file });
				else dataset.rejected.orgs.add(entry.org);
				break;
			}
			case 'account': {
				const value = parseEntity(entry, AccountSchema, hooks);
				if (!value || !checkId(entry, 'id', value.id, entry.id, hooks) || !checkId(entry, 'org', value.org, entry.org, hooks)) {
					rejectAccount(dataset, entry.org, entry.id, entry.file);
					break;
				}
				const existing = dataset.accounts.get(value.id);
				if (existing) {
					hooks.finding({
						ruleId: 'file-layout',
						file: entry.file,
						path: ['id'],
						messageId: 'duplicateId',
						data: { id: value.id, other: existing.file },
					});
					break;
				}
				const loaded: Entry<typeof value> = { value, file: entry.file };
				dataset.accounts.set(value.id, loaded);
				const list = dataset.accountsByOrg.get(value.org);
				if (list) list.push(loaded);
				else dataset.accountsByOrg.set(value.org, [loaded]);
				break;
			}
			case 'internal': {
				const value = parseEntity(entry, InternalSchema, hooks);
				if (value && checkId(entry, 'org', value.org, entry.org, hooks)) dataset.internal.set(value.org, { value, file: entry.file });
				break;
			}
			case 'unexpected':
				hooks.finding({ ruleId: 'file-layout', file: entry.file, line: 1, column: 1, messageId: 'unexpected', data: { hint: entry.hint } });
				scanText(entry, hooks);
				break;
			case 'draft':
				scanText(entry, hooks);
				break;
			case 'irregular': {
				// Never read (a link leads out of the tree, a FIFO blocks): reported, and the record it
				// stands for counted as rejected, so nothing refers to it as missing.
				const expected = EXPECTED_FILE[entry.as] ?? 'обычный файл';
				const todo =
					entry.what === 'symlink'
						? 'ссылки не читаются (они могут вести за пределы данных) — положите на это место сам файл'
						: entry.what === 'directory'
							? 'уберите папку и положите на её место файл; пока это так, запись не читается'
							: 'замените его обычным файлом';
				hooks.finding({
					ruleId: 'file-layout',
					file: entry.file,
					line: 1,
					column: 1,
					messageId: 'notRegularFile',
					data: { what: IRREGULAR_WHAT[entry.what], expected, todo },
				});
				if (entry.as === 'site') sawSite = true; // reported here: «no site.yaml» would say it twice
				if (entry.as === 'org' && entry.org !== undefined) dataset.rejected.orgs.add(entry.org);
				if (entry.as === 'account' && entry.id !== undefined) rejectAccount(dataset, entry.org, entry.id, entry.file);
				break;
			}
			case 'series':
				break; // period.ts
		}
	}
	if (!configured) hooks.configured?.(dataset);
	if (!sawSite) hooks.finding({ ruleId: 'file-layout', file: dataFile(dataset.displayDir, 'site.yaml'), messageId: 'noSite', data: {} });
	return dataset;
}
