/**
 * The contract between loaders, rules, the runner and reporters. Modelled on ESLint's problem
 * objects: every finding carries its rule id, a severity from configuration, and a 1-based
 * position, so a clerk can open the file at the right line.
 */
import type { Location } from '../loaders/report.ts';

export type { Location, Report } from '../loaders/report.ts';

export type FindingSeverity = 'error' | 'warn';

/** A legal citation attached to a finding: which act and which clause it enforces. */
export interface Citation {
	policy: string;
	clause: string;
	/** Human citation, e.g. «п. 6 постановления Правительства Алтайского края от 27.03.2020 № 133». */
	text: string;
}

export interface Finding extends Location {
	ruleId: string;
	severity: FindingSeverity;
	message: string;
	messageId: string;
	data: Record<string, string | number>;
	citation?: Citation;
	/**
	 * Internal: about a file of the internal folder, or from a confidential rule (src/engine/run.ts,
	 * finalise). Shown in the terminal (the CI job log) only; published outputs count it
	 * (src/engine/reporters/disclosure.ts).
	 */
	confidential?: boolean;
	/**
	 * Set only on the line a published report shows in place of the confidential findings: how many
	 * it stands for (src/engine/reporters/disclosure.ts), counted as such in the totals.
	 */
	withheld?: { errors: number; warnings: number };
}
