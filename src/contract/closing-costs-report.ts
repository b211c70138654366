import Type from 'typebox';
import { ClosingCostSchema } from './closing-cost.js';
import { DemandModelInfoSchema, TravelModelInfoSchema } from './accessibility-report.js';

/** What closing each office would cost (StructureAnalysis.closingCostsAt), as schemas for the API. */

export const ClosingCostsReportSchema = Type.Object({
  at: Type.String(),
  thresholdMinutes: Type.Number(),
  targetShare: Type.Number(),
  /** Offices open on the date (each was closed alone). */
  offices: Type.Integer(),
  travelModel: TravelModelInfoSchema,
  demandModel: DemandModelInfoSchema,
  /** Most costly first; at most `limit`. */
  costs: Type.Array(ClosingCostSchema),
});
export type ClosingCostsReport = Type.Static<typeof ClosingCostsReportSchema>;

/** What a closing-costs answer is asked for: the threshold and target share (as for accessibility) and how many to list. */
export interface ClosingCostsOptions {
  readonly thresholdMinutes?: number;
  readonly targetShare?: number;
  /** At most this many, most costly first (default: all). */
  readonly limit?: number;
}
