/** [input, expected kind, expected canonical, expected reason] */
export type Case = [input: string, kind: string, canonical: string | null, reason: string | null];
