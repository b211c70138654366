import { Details } from '@digdir/designsystemet-react';
import type { Organisation } from '../../api/endpoints.js';
import { SiteLink } from '../../components/site-link.js';
import { STATION_DISTRICT_KIND_LABEL } from '../../format/labels.js';
import { districtPath, officePath, stationDistrictPath } from '../../routes.js';

type OrgDistrict = Organisation['districts'][number];
type StationNode = OrgDistrict['stationDistrictsWithoutUnit'][number];

function StationDistrictItem({ node }: { node: StationNode }) {
  return (
    <li>
      <SiteLink to={stationDistrictPath(node.id)}>{node.name}</SiteLink>{' '}
      <span className="np-muted">({STATION_DISTRICT_KIND_LABEL[node.kind].toLowerCase()})</span>
      {node.offices.length > 0 && (
        <ul>
          {node.offices.map((o) => (
            <li key={o.id}>
              <SiteLink to={officePath(o.id)}>{o.name}</SiteLink>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

/** One district's tree: GDE → station districts → offices, and its functional units. Folded by default. */
export function DistrictTree({ district }: { district: OrgDistrict }) {
  const stationCount = district.stationDistrictsWithoutUnit.length + district.geographicUnits.reduce((n, u) => n + u.stationDistricts.length, 0);
  return (
    <Details>
      <Details.Summary>
        {district.name} – {district.geographicUnits.length} GDE, {stationCount} tjenesteenheter
      </Details.Summary>
      <Details.Content>
        <div className="np-tree np-stack-sm">
          <p>
            <SiteLink to={districtPath(district.id)}>Gå til {district.name}</SiteLink> (sete: {district.seat})
          </p>
          <ul>
            {district.geographicUnits.map((u) => (
              <li key={u.id}>
                <strong>{u.name}</strong>
                {u.seat && `, ${u.seat}`}
                <ul>
                  {u.stationDistricts.map((s) => (
                    <StationDistrictItem key={s.id} node={s} />
                  ))}
                </ul>
              </li>
            ))}
            {district.stationDistrictsWithoutUnit.map((s) => (
              <StationDistrictItem key={s.id} node={s} />
            ))}
            {district.officesWithoutStationDistrict.length > 0 && (
              <li>
                Tjenestesteder uten tjenesteenhet ({district.officesWithoutStationDistrict.length})
                <ul>
                  {district.officesWithoutStationDistrict.map((o) => (
                    <li key={o.id}>
                      <SiteLink to={officePath(o.id)}>{o.name}</SiteLink>
                    </li>
                  ))}
                </ul>
              </li>
            )}
          </ul>
          {district.functionalUnits.length > 0 && (
            <p>Felles driftsenheter: {district.functionalUnits.map((u) => u.name).join(', ')}.</p>
          )}
        </div>
      </Details.Content>
    </Details>
  );
}
