/**
 * The findings page of an organisation (/org/<id>/statistika/proverka/): for each of its quarters
 * with data, what the check found, requirement by requirement, worded for the public — met, missed
 * or not applicable, the figure, whether the act requires or recommends it, and the clause. Built
 * from the findings the period digests carry (src/engine/period-findings.ts), nothing else: the
 * page can show no more than the digests hold, and they are computed on the public view.
 */
import type { PeriodFinding } from '../engine/period-findings.ts';
import type { Level } from '../schemas/common.ts';
import { addDays } from '../lib/dates.ts';
import { formatCount, formatNumber, NBSP } from '../lib/ru-format.ts';
import { t } from '../i18n/index.ts';
import { clauseRef, type ClauseRef } from './policies.ts';
import { publicData } from './site.ts';
import { getOrgStats, networkName, quarterLabel, type OrgQuarter, type QuarterStats } from './stats.ts';
import { dormantFlag } from '../lib/period-labels.ts';

export type FindingStatus = PeriodFinding['status'];

export interface FindingRow {
	/** «Публикаций в неделю не меньше нормы: Администрация — ВКонтакте». */
	requirement: string;
	status: FindingStatus;
	/** «не выполнено», or the dormant flag «нет публикаций 5 недель». */
	statusText: string;
	/** The figure in words: «0 из 13 недель не меньше 10 публикаций». */
	figure: string;
	level: Level | null;
	/** The clause that sets the requirement, linking to the act's page; null where none applies. */
	clause: ClauseRef | null;
}

export interface QuarterFindings {
	quarter: QuarterStats;
	org: OrgQuarter;
	/** «III квартал 2026 г.» */
	label: string;
	rows: FindingRow[];
	/** The dormant flag, «нет публикаций 5 недель», or null. */
	dormant: string | null;
}

const DAY_MONTH = new Intl.DateTimeFormat('ru-RU', { day: 'numeric', month: 'long', timeZone: 'UTC' });
const dayMonth = (iso: string) => DAY_MONTH.format(new Date(`${iso}T00:00:00Z`)).replace(' ', NBSP);

function rowOf(finding: PeriodFinding, org: OrgQuarter): FindingRow {
	const { dataset } = publicData();
	const policy = finding.policy === null ? undefined : dataset.policies.get(finding.policy)?.value;
	const clause = policy && finding.clause !== null ? clauseRef(policy, finding.clause) : null;
	const n = formatNumber;
	const statusText =
		finding.requirement === 'dormant' && finding.status === 'missed'
			? (dormantFlag(org) ?? t('findings.status.missed'))
			: t(`findings.status.${finding.status}`);
	return {
		requirement: requirementOf(finding),
		status: finding.status,
		statusText,
		figure: figureOf(finding, n),
		level: finding.level,
		clause,
	};
}

function requirementOf(finding: PeriodFinding): string {
	switch (finding.requirement) {
		case 'weeklyMinimum': {
			if (finding.subject === null) return t('findings.requirement.weeklyMinimumNone');
			const account = publicData().dataset.accounts.get(finding.subject)?.value;
			const label = account ? t('stats.accountLabel', { name: account.name, network: networkName(account.network) }) : finding.subject;
			return t('findings.requirement.weeklyMinimum', { account: label });
		}
		case 'dormant':
			return t('findings.requirement.dormant', { weeks: formatCount(finding.limit ?? 0, t('findings.weekFor')) });
		case 'contentPlan':
			return t('findings.requirement.contentPlan');
		case 'replyDeadline':
			return finding.subject === null
				? t('findings.requirement.replyDeadlineNone')
				: t('findings.requirement.replyDeadline', { stage: finding.subject });
	}
}

function figureOf(finding: PeriodFinding, n: (value: number) => string): string {
	if (finding.status === 'notApplicable' && finding.whole === null) return t(`findings.notApplicable.${finding.requirement}`);
	switch (finding.requirement) {
		case 'weeklyMinimum':
			return t('findings.figure.weeklyMinimum', {
				part: n(finding.part),
				whole: formatCount(finding.whole ?? 0, t('plural.weekOf')),
				min: formatCount(finding.limit ?? 0, t('plural.postAtLeast')),
			});
		case 'dormant':
			return finding.from && finding.to && finding.part > 0
				? t('findings.figure.dormant', {
						weeks: formatCount(finding.part, t('findings.weekFor')),
						from: dayMonth(finding.from),
						to: dayMonth(addDays(finding.to, 6)),
						whole: formatCount(finding.whole ?? 0, t('plural.weekOf')),
					})
				: t('findings.figure.noSilence', { whole: formatCount(finding.whole ?? 0, t('plural.weekOf')) });
		case 'contentPlan':
			return finding.status === 'missed' ? t('findings.figure.noPlan') : t('findings.figure.plan', { planned: n(finding.part) });
		case 'replyDeadline':
			return finding.whole
				? t('findings.figure.replies', {
						part: n(finding.part),
						whole: n(finding.whole),
						hours: formatCount(finding.limit ?? 0, t('plural.hourAtMost')),
					})
				: t('findings.figure.noReplies');
	}
}

/** The organisation's quarters, newest first, each with its findings. */
export function getOrgFindings(orgId: string): QuarterFindings[] {
	return getOrgStats(orgId).map(({ quarter, org }) => ({
		quarter,
		org,
		label: quarterLabel(quarter.year, quarter.quarter),
		rows: org.findings.map((finding) => rowOf(finding, org)),
		dormant: dormantFlag(org),
	}));
}
