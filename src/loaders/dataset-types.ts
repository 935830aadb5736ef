/** What rules see: parsed, schema-valid data with the file each value came from. */
import type { Account } from '../schemas/account.ts';
import type { ContentPlanRow } from '../schemas/content-plan.ts';
import type { Internal } from '../schemas/internal.ts';
import type { Organisation } from '../schemas/organisation.ts';
import type { Policy } from '../schemas/policy.ts';
import type { ReplyLogRow } from '../schemas/reply-log.ts';
import type { Site } from '../schemas/site.ts';
import type { WeeklyStatsRow } from '../schemas/weekly-stats.ts';
import type { ComplianceConfig } from '../schemas/compliance-config.ts';

export interface Entry<T> {
	value: T;
	file: string;
}

/** A CSV row with the place it came from: physical line and each cell's column. */
export interface Row<T> {
	value: T;
	line: number;
	columns: Partial<Record<string, number>>;
}

export interface Table<T> {
	file: string;
	rows: Row<T>[];
}

export interface Dataset {
	dataDir: string;
	/**
	 * The data directory as findings show it: relative to the working directory, forward slashes,
	 * '' for the working directory itself (see displayPath in src/loaders/tree.ts). Findings about
	 * files that are not there (site.yaml, an internal file) name them with dataFile().
	 */
	displayDir: string;
	/**
	 * The internal folder as findings show it: `<displayDir>/internal`, or the folder `--internal`
	 * names when internal data lives apart from the public data (a private repository). Every
	 * finding about a file inside it is confidential (src/engine/run.ts, finalise).
	 */
	internalDisplayDir: string;
	site: Entry<Site> | undefined;
	compliance: ComplianceConfig;
	/** Built-in presets and the site's own policies (data/policies/), by id. */
	policies: Map<string, Entry<Policy> | { value: Policy; file: null }>;
	orgs: Map<string, Entry<Organisation>>;
	accounts: Map<string, Entry<Account>>;
	/** Accounts grouped by organisation id. */
	accountsByOrg: Map<string, Entry<Account>[]>;
	internal: Map<string, Entry<Internal>>;
	/**
	 * Ids of files that exist but failed to parse or validate. Their own findings say why;
	 * references to them are not reported again as «not found». `accountFilesByOrg` lists, by the
	 * organisation their folder names, the account files that could not be read: what the
	 * organisation has in them is unknown, so rules about its set of pages stay silent about it.
	 */
	rejected: { orgs: Set<string>; accounts: Set<string>; accountFilesByOrg: Map<string, string[]> };
}

/** One organisation's tables for one quarter (loaded, checked, dropped). */
export interface Period {
	org: Entry<Organisation>;
	year: number;
	quarter: number;
	stats?: Table<WeeklyStatsRow>;
	plans?: Table<ContentPlanRow>;
	replies?: Table<ReplyLogRow>;
}
