import { issuesLine, type InputIssue } from '../shared/csv/file-issues.js';
import type { RegisterOptimizeError } from '../services/optimize/optimize-service.js';

/*
 * Norwegian text for the optimiser's expected failures. The errors carry stable codes and details (the
 * English `message` is for logs and the API); what the user reads is made here from those.
 */

const list = (value: unknown): string => (Array.isArray(value) ? value.join(', ') : String(value));
const quoted = (value: unknown): string => `«${String(value)}»`;

const PARAMETER_NB: Record<string, string> = {
  keep: '--keep',
  mustKeep: '--must-keep',
  mustNot: '--must-not',
  minPerGroup: '--min-per-district/--district-min',
  districtMin: '--district-min',
  thresholdMinutes: '--threshold',
  prefer: 'den foretrukne strukturen',
  addedCandidates: '--candidates',
};

/** A solver or request error in Norwegian, naming the option at fault. */
export function optimizeErrorNb(e: RegisterOptimizeError): string {
  const d = e.details;
  const option = typeof d.parameter === 'string' ? (PARAMETER_NB[d.parameter] ?? d.parameter) : null;
  switch (e.code) {
    case 'optimize.infeasible':
      if (d.parameter === 'mustKeep' && typeof d.mustKeep === 'number') {
        return `umulig: --must-keep nevner ${d.mustKeep} steder, men --keep er bare ${d.keep}; K må være minst like stor som antallet som skal beholdes`;
      }
      if (d.parameter === 'mustKeep' && typeof d.id === 'string') return `umulig: ${quoted(d.id)} står både i --must-keep og --must-not`;
      if (d.parameter === 'keep' && typeof d.available === 'number') {
        return `umulig: --keep er ${d.keep}, men bare ${d.available} kandidater kan velges (de i --must-not er tatt ut)`;
      }
      if (d.parameter === 'keep' && typeof d.required === 'number') {
        return `umulig: --must-keep og minstekravene per distrikt krever minst ${d.required} steder, men --keep er bare ${d.keep}`;
      }
      if (d.parameter === 'minPerGroup') {
        return `umulig: minstekravet for distriktet ${quoted(d.group)} er ${d.minimum}, men bare ${d.available} av kandidatene der kan velges`;
      }
      return `umulig forespørsel (${e.message})`;
    case 'optimize.unknown-candidate':
      return `${option ?? 'forespørselen'} nevner ${quoted(d.id)}, som ikke er blant kandidatene (tjenestestedene som er åpne på datoen, og de som er lagt til)`;
    case 'optimize.unknown-group':
      return `${option ?? 'minstekravet'}: ingen kandidat hører til distriktet ${quoted(d.group)}`;
    case 'optimize.unknown-district':
      return `${option ?? 'forespørselen'}: ${quoted(d.district)} er ikke et politidistrikt på datoen${Array.isArray(d.known) ? ` (kjente: ${list(d.known)})` : ''}`;
    case 'optimize.duplicate-candidate':
      return `--candidates: id-en ${quoted(d.id)} er allerede brukt av et tjenestested blant kandidatene; gi det foreslåtte stedet en annen id`;
    case 'optimize.no-open-office':
      return `ingen tjenestesteder var åpne ${String(d.at)}; velg en annen dato med --at`;
    case 'optimize.invalid-parameter':
      if (d.parameter === 'keep') return `--keep må være et heltall på minst 1, ikke ${quoted(d.value)}`;
      if (d.parameter === 'thresholdMinutes') return 'målet mclp trenger en terskel (--threshold)';
      return `ugyldig verdi for ${option ?? 'en parameter'} (${e.message})`;
  }
}

/** File issues (candidate sites, travel matrices, problem files) as one Norwegian line; at most ten. */
export function inputIssuesNb(issues: readonly InputIssue[]): string {
  return issuesLine(issues);
}
