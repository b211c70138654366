import Type from 'typebox';
import { AccessibilityOptionsSchema } from './accessibility-options.js';
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

export const ClosingCostsOptionsSchema = Type.Object(
  {
    thresholdMinutes: Type.Optional(AccessibilityOptionsSchema.properties.thresholdMinutes),
    targetShare: Type.Optional(AccessibilityOptionsSchema.properties.targetShare),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 10_000 })),
  },
  { additionalProperties: false },
);
export type ClosingCostsOptions = Type.Static<typeof ClosingCostsOptionsSchema>;
