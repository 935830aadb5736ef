/**
 * The registry as `npm run new` sees it: the data tree loaded the way the check loads it (broken
 * files are simply left out; the check reports them), plus what the scaffolder needs to know about
 * the files themselves (a rejected file still occupies its name).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset } from '../loaders/dataset-types.ts';
import { loadDataset } from '../loaders/dataset.ts';
import { walkTree } from '../loaders/tree.ts';
import { ENTITY_DEPTH, schemaCommentLine, type Entity } from '../schemas/json-schema.ts';
import { entityFields } from '../editor/fields.ts';
import { toYaml } from '../editor/format.ts';
import { checkDate as judgedAsOf } from '../lib/dates.ts';

export function openDataset(dataDir: string): Dataset {
	return loadDataset(dataDir, walkTree(dataDir), { finding: () => {} });
}

/** The check date of the tree: site.asOf for demo data, otherwise today (src/lib/dates.ts). */
export function checkDate(dataset: Dataset): string {
	return judgedAsOf(dataset.site?.value.asOf);
}

export const accountFile = (dataDir: string, org: string, id: string) => join(dataDir, 'orgs', org, 'accounts', `${id}.yaml`);
export const orgFile = (dataDir: string, id: string) => join(dataDir, 'orgs', id, 'org.yaml');
export const internalFile = (dataDir: string, org: string) => join(dataDir, 'internal', `${org}.yaml`);

/** Whether an account id is taken: registered, rejected (a broken file) or a file on disk anywhere. */
export function accountIdTaken(dataset: Dataset, dataDir: string, id: string): boolean {
	if (dataset.accounts.has(id) || dataset.rejected.accounts.has(id)) return true;
	return [...dataset.orgs.keys(), ...dataset.rejected.orgs].some((org) => existsSync(accountFile(dataDir, org, id)));
}

/** A data file's text: the schema line first, keys in schema order, the demo generator's style. */
export function entityYaml(entity: Entity, value: Record<string, unknown>): string {
	return toYaml(value, {
		entity,
		firstLine: schemaCommentLine(entity, ENTITY_DEPTH[entity]),
		keys: entityFields(entity).map((field) => field.name),
	});
}
