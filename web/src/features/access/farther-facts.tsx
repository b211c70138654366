import type { ChangeSummary } from '../../api/access-endpoints.js';
import { formatMinutes } from '../../format/access-numbers.js';
import { formatInteger } from '../../format/numbers.js';

/** Who got farther between two dates (the same people on both), as description-list facts. */
export function FartherFacts({ change, label }: { change: ChangeSummary; label: string }) {
  const facts: [string, string][] = [
    ['Innbyggere som fikk lenger vei', formatInteger(change.populationFarther)],
    ['Innbyggere som fikk kortere vei', formatInteger(change.populationCloser)],
    ['Ekstra reisetid i snitt for dem som fikk lenger vei', formatMinutes(change.meanIncreaseForFarther)],
    ['Innbyggere som kom utenfor terskelen', formatInteger(change.populationMovedBeyondThreshold)],
    ['Innbyggere som kom innenfor terskelen', formatInteger(change.populationMovedWithinThreshold)],
  ];
  return (
    <dl className="np-facts" aria-label={label}>
      {facts.map(([dt, dd]) => (
        <div key={dt}>
          <dt>{dt}</dt>
          <dd>{dd}</dd>
        </div>
      ))}
    </dl>
  );
}
