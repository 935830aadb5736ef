/**
 * Reply-time figures, one per act (src/queries/stats.ts, ActReplyGroup from withActs()): a coordinator reads each
 * act's stages against that act's deadlines, with the act named in the caption and each deadline's
 * clause in the table; stages no act sets deadlines for make a figure of their own, without the
 * deadline columns. Shared by the quarter's and the organisation's statistics pages.
 */
import { t } from '../i18n/index.ts';
import { formatHours, formatNumber, nbsp } from '../lib/ru-format.ts';
import type { ActReplyGroup } from '../queries/stats.ts';
import type { FigureModel } from '../scripts/charts-spec.ts';

/** `prefix` starts every id («2026-q3-» where several quarters share a page); `quarter` is its label. */
export function replyFigures(groups: readonly ActReplyGroup[], quarter: string, prefix = ''): FigureModel[] {
	const n = formatNumber;
	const hours = (value: number | null) => (value === null ? t('stats.none') : t('stats.hours', { value: formatHours(value) }));
	return groups.map((group) => {
		const { act, stages } = group;
		const withLimits = group.policy !== null;
		const caption = withLimits
			? t('stats.fig.replies.caption', { quarter, act: nbsp(act.shortTitle ?? '') })
			: t('stats.fig.replies.captionNone', { quarter });
		return {
			id: `${prefix}replies-${act.key}`,
			caption,
			label: t('stats.chartLabel', { caption }),
			chart: {
				type: 'bar',
				labels: stages.map((s) => s.title),
				unit: t('stats.unit.hours'),
				series: [
					{ label: t('stats.fig.replies.median'), style: 'bar', data: stages.map((s) => s.medianHours) },
					{ label: t('stats.fig.replies.p90'), style: 'bar', data: stages.map((s) => s.p90Hours) },
					...(withLimits ? [{ label: t('stats.fig.replies.limit'), style: 'limit' as const, data: stages.map((s) => s.limitHours) }] : []),
				],
			},
			table: {
				caption: withLimits ? t('stats.fig.replies.table', { act: nbsp(act.shortTitle ?? '') }) : t('stats.fig.replies.tableNone'),
				columns: (withLimits
					? ['stage', 'replies', 'median', 'p90', 'limit', 'clause', 'late']
					: ['stage', 'replies', 'median', 'p90']
				).map((c) => t(`stats.col.${c}`)),
				rows: stages.map((s, i) => ({
					head: s.title,
					cells: withLimits
						? [
								n(s.count),
								hours(s.medianHours),
								hours(s.p90Hours),
								hours(s.limitHours),
								act.clauses[i] ? nbsp(act.clauses[i]!) : t('stats.none'),
								s.limitHours === null ? t('stats.none') : n(s.late),
							]
						: [n(s.count), hours(s.medianHours), hours(s.p90Hours)],
				})),
			},
		};
	});
}
