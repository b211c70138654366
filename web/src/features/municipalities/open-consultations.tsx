import { Suspense, lazy } from 'react';

// The list checks its answer with the planner's schemas, so it loads in its own chunk, after the page.
const ConsultationList = lazy(() => import('./consultation-list.js').then((m) => ({ default: m.ConsultationList })));

/** Open consultations (høringer) from the planner that concern this municipality; nothing when there are none. */
export function OpenConsultations({ municipalityNumber }: { municipalityNumber: string }) {
  return (
    <Suspense fallback={null}>
      <ConsultationList municipalityNumber={municipalityNumber} />
    </Suspense>
  );
}
