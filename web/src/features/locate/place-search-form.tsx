import { Button, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useEffect, useMemo, useRef, useState } from 'react';
import { searchRequest, type SearchHit } from '../../api/endpoints.js';
import { useApi } from '../../api/use-api.js';
import { ErrorMessage } from '../../components/error-message.js';
import { Loading } from '../../components/loading.js';
import { useStructureDate } from '../../date/use-structure-date.js';
import { postcodeIn, type PickedPlace } from './picked-place.js';

const PLACE_KINDS: readonly SearchHit['kind'][] = ['postcode', 'postalPlace', 'municipality', 'office'];

/** The hits that stand for a place with a point, best first, one per place. */
function placeHits(hits: readonly SearchHit[]): SearchHit[] {
  return hits.filter((h) => h.resolves.point !== null && PLACE_KINDS.includes(h.kind));
}

function toPlace(hit: SearchHit): PickedPlace | null {
  const point = hit.resolves.point;
  return point ? { lat: point.lat, lon: point.lon, label: hit.name, source: 'search' } : null;
}

/**
 * "Postnummer, adresse eller sted": an address is found by its postcode (there is no address
 * register here), a place by the search. The best place is used at once; others with the same
 * name are offered as alternatives.
 */
export function PlaceSearchForm({ onPick }: { onPick: (place: PickedPlace) => void }) {
  const { date } = useStructureDate();
  const [text, setText] = useState('');
  const [submitted, setSubmitted] = useState<string | null>(null);
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
  useEffect(() => {
    const place = best ? toPlace(best) : null;
    if (place) onPickRef.current(place);
  }, [best]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const trimmed = text.trim();
    if (trimmed.length < 2) {
      setFieldError('Skriv et postnummer (fire siffer), en adresse med postnummer eller et stedsnavn.');
      return;
    }
    setFieldError(null);
    setSubmitted(postcodeIn(trimmed) ?? trimmed);
  }

  return (
    <div className="np-stack-sm">
      <form onSubmit={submit} noValidate className="np-stack-sm" aria-label="Finn politiet for et sted">
        <Textfield
          label="Postnummer, adresse eller stedsnavn"
          description="For eksempel 9600, «Storgata 1, 8006 Bodø» eller Lillehammer"
          value={text}
          onChange={(e) => setText(e.target.value)}
          error={fieldError ?? undefined}
          autoComplete="postal-code"
        />
        <Button type="submit">Finn politiet</Button>
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
                    const place = toPlace(hit);
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
