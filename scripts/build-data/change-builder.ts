import type { Decision, DatePrecision, NewChange, RecordedChange } from '../../src/domain/changes.js';
import type { AttrsByType, EntityType } from '../../src/domain/entities.js';

export interface Provenance {
  decision?: Decision | null;
  sources: string[];
  certainty?: 'sourced' | 'inferred';
  datePrecision?: DatePrecision;
  note?: string | null;
}

/**
 * Collects the seed's changes in the order they are written, giving each a readable, deterministic
 * id (`seed:<entity>:<id>:<what>`), so re-running the build gives a byte-identical log.
 */
export class ChangeBuilder {
  private readonly changes: NewChange[] = [];
  private readonly ids = new Set<string>();

  private push(what: string, effective: string, op: NewChange['op'], p: Provenance): void {
    const base = `seed:${op.entity}:${op.id}:${what}`;
    let id = base;
    for (let n = 2; this.ids.has(id); n++) id = `${base}:${n}`;
    this.ids.add(id);
    // Each entry is one source: a URL or a citation such as "https://www.ssb.no/ (folketall 2024-01-01,
    // CC BY 4.0)". Cells holding several URLs are split by their reader (urlsOf), never here, so a
    // citation keeps its words; only exact repeats are dropped.
    const sources = [...new Set(p.sources.map((s) => s.trim()).filter((s) => s.length > 0))];
    this.changes.push({
      id: id.toLowerCase(),
      effective,
      datePrecision: p.datePrecision ?? 'day',
      op,
      decision: p.decision ?? null,
      sources,
      certainty: p.certainty ?? 'sourced',
      note: p.note ?? null,
      supersedes: null,
    });
  }

  establish<T extends EntityType>(entity: T, id: string, effective: string, attrs: AttrsByType[T], p: Provenance): void {
    this.push('establish', effective, { type: 'establish', entity, id, attrs } as NewChange['op'], p);
  }

  amend<T extends EntityType>(entity: T, id: string, effective: string, attrs: Partial<AttrsByType[T]>, what: string, p: Provenance): void {
    this.push(what, effective, { type: 'amend', entity, id, attrs } as NewChange['op'], p);
  }

  dissolve(entity: EntityType, id: string, effective: string, successorIds: string[], p: Provenance): void {
    this.push('dissolve', effective, { type: 'dissolve', entity, id, successorIds } as NewChange['op'], p);
  }

  reestablish<T extends EntityType>(entity: T, id: string, effective: string, attrs: Partial<AttrsByType[T]>, p: Provenance): void {
    this.push('reestablish', effective, { type: 'reestablish', entity, id, attrs } as NewChange['op'], p);
  }

  confirm(entity: EntityType, id: string, effective: string, what: string, p: Provenance): void {
    this.push(what, effective, { type: 'confirm', entity, id } as NewChange['op'], p);
  }

  /** The log as recorded: seq in build order, one recording time for the whole seed. */
  recorded(recordedAt: string): RecordedChange[] {
    return this.changes.map((c, i) => ({ seq: i + 1, recordedAt, ...c }));
  }
}
