/** Builds a district body's org.yaml record, in schema key order, from a compact description. */
import type { Network, OrgKind } from '../../schemas/index.ts';
import { demoIds, districtPhone, REGION, type DemoOrg, type OrgRecord, type Quarter } from './model.ts';

export interface BodyInput {
	n: number;
	id: string;
	name: string;
	shortName: string;
	kind: OrgKind;
	parent?: string;
	postcode: number;
	place: string;
	street: string;
	geo: readonly [number, number];
	email?: string;
	/** Phone lines on the given exchange, e.g. [2, 1001, 1005] → +7 (49999) 2-10-01, 2-10-05. */
	phones?: readonly number[];
	website?: string;
	exemption?: OrgRecord['exemption'];
}

export type Hints = Omit<DemoOrg, 'record' | 'place' | 'quarters' | 'extra'> & {
	posts: readonly [number, number];
	/** Silent weeks of the demo quarter (Quarter.silent). */
	silent?: Quarter['silent'];
	extra?: readonly Network[];
};

export function districtBody(input: BodyInput, hints: Hints): DemoOrg {
	const { inn, ogrn } = demoIds(input.n);
	const [exchange, ...lines] = input.phones ?? [];
	const record: OrgRecord = {
		id: input.id,
		name: input.name,
		shortName: input.shortName,
		kind: input.kind,
		parent: input.parent ?? null,
		inn,
		ogrn,
		address: `${input.postcode}, ${REGION}, ${input.place}, ${input.street}`,
		geo: { lat: input.geo[0], lon: input.geo[1] },
		...(input.email ? { email: input.email } : {}),
		phones: exchange === undefined ? [] : lines.map((line) => districtPhone(exchange, line)),
		...(input.website ? { website: input.website } : {}),
		...(input.exemption ? { exemption: input.exemption } : {}),
	};
	const { posts, silent, extra, ...rest } = hints;
	return {
		record,
		place: input.place,
		extra: extra ?? [],
		quarters: [{ year: 2026, quarter: 3, posts, ...(silent ? { silent } : {}) }],
		...rest,
	};
}
