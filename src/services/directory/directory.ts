import type { IsoDate } from '../../shared/dates.js';
import type { Register } from '../../domain/register.js';
import type { ServiceKind } from '../../domain/entities.js';
import type { Snapshot } from '../../domain/snapshot.js';
import { NearestScan } from '../../geo/nearest-scan.js';
import { SearchIndex } from '../../search/search-index.js';
import { serviceIntervalsByOffice, type ServiceInterval } from '../../domain/office-services.js';
import type { ReferenceData } from '../reference-data.js';
import type { RegisterService } from '../register-service.js';
import type { GeoData } from './geo-data.js';
import { RegisterMemo } from '../register-memo.js';
import { searchDocuments } from '../views/search-documents.js';

/**
 * The directory on one date: the snapshot and what the API builds from it, each built once on
 * first use and kept while the date's epoch stays in the cache (search index, nearest-office index,
 * any other value a route memoises with `once`). Every date of an epoch (Register.epochOf) shares
 * the memo, so values kept with `once` must not depend on the date itself, only on the structure.
 * Immutable from the outside.
 */
export class DatedDirectory {
  constructor(
    readonly register: Register,
    readonly snapshot: Snapshot,
    readonly reference: ReferenceData,
    readonly geo: GeoData,
    /** The values built for the date's epoch, shared with its other dates. */
    private readonly memo: Map<string, unknown> = new Map(),
  ) {}

  get at(): IsoDate {
    return this.snapshot.at;
  }

  /**
   * Names the register and date this directory answers for, the same in every process over the
   * same change log (count and highest sequence number: the log is append-only). Routes whose
   * answer is a function of it and their parameters build cheap ETags from it.
   */
  get version(): string {
    return `${this.once('log-version', () => `${this.register.changes.length}.${this.register.changes.reduce((max, c) => Math.max(max, c.seq), 0)}`)}.${this.at}`;
  }

  /** The value under `key`, built by `build` the first time it is asked for in this date's epoch. */
  once<T>(key: string, build: () => T): T {
    if (this.memo.has(key)) return this.memo.get(key) as T; // safe: each key is only ever built by one call site's `build`
    const value = build();
    this.memo.set(key, value);
    return value;
  }

  searchIndex(): SearchIndex {
    return this.once('search-index', () => SearchIndex.build(searchDocuments(this.snapshot, this.reference.postcodes)));
  }

  /** Every office's service periods (from the whole history, so the same on every date of a register). */
  serviceIntervals(officeId: string): readonly ServiceInterval[] {
    return this.once('service-intervals', () => serviceIntervalsByOffice(this.register)).get(officeId) ?? [];
  }

  /** The postal place of a postcode ("9008" → "Tromsø"), null for one the reference data does not list. */
  postalPlace(postcode: string): string | null {
    return this.once('postal-places', () => new Map(this.reference.postcodes.map((p) => [p.postcode, p.place]))).get(postcode) ?? null;
  }

  /** Offices open (staffed) on the date, for "nearest office" answers (a few hundred: a linear scan beats a tree). */
  openOfficeIndex(): NearestScan {
    return this.once('open-offices', () =>
      NearestScan.build(this.snapshot.openOffices().map((o) => ({ id: o.id, lat: o.position.lat, lon: o.position.lon }))),
    );
  }

  /** Offices where a kind of service can be had on the date (open, in season), for "nearest pass- og ID-kontor". */
  offeringIndex(kind: ServiceKind): NearestScan {
    return this.once(`offering-${kind}`, () =>
      NearestScan.build(this.snapshot.officesOffering(kind).map((o) => ({ id: o.id, lat: o.position.lat, lon: o.position.lon }))),
    );
  }
}

const EPOCHS_CACHED = 16;

/**
 * The directory over the register service: what is built per date is kept per epoch, the last
 * EPOCHS_CACHED epochs. Keyed by the Register value too, so an append (a new Register) starts a
 * fresh cache.
 */
export class Directory {
  private readonly epochs = new RegisterMemo(EPOCHS_CACHED);

  constructor(
    private readonly service: RegisterService,
    readonly reference: ReferenceData,
    readonly geo: GeoData,
  ) {}

  async register(): Promise<Register> {
    return this.service.register();
  }

  async at(date: IsoDate): Promise<DatedDirectory> {
    const register = await this.service.register();
    const memo = this.epochs.get(register, register.epochOf(date), () => new Map<string, unknown>());
    return new DatedDirectory(register, register.snapshot(date), this.reference, this.geo, memo);
  }
}
