/** Every rule, alphabetically by id (a meta-test checks this list against the files). */
import type { Rule } from '../engine/rule.ts';
import accountLinkValid from './account-link-valid.ts';
import bannedNetworks from './banned-networks.ts';
import contentPlanMinimum from './content-plan-minimum.ts';
import contentPlanPresent from './content-plan-present.ts';
import csvCanonicalForm from './csv-canonical-form.ts';
import fileLayout from './file-layout.ts';
import gospablikiConnected from './gospabliki-connected.ts';
import noDuplicateAccounts from './no-duplicate-accounts.ts';
import noSecrets from './no-secrets.ts';
import parseError from './parse-error.ts';
import planFactGap from './plan-fact-gap.ts';
import profileComplete from './profile-complete.ts';
import referencesResolve from './references-resolve.ts';
import replyDeadlines from './reply-deadlines.ts';
import requiredNetworks from './required-networks.ts';
import responsibleNamed from './responsible-named.ts';
import reviewAge from './review-age.ts';
import schemaValid from './schema-valid.ts';
import securityAttestation from './security-attestation.ts';
import weeklyMinimum from './weekly-minimum.ts';

export const RULES: readonly Rule<any>[] = [
	accountLinkValid,
	bannedNetworks,
	contentPlanMinimum,
	contentPlanPresent,
	csvCanonicalForm,
	fileLayout,
	gospablikiConnected,
	noDuplicateAccounts,
	noSecrets,
	parseError,
	planFactGap,
	profileComplete,
	referencesResolve,
	replyDeadlines,
	requiredNetworks,
	responsibleNamed,
	reviewAge,
	schemaValid,
	securityAttestation,
	weeklyMinimum,
];
