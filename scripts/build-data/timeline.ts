import type { Decision } from '../../src/domain/changes.js';

/**
 * The dated decisions the seed hangs on, each with where it is written down. Paraphrased facts from
 * ../shared/docs/domain-facts.md and ../shared/data/police/SOURCES*.md.
 */

/** The 27 districts of 2002–2015 took effect on this date (paragrafen.no, 2001-12-17). */
export const DISTRICTS_2002 = '2002-01-01';
export const DISTRICTS_2002_SOURCES = ['https://www.paragrafen.no/?id=41', 'http://www.kjeltring.com/content/view/111/123/'];

/** The 12 districts of the reform. */
export const REFORM_START = '2016-01-01';
export const STORTING_2015: Decision = {
  by: 'Stortinget',
  date: '2015-06-10',
  reference: 'Innst. 306 S (2014–2015), Prop. 61 LS (2014–2015)',
  url: 'https://stortinget.no/no/Saker-og-publikasjoner/Publikasjoner/Innstillinger/Stortinget/2014-2015/inns-201415-306/?lvl=0',
};
export const REFORM_SOURCES = [
  'https://www.aftenposten.no/norge/i/ArA3/i-dag-fikk-vi-nye-politidistrikter-se-oversikten',
  'https://lokalhistoriewiki.no/wiki/Politidistrikt',
  'https://www.nrk.no/norge/enighet-om-politireformen-1.12386411',
];

/**
 * Offices in operation before the reform: the reference lists tell that they existed in 2016, not
 * when each was founded. The seed shows them from this date, marked approximate, rather than
 * claiming a founding date it does not know.
 */
export const OFFICES_KNOWN_FROM = '2015-01-01';

export const POD_2017: Decision = {
  by: 'Politidirektoratet',
  date: '2017-01-13',
  reference: 'Beslutning om lokal struktur – tjenesteenheter og tjenestesteder (13.01.2017)',
  url: 'https://deploy.abcdocz.com/doc/5116104/beslutninger',
};
export const POD_2017_SOURCES = ['https://www.nrk.no/norge/vil-legge-ned-126-av-politiets-tjenestesteder-1.13320667'];

export const JD_2017: Decision = {
  by: 'Justis- og beredskapsdepartementet',
  date: '2017-05-24',
  reference: 'Klagebehandling av lokal struktur (mai 2017)',
  url: 'https://www.stortinget.no/no/Saker-og-publikasjoner/Sporsmal/Skriftlige-sporsmal-og-svar/Skriftlig-sporsmal/?qid=69146',
};
export const JD_2017_SOURCES = ['https://www.politiforum.no/nyheter/norge-far-224-tjenestesteder/136973'];

/** The whole final local structure was in place in all 12 districts by this date (politiet.no news). */
export const LOCAL_STRUCTURE_ALL_BY = '2018-06-01';

/** Police-district adjustments for the 2020 municipal mergers (decided in statsråd). */
export const MERGERS_2020 = '2020-01-01';
export const MERGERS_2020_DECISION: Decision = {
  by: 'Kongen i statsråd',
  date: null,
  reference: 'Justering av distriktsinndelingen i politi- og lensmannsetaten etter kommunesammenslåinger',
  url: 'https://www.regjeringen.no/no/aktuelt/justering-av-distriktsinndelingen-i-politi--og-lensmannsetaten-etter-kommunesammeslainger/id2604638/',
};

export const RENAMING_2021: Decision = {
  by: 'Regjeringen',
  date: '2021-04-30',
  reference: 'Kjønnsnøytrale titler: lensmann blir politistasjonssjef, lensmannskontor blir politistasjon',
  url: 'https://www.dagsavisen.no/nyheter/innenriks/2021/04/30/endrer-lensmann-tittel-heretter-heter-det-politistasjonssjef/',
};
/** Used only where no district-specific date was found: the districts switched during 2021. */
export const RENAMING_2021_LATEST = '2021-12-31';

/** When the register's seed was compiled; every seed change carries it as its recording time. */
export const SEED_RECORDED_AT = '2026-11-27T00:00:00.000Z';
