import { Button, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useEffect, useMemo, useRef, useState } from 'react';
import { searchRequest, type SearchHit } from '../../api/endpoints.js';
import { useApi } from '../../api/use-api.js';
import { ErrorMessage } from '../../components/error-message.js';
import { FormErrorSummary } from '../../components/form-error-summary.js';
import { Loading } from '../../components/loading.js';
import { useStructureDate } from '../../date/use-structure-date.js';
import { placeQuery, type PickedPlace } from './picked-place.js';
import { placeHits } from './place-hits.js';
import { postalPlaceName } from '../../../../src/contract/wording/office-text.js';

const FIELD_ID = 'finn-sted';

function toPlace(hit: SearchHit, service: PickedPlace['service']): PickedPlace | null {
  const point = hit.resolves.point;
  const label = hit.kind === 'postalPlace' || hit.kind === 'postcode' ? postalPlaceName(hit.name) : hit.name;
  return point ? { lat: point.lat, lon: point.lon, label, source: 'search', service } : null;
}

export interface PlaceSearchFormProps {
  onPick: (place: PickedPlace) => void;
  /** A new search began: the previous answer must go, so it is never shown under another question. */
  onClear: () => void;
}

/**
 * "Postnummer, adresse eller sted": an address is found by its postcode, or by its town when it has
 * none (there is no address register here), a place by the search. The best place is used at once;
 * others with the same name are offered as alternatives. Two buttons: the police for the place, or
 * the nearest pass- og ID-kontor.
 */
export function PlaceSearchForm({ onPick, onClear }: PlaceSearchFormProps) {
  const { date } = useStructureDate();
  const [text, setText] = useState('');
  const [submitted, setSubmitted] = useState<string | null>(null);
  const [service, setService] = useState<PickedPlace['service']>(null);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const result = useApi(submitted ? searchRequest(submitted, date, 10) : null);
  const hits = result?.status === 'ok' ? result.data.hits : null;
  // The same answer keeps the same hits object (the query cache), so candidates change only with the answer.
  const candidates = useMemo(() => (hits ? placeHits(hits) : []), [hits]);
  const best = candidates[0];

  // Pick the best place once per answer (the callback's identity does not matter).
  const onPickRef = useRef(onPick);
  useEffect(() => {
    onPickRef.current = onPick;
  }, [onPick]);
  const serviceRef = useRef(service);
  useEffect(() => {
    serviceRef.current = service;
  }, [service]);
  useEffect(() => {
    const place = best ? toPlace(best, serviceRef.current) : null;
    if (place) onPickRef.current(place);
  }, [best]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // Which button sent the form: the police for the place, or the nearest pass- og ID-kontor.
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const wanted = submitter instanceof HTMLButtonElement && submitter.value === 'pass-id' ? 'pass-id' : null;
    const trimmed = text.trim();
    if (trimmed.length < 2) {
      setFieldError('Skriv et postnummer (fire siffer), en adresse eller et stedsnavn.');
      return;
    }
    setFieldError(null);
    onClear();
    setService(wanted);
    const query = placeQuery(trimmed);
    // The same text again (e.g. with the other button) gives the same cached hits: pick at once.
    if (query === submitted && best) {
      const place = toPlace(best, wanted);
      if (place) onPick(place);
    }
    setSubmitted(query);
  }

  return (
    <div className="np-stack-sm">
      <FormErrorSummary errors={fieldError ? [{ fieldId: FIELD_ID, message: fieldError }] : []} />
      <form onSubmit={submit} noValidate className="np-stack-sm" aria-label="Finn politiet for et sted">
        <Textfield
          id={FIELD_ID}
          label="Postnummer, adresse eller stedsnavn"
          description="For eksempel 9600, «Storgata 1, Tromsø» eller Lillehammer"
          value={text}
          onChange={(e) => setText(e.target.value)}
          error={fieldError ?? undefined}
          autoComplete="postal-code"
        />
        <div className="np-button-row">
          <Button type="submit" value="police">
            Finn politiet
          </Button>
          <Button type="submit" variant="secondary" value="pass-id">
            Finn nærmeste pass- og ID-kontor
          </Button>
        </div>
      </form>
      {result?.status === 'loading' && <Loading label="Søker …" />}
      {result?.status === 'error' && <ErrorMessage error={result.error} retry={result.retry} />}
      {result?.status === 'ok' && candidates.length === 0 && (
        <p role="status">Fant ingen treff på «{submitted}». Prøv et postnummer eller et annet stedsnavn.</p>
      )}
      {candidates.length > 1 && (
        <details className="np-alternatives">
          <summary>Mente du et annet sted? ({candidates.length - 1} til)</summary>
          <ul className="np-inline-list">
            {candidates.slice(1).map((hit) => (
              <li key={`${hit.kind}:${hit.id}`}>
                <Button
                  type="button"
                  variant="tertiary"
                  data-size="sm"
                  onClick={() => {
                    const place = toPlace(hit, service);
                    if (place) onPick(place);
                  }}
                >
                  {hit.name} ({hit.description})
                </Button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
