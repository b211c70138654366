import type { PrioritisedFunction } from '../../api/endpoints.js';

/** The prioritised functions in order, what each is, and which units carry it on the date. */
export function PrioritisedFunctions({ functions }: { functions: readonly PrioritisedFunction[] }) {
  const ordered = [...functions].sort((a, b) => a.order - b.order);
  return (
    <ol className="np-functions">
      {ordered.map((f) => (
        <li key={f.id}>
          <strong>{f.name}</strong>
          <span className="np-block">{f.description}</span>
          <span className="np-block np-muted">
            {f.units.length === 0
              ? 'Ingen enheter i registeret bærer funksjonen på denne datoen.'
              : `Enheter i registeret: ${f.units.length}`}
          </span>
        </li>
      ))}
    </ol>
  );
}
