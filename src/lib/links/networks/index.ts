import type { Network } from '../types.ts';
import { resolveDzen } from './dzen.ts';
import { resolveFb } from './fb.ts';
import { resolveIg } from './ig.ts';
import { resolveMax } from './max.ts';
import { resolveOk } from './ok.ts';
import { resolveRutube } from './rutube.ts';
import { resolveTg } from './tg.ts';
import type { Resolver } from './types.ts';
import { resolveVk } from './vk.ts';
import { resolveX } from './x.ts';
import { resolveYoutube } from './youtube.ts';

export const RESOLVERS: Readonly<Record<Network, Resolver>> = {
	vk: resolveVk,
	ok: resolveOk,
	tg: resolveTg,
	max: resolveMax,
	dzen: resolveDzen,
	rutube: resolveRutube,
	youtube: resolveYoutube,
	fb: resolveFb,
	ig: resolveIg,
	x: resolveX,
};
