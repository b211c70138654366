import { Paragraph } from '@digdir/designsystemet-react';
import type { AccessibilityReport } from '../../api/access-endpoints.js';

type TravelModel = AccessibilityReport['travelModel'];

/**
 * The credit road results must carry (OpenStreetMap: «© OpenStreetMap contributors», ODbL), from the
 * answer's own travel model, so it is shown exactly where figures computed on the road network are.
 * Nothing for a model without terms (the estimate is a formula, not data).
 */
export function RoadCredit({ model }: { model: TravelModel }) {
  if (!model.terms) return null;
  return (
    <Paragraph data-size="xs" className="np-road-credit">
      Vegdata: {model.source ? `${model.source}. ` : ''}
      {model.terms}
    </Paragraph>
  );
}

/** How many demand points and offices the road model could not route (their times are estimated), in words; null when none. */
export function unroutedText(model: TravelModel): string | null {
  const unrouted = model.unrouted ?? [];
  if (unrouted.length === 0) return null;
  const points = unrouted.filter((u) => u.role === 'origin').length;
  const offices = unrouted.length - points;
  const parts = [points > 0 ? `${points} bosteder` : null, offices > 0 ? `${offices} tjenestesteder` : null].filter((p) => p !== null);
  return `${parts.join(' og ')} har ingen vegforbindelse i vegnettet (øyer uten veg eller med ferje som mangler i dataene); for dem er reisetiden estimert i luftlinje, ikke kjørt.`;
}
