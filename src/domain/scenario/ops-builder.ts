import type { ChangeOp } from '../changes.js';
import type { AttrsByType, Entity, EntityType } from '../entities.js';

type Amendable = 'municipality' | 'office' | 'stationDistrict';

/**
 * Collects the ops of one proposal: at most one amend per entity (later attributes merge into
 * earlier ones), attributes equal to the entity's current ones left out, and a fixed order —
 * establishes, then amends in the order first touched, then dissolves — so the same proposal on the
 * same structure always gives the same ops.
 */
export class OpsBuilder {
  private readonly establishes: ChangeOp[] = [];
  private readonly amends = new Map<string, { entity: Amendable; id: string; attrs: Record<string, unknown> }>();
  private readonly dissolves: ChangeOp[] = [];

  add(op: ChangeOp): this {
    if (op.type === 'dissolve') this.dissolves.push(op);
    else this.establishes.push(op);
    return this;
  }

  amend<T extends Amendable>(entity: T, current: Entity<T>, attrs: Partial<AttrsByType[T]>): this {
    const key = `${entity}:${current.id}`;
    const entry = this.amends.get(key) ?? { entity, id: current.id, attrs: {} };
    const now = current as unknown as Record<string, unknown>; // an entity is its attributes plus id/type/dates
    for (const [field, value] of Object.entries(attrs)) {
      if (value === undefined) continue;
      if (JSON.stringify(now[field]) === JSON.stringify(value)) delete entry.attrs[field];
      else entry.attrs[field] = value;
    }
    this.amends.set(key, entry);
    return this;
  }

  dissolve(entity: EntityType, id: string, successorIds: string[] = []): this {
    // Safe: a dissolve op has the same shape for every entity type.
    return this.add({ type: 'dissolve', entity, id, successorIds } as ChangeOp);
  }

  /** Offices this builder moves into `stationDistrictId` (by an amend of their stationDistrictId). */
  officesMovedInto(stationDistrictId: string): string[] {
    const out: string[] = [];
    for (const a of this.amends.values()) if (a.entity === 'office' && a.attrs['stationDistrictId'] === stationDistrictId) out.push(a.id);
    return out;
  }

  ops(): ChangeOp[] {
    const amends = [...this.amends.values()]
      .filter((a) => Object.keys(a.attrs).length > 0)
      // Safe: the attrs were given as Partial<AttrsByType[entity]> for this very entity type.
      .map((a) => ({ type: 'amend', entity: a.entity, id: a.id, attrs: a.attrs }) as ChangeOp);
    return [...this.establishes, ...amends, ...this.dissolves];
  }
}
