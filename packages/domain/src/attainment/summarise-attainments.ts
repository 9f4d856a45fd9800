import type { AttainmentStatus } from './evaluate-attainment.js';

/** Counts for a scorecard: how many targets were met, not met, have no figure yet, or are not judged on their own. */
export interface AttainmentSummary {
  total: number;
  met: number;
  notMet: number;
  noData: number;
  /** Targets stated but not judged on their own (middle bands of a distribution), neither met nor not met. */
  notAssessed: number;
  /** Targets with a figure (met + not met). */
  assessed: number;
}

/** Summarises a list of attainments; targets without data or not assessed are counted apart, never as met or not met. */
export function summariseAttainments(attainments: readonly { status: AttainmentStatus }[]): AttainmentSummary {
  const summary: AttainmentSummary = { total: attainments.length, met: 0, notMet: 0, noData: 0, notAssessed: 0, assessed: 0 };
  for (const { status } of attainments) {
    if (status === 'met') summary.met += 1;
    else if (status === 'not_met') summary.notMet += 1;
    else if (status === 'not_assessed') summary.notAssessed += 1;
    else summary.noData += 1;
  }
  summary.assessed = summary.met + summary.notMet;
  return summary;
}
