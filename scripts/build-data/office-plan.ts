import type { Decision, DatePrecision } from '../../src/domain/changes.js';
import type { OfficeKind, Position, Season } from '../../src/domain/entities.js';

/** A dated step in an office's life, before it becomes a change. */
export interface PlannedStep {
  date: string;
  precision: DatePrecision;
  decision: Decision | null;
  sources: string[];
  certainty: 'sourced' | 'inferred';
  note: string | null;
}

/** temporarily_closed: doors shut for a while (a refit) with the office still part of the structure; kept as a dated fact. */
export type OfficeEventKind = 'opened' | 'reopened' | 'closed' | 'temporarily_closed' | 'renamed' | 'kind_changed' | 'moved';

export interface PlannedEvent extends PlannedStep {
  event: OfficeEventKind;
  name: string | null;
  kind: OfficeKind | null;
  address: string | null;
  postcode: string | null;
  position: Position | null;
  season: Season | null;
  successorIds: string[];
}

/** Everything the build knows about one office, gathered from reference rows and curation overlays. */
export interface OfficePlan {
  id: string;
  name: string;
  kind: OfficeKind;
  municipalityNumber: string;
  /** The former municipality (as the reference names it) where it differs from the 2024 one. */
  formerMunicipality: string | null;
  address: string | null;
  postcode: string | null;
  position: Position;
  /** The district the source file puts it in (checked against its municipality's district). */
  sourceDistrictId: string;
  start: PlannedStep;
  /** 2017 decision to keep it (a confirm change), when it was kept. */
  kept: PlannedStep | null;
  /** Closure in the 2017 local structure. */
  end: (PlannedStep & { successorIds: string[] }) | null;
  /** Kind in the final 2017 structure when it differs from `kind`. */
  kindAfter2017: (PlannedStep & { kind: OfficeKind }) | null;
  /** Station district named by a source for this office. */
  stationDistrictId: string | null;
  season: Season | null;
  events: PlannedEvent[];
}
