/**
 * Reads the YAML side of the tree into a Dataset. Each file: read once, handed to text rules,
 * parsed fast, validated by its entity schema. Problems become findings of the loader rules
 * (`parse-error`, `schema-valid`, `file-layout`); a file with problems is left out of the dataset,
 * so rules only see valid data. CSV tables are not loaded here: see period.ts. Stray files and
 * drafts are not data, but their text goes to text rules too (secrets are committed anywhere).
 */
import { readFileSync, statSync } from 'node:fs';
import type { z } from 'zod';
import { decodeBytes } from '../lib/csv/decode.ts';
import { loadPresets } from '../policies/presets.ts';
import { AccountSchema } from '../schemas/account.ts';
import { ComplianceConfigSchema, type ComplianceConfig } from '../schemas/compliance-config.ts';
import { InternalSchema } from '../schemas/internal.ts';
import { OrganisationSchema } from '../schemas/organisation.ts';
import { PolicySchema } from '../schemas/policy.ts';
import { SiteSchema } from '../schemas/site.ts';
import type { Dataset, Entry } from '../engine/dataset-types.ts';
import type { Report } from '../engine/types.ts';
import { dataFile, displayPath, type TreeEntry } from './tree.ts';
import { parseYamlFast } from './yaml-fast.ts';
import { findLongLine, keyPastLimit, LIMITS } from '../lib/limits.ts';
import { limitFinding } from './limits.ts';
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
const LOAD_ORDER: Record<TreeEntry['kind'], number> = { site: 0, compliance: 0, policy: 0, org: 1, account: 1, internal: 1, series: 1, unexpected: 1, draft: 1 };

const UTF8 = new TextDecoder('utf-8', { fatal: true });
const CP1251 = new TextDecoder('windows-1251');

/**
 * Reads a file as UTF-8 text; a file that is not valid UTF-8 is reported, not guessed. Text rules
 * still get it, decoded as Windows-1251 (what Russian Windows saves): its bytes are committed
 * whatever their encoding, and a password in them must be found.
 */
function readText(entry: TreeEntry, hooks: LoadHooks): string | undefined {
	if (tooLarge(entry, LIMITS.yamlBytes, 'yamlBytes', hooks)) return undefined;
	const bytes = readFileSync(entry.abs);
	try {
		const text = UTF8.decode(bytes);
		const long = findLongLine(text);
		if (long) {
			hooks.finding(limitFinding(entry.file, long));
			return undefined;
		}
		hooks.text?.(entry.file, text);
		return text;
	} catch {
		hooks.text?.(entry.file, CP1251.decode(bytes));
		hooks.finding({ ruleId: 'parse-error', file: entry.file, line: 1, column: 1, messageId: 'encoding', data: {} });
		return undefined;
	}
}

/**
 * A file over `max` bytes is reported and never read: its size is known before it is in memory.
 * Checked on every file, as each is read: a stat costs far less than the read it may spare.
 */
function tooLarge(entry: TreeEntry, max: number, kind: 'yamlBytes' | 'textBytes', hooks: LoadHooks): boolean {
	const size = statSync(entry.abs).size;
	if (size <= max) return false;
	hooks.finding(limitFinding(entry.file, { kind, found: size }));
	return true;
}

/**
 * Files that are not data (stray files, drafts) are still committed: text rules read them. Binary
 * files (a NUL byte: images, spreadsheets) are not text and are left alone.
 */
function scanText(entry: TreeEntry, hooks: LoadHooks): void {
	if (!hooks.text || tooLarge(entry, LIMITS.textBytes, 'textBytes', hooks)) return;
	const bytes = readFileSync(entry.abs);
	if (bytes.includes(0)) return;
	hooks.text(entry.file, decodeBytes(bytes).text);
}

function parseEntity<T extends z.ZodType>(entry: TreeEntry, schema: T, hooks: LoadHooks): z.infer<T> | undefined {
	const text = readText(entry, hooks);
	if (text === undefined) return undefined;
	const parsed = parseYamlFast(text);
	if (!parsed.ok) {
		hooks.finding({ ruleId: 'parse-error', file: entry.file, line: parsed.line, column: parsed.column, messageId: 'yaml', data: { reason: parsed.reason } });
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
			messageId: 'shape',
			data: { detail: issue.message },
		});
	}
	return undefined;
}

/** The id inside a file must match its name: the name is what links and merge requests show. */
function checkId(entry: TreeEntry, field: string, actual: string, expected: string, hooks: LoadHooks): boolean {
	if (actual === expected) return true;
	hooks.finding({ ruleId: 'file-layout', file: entry.file, path: [field], messageId: 'idMismatch', data: { field, actual, expected } });
	return false;
}

/** `cwd` is what findings' paths are relative to: the same as walkTree's. */
export function loadDataset(dataDir: string, entries: readonly TreeEntry[], hooks: LoadHooks, cwd = process.cwd()): Dataset {
	const dataset: Dataset = {
		dataDir,
		displayDir: displayPath(dataDir, cwd),
		site: undefined,
		compliance: { rules: {} } as ComplianceConfig,
		policies: new Map([...loadPresets()].map(([id, value]) => [id, { value, file: null }])),
		orgs: new Map(),
		accounts: new Map(),
		accountsByOrg: new Map(),
		internal: new Map(),
		rejected: { orgs: new Set(), accounts: new Set() },
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
					dataset.rejected.accounts.add(entry.id);
					break;
				}
				const existing = dataset.accounts.get(value.id);
				if (existing) {
					hooks.finding({ ruleId: 'file-layout', file: entry.file, path: ['id'], messageId: 'duplicateId', data: { id: value.id, other: existing.file } });
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
			case 'series':
				break; // period.ts
		}
	}
	if (!configured) hooks.configured?.(dataset);
	if (!sawSite) hooks.finding({ ruleId: 'file-layout', file: dataFile(dataset.displayDir, 'site.yaml'), messageId: 'noSite', data: {} });
	return dataset;
}
