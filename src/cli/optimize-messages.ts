import type { InputIssue } from '../analysis/index.js';
import type { LoadProblemError } from './load-problem-files.js';
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

const where = (file: string, line?: number | null, field?: string | null): string =>
  `${file}${line ? `, linje ${line}` : ''}${field ? `, felt «${field}»` : ''}`;

/** A standalone problem-file error in Norwegian, naming file, line and field. */
export function problemFileErrorNb(e: LoadProblemError): string {
  if (e.code === 'optimize.file.unreadable') return `${e.file}: filen kan ikke leses (${e.message.replace(`${e.file}: cannot be read: `, '')})`;
  const at = where(e.file, e.line, e.field);
  switch (e.code) {
    case 'optimize.file.csv':
      return `${at}: ikke gyldig CSV`;
    case 'optimize.file.header':
      return `${at}: overskriftsraden mangler kolonnen «${e.field}»; forventet ${e.expected?.join(',') ?? ''}, fant ${e.value ?? ''}`;
    case 'optimize.file.value':
      if (e.reason === 'empty') return `${at}: verdien mangler`;
      if (e.reason === 'negative') return `${at}: ${e.value} er negativ; verdien må være ≥ 0`;
      return `${at}: «${e.value}» er ikke et tall (bruk punktum som desimaltegn)`;
    case 'optimize.file.duplicate':
      return `${at}: «${e.value}» er allerede gitt på linje ${e.firstLine}`;
    case 'optimize.file.unknown-id':
      return `${at}: «${e.value}» finnes ikke i matrisen ${e.matrixFile}`;
    case 'optimize.file.missing-pair': {
      const more = (e.count ?? 0) > (e.examples?.length ?? 0) ? ` og ${(e.count ?? 0) - (e.examples?.length ?? 0)} til` : '';
      return `${e.file}: ${e.count} par (fra → til) som brukes, mangler verdi: ${e.examples?.join(', ')}${more}`;
    }
    case 'optimize.file.empty':
      return `${e.file}: filen har ingen rader`;
  }
}

const ISSUE_NB: Record<InputIssue['code'], string> = {
  unreadable: 'kan ikke leses som CSV',
  'missing-column': 'kolonnen mangler i overskriftsraden',
  'missing-value': 'verdien mangler',
  'not-a-number': 'er ikke et tall (bruk punktum som desimaltegn)',
  'out-of-range': 'er utenfor gyldig område',
  'invalid-value': 'ugyldig verdi',
  'duplicate-id': 'id-en er brukt før i filen',
  'duplicate-pair': 'paret er gitt før i filen',
  'unknown-id': 'ukjent id (ikke et etterspørselspunkt eller en kandidat)',
  'missing-pairs': 'par mangler i matrisen',
  empty: 'filen er tom',
  'too-many-issues': 'flere feil er ikke vist',
};

/** File issues (candidate sites, travel matrices) in Norwegian: place, then what is wrong; at most ten. */
export function inputIssuesNb(issues: readonly InputIssue[]): string {
  const shown = issues.slice(0, 10).map((i) => `${where(i.file, i.row, i.field)}: ${ISSUE_NB[i.code]}`);
  const more = issues.length > 10 ? ` (og ${issues.length - 10} til)` : '';
  return shown.join('; ') + more;
}
