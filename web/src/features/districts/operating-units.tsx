import { Heading } from '@digdir/designsystemet-react';
import type { OperatingUnit } from '../../api/endpoints.js';
import { EmptyState } from '../../components/empty-state.js';
import { SiteLink } from '../../components/site-link.js';
import { STATION_DISTRICT_KIND_LABEL } from '../../format/labels.js';
import { stationDistrictPath } from '../../routes.js';

const REPORTED_NOTE = { official: '', reported: ' (navn fra mediene)', descriptive: ' (beskrivende navn)' } as const;

/** The district's geographic operating units (GDE) with their station districts, and its functional units. */
export function OperatingUnits({ units }: { units: readonly OperatingUnit[] }) {
  const geographic = units.filter((u) => u.kind === 'geographic');
  const functional = units.filter((u) => u.kind === 'functional');
  return (
    <div className="np-grid-2">
      <div className="np-stack-sm">
        <Heading level={3} data-size="xs">
          Geografiske driftsenheter (GDE)
        </Heading>
        {geographic.length === 0 ? (
          <EmptyState>Ingen geografiske driftsenheter på denne datoen.</EmptyState>
        ) : (
          <ul className="np-tree-list">
            {geographic.map((u) => (
              <li key={u.id}>
                <strong>{u.name}</strong>
                {REPORTED_NOTE[u.nameStatus]}
                {u.seat && `, ${u.seat}`}
                {u.stationDistricts.length > 0 && (
                  <ul>
                    {u.stationDistricts.map((sd) => (
                      <li key={sd.id}>
                        <SiteLink to={stationDistrictPath(sd.id)}>{sd.name}</SiteLink>{' '}
                        <span className="np-muted">({STATION_DISTRICT_KIND_LABEL[sd.kind].toLowerCase()})</span>
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="np-stack-sm">
        <Heading level={3} data-size="xs">
          Felles driftsenheter
        </Heading>
        {functional.length === 0 ? (
          <EmptyState>Ingen felles driftsenheter i registeret på denne datoen.</EmptyState>
        ) : (
          <ul>
            {functional.map((u) => (
              <li key={u.id}>
                {u.name}
                {REPORTED_NOTE[u.nameStatus]}
                {u.seat && `, ${u.seat}`}
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
