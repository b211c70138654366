import type { SpecialAgency } from '../../api/endpoints.js';
import { SiteLink } from '../../components/site-link.js';
import { specialAgencyPath } from '../../routes.js';

/** "Politiets fellestjenester (PFT)"; names that already start with their abbreviation stay as they are. */
export function agencyName(a: Pick<SpecialAgency, 'name' | 'abbreviation'>): string {
  return a.abbreviation && !a.name.includes(a.abbreviation) ? `${a.name} (${a.abbreviation})` : a.name;
}

/** Særorgan and other national units with their seats. */
export function SpecialAgencyList({ agencies }: { agencies: readonly SpecialAgency[] }) {
  return (
    <ul className="np-agency-list">
      {agencies.map((a) => (
        <li key={a.id}>
          <SiteLink to={specialAgencyPath(a.id)}>{agencyName(a)}</SiteLink>
          {a.seat ? ` – ${a.seat}` : ''}
        </li>
      ))}
    </ul>
  );
}
