import { Button, Label } from '@digdir/designsystemet-react';
import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useNavigate } from 'react-router';
import { searchRequest, type SearchHit } from '../../api/endpoints.js';
import { useApi } from '../../api/use-api.js';
import { useStructureDate, withDate } from '../../date/use-structure-date.js';
import { useDebouncedValue } from '../../hooks/use-debounced-value.js';
import { searchHitPath, searchPath } from '../../routes.js';

const MIN_QUERY = 2;
const SUGGESTIONS = 8;

export interface SearchBoxProps {
  /** The visible label. @default 'Søk etter kommune, postnummer, sted, politidistrikt eller tjenestested' */
  label?: string;
  defaultValue?: string;
}

/**
 * Search as you type, as an ARIA combobox (the APG "list autocomplete" pattern): arrow keys move
 * through the suggestions, Enter opens the highlighted one, Escape closes the list, and Enter with
 * nothing highlighted (or the button) goes to the full result page.
 */
export function SearchBox({ label = 'Søk etter kommune, postnummer, sted, politidistrikt eller tjenestested', defaultValue = '' }: SearchBoxProps) {
  const id = useId();
  const navigate = useNavigate();
  const { date, urlDate } = useStructureDate();
  const [query, setQuery] = useState(defaultValue);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const settled = useDebouncedValue(query.trim(), 200);
  const searching = settled.length >= MIN_QUERY;
  const result = useApi(searching ? searchRequest(settled, date, SUGGESTIONS) : null);
  const hits: SearchHit[] = result?.status === 'ok' ? result.data.hits.filter((h) => searchHitPath(h) !== null) : [];
  const showing = open && searching && result !== null;
  const expanded = showing && hits.length > 0;
  const listId = `${id}-list`;
  const optionId = (i: number) => `${id}-option-${i}`;

  function go(hit: SearchHit) {
    const path = searchHitPath(hit);
    if (!path) return;
    setOpen(false);
    void navigate(withDate(path, urlDate));
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const chosen = expanded && active >= 0 ? hits[active] : undefined;
    if (chosen) go(chosen);
    else if (query.trim().length > 0) {
      setOpen(false);
      void navigate(withDate(searchPath(query.trim()), urlDate));
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      if (hits.length > 0) setActive((a) => (a + 1) % hits.length);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      if (hits.length > 0) setActive((a) => (a <= 0 ? hits.length - 1 : a - 1));
    } else if (event.key === 'Escape') {
      if (showing) {
        event.preventDefault();
        setOpen(false);
        setActive(-1);
      } else setQuery('');
    }
  }

  // Shown under the field (for sighted users) and said by the status region (for screen readers).
  let popupMessage: string | null = null;
  if (showing && result?.status === 'loading') popupMessage = 'Søker …';
  else if (showing && result?.status === 'error') popupMessage = 'Noe gikk galt. Prøv igjen.';
  else if (showing && result?.status === 'ok' && hits.length === 0) popupMessage = 'Fant ingen treff';
  const status = expanded ? `${hits.length} treff. Bruk piltastene for å velge.` : (popupMessage ?? '');

  return (
    <form role="search" className="np-search" onSubmit={submit} aria-label="Søk i registeret">
      <Label htmlFor={`${id}-input`}>{label}</Label>
      <div className="np-search__row">
        <input
          id={`${id}-input`}
          className="ds-input"
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && active >= 0 && active < hits.length ? optionId(active) : undefined}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setOpen(true);
            setActive(-1);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
          onFocus={() => setOpen(true)}
        />
        <Button type="submit">Søk</Button>
      </div>
      <div role="status" className="np-visually-hidden">
        {status}
      </div>
      {popupMessage !== null && (
        <p className="np-search__listbox np-search__status" aria-hidden="true">
          {popupMessage}
        </p>
      )}
      <ul id={listId} role="listbox" aria-label="Forslag" className="np-search__listbox" hidden={!expanded}>
        {expanded &&
          hits.map((hit, i) => (
            <li
              key={`${hit.kind}:${hit.id}`}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              className="np-search__option"
              // Keep focus in the input (pointer users), then open the hit.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => go(hit)}
            >
              <span>{hit.name}</span>
              <span className="np-search__option-description">
                {hit.description}
              </span>
            </li>
          ))}
      </ul>
    </form>
  );
}
