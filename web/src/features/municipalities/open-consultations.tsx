/**
 * Reserved place: open consultations (høringer) that concern this municipality. They come from the
 * planner (scenarios sent on consultation), which does not exist yet; until it does this renders
 * nothing rather than invented content. When it lands: fetch the municipality's open
 * consultations for the date and list them here under a "Åpne høringer" heading.
 */
export function OpenConsultations(_props: { municipalityNumber: string }) {
  return null;
}
