/** Every check, registered once, in the order their flags are listed within a severity. */
import { affiliationMismatch } from './affiliation-mismatch';
import { anonymousAttribution } from './anonymous-attribution';
import { contradictedClaim } from './contradicted-claim';
import { generationArtifact } from './generation-artifact';
import { nearMissName } from './near-miss-name';
import { outletWarning } from './outlet-warning';
import { selfDisclosedFabrication } from './self-disclosed-fabrication';
import { sourceMismatch } from './source-mismatch';
import type { Check } from './types';
import { uncitedFigure } from './uncited-figure';
import { unknownAuthor } from './unknown-author';
import { unknownOutlet } from './unknown-outlet';
import { unknownSpeaker } from './unknown-speaker';
import { unverifiedOrigin } from './unverified-origin';

export const CHECKS: readonly Check[] = [
  selfDisclosedFabrication,
  generationArtifact,
  sourceMismatch,
  contradictedClaim,
  outletWarning,
  unverifiedOrigin,
  affiliationMismatch,
  nearMissName,
  unknownSpeaker,
  unknownOutlet,
  anonymousAttribution,
  uncitedFigure,
  unknownAuthor,
];
