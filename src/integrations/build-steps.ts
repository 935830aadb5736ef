/**
 * Tells `npm run build` (src/cli/build.ts) which step an Astro process has reached, over the IPC
 * channel the build opens: a share that has bundled its pages no longer writes the `.astro/` type
 * files a next share would write too, so the next one may start. An explicit message, not a match
 * on Astro's log, whose wording may change in any release. Without a parent listening (plain
 * `astro build`, `astro dev`) it does nothing.
 */
import type { AstroIntegration } from 'astro';

export type BuildStep = 'bundled';

export function buildSteps(): AstroIntegration {
	const tell = (step: BuildStep) => process.send?.({ portalBuildStep: step });
	return {
		name: 'portal:build-steps',
		hooks: {
			// The prerenderer is set up once every bundle is written, just before the static routes
			// are generated: the moment the log's «generating static routes» marks.
			'astro:build:start': ({ setPrerenderer }) => {
				setPrerenderer((prerenderer) => {
					const setup = prerenderer.setup;
					prerenderer.setup = async () => {
						await setup?.call(prerenderer);
						tell('bundled');
					};
					return prerenderer;
				});
			},
		},
	};
}
