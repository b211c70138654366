import type { ReformReport } from '../comparison-report.js';
import type { Static } from 'typebox';
import type { TravelModelInfoSchema } from '../accessibility-report.js';

type TravelModelInfo = Static<typeof TravelModelInfoSchema>;

const pct = (x: number | null, locale: string) =>
  x === null ? '–' : new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(x);
const num = (x: number, locale: string) => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(x);
/** 2015-12-31 → 31.12.2015 in Norwegian; scenario labels stay as they are. */
const dateNb = (at: string) => (/^\d{4}-\d{2}-\d{2}$/.test(at) ? `${at.slice(8, 10)}.${at.slice(5, 7)}.${at.slice(0, 4)}` : at);

/** The reform report's headline sentences, in Norwegian and English, from its figures. */
export function reformHeadline(r: Omit<ReformReport, 'headline'>, travelModels: readonly TravelModelInfo[]): { nb: string[]; en: string[] } {
  const T = r.thresholdMinutes;
  const [db, da, dt] = [r.dates.before, r.dates.after, r.dates.today].map(dateNb);
  const { before: nb0, after: na0, today: nt0 } = r.national;
  const change = r.reform.national;
  const below = (list: { name: string }[], locale: 'nb' | 'en') => (list.length === 0 ? (locale === 'nb' ? 'ingen' : 'none') : list.map((d) => d.name).join(', '));
  const target = (locale: string) => pct(r.targetShare, locale);
  const nbLines = [
    `Andel av befolkningen med høyst ${T} minutter til nærmeste tjenestested: ${pct(nb0.share, 'nb-NO')} (${db}), ${pct(na0.share, 'nb-NO')} (${da}) og ${pct(nt0.share, 'nb-NO')} (${dt}).`,
    `Åpne tjenestesteder: ${r.offices.before} (${db}), ${r.offices.after} (${da}) og ${r.offices.today} (${dt}).`,
    `Ved reformen fikk ${num(change.populationFarther, 'nb-NO')} innbyggere lengre vei til nærmeste tjenestested` +
      (change.meanIncreaseForFarther === null ? '' : `, i snitt ${num(change.meanIncreaseForFarther, 'nb-NO')} minutter lengre`) +
      `; ${num(change.populationMovedBeyondThreshold, 'nb-NO')} kom over ${T} minutter.`,
    `Distrikter under kravet om ${target('nb-NO')} innen ${T} minutter: ${below(r.belowTarget.before, 'nb')} (${db}); ${below(r.belowTarget.after, 'nb')} (${da}); ${below(r.belowTarget.today, 'nb')} (${dt}).`,
  ];
  const enLines = [
    `Share of the population at most ${T} minutes from the nearest police office: ${pct(nb0.share, 'en-GB')} (${r.dates.before}), ${pct(na0.share, 'en-GB')} (${r.dates.after}) and ${pct(nt0.share, 'en-GB')} (${r.dates.today}).`,
    `Open offices: ${r.offices.before} (${r.dates.before}), ${r.offices.after} (${r.dates.after}) and ${r.offices.today} (${r.dates.today}).`,
    `With the reform ${num(change.populationFarther, 'en-GB')} people got farther from their nearest office` +
      (change.meanIncreaseForFarther === null ? '' : `, on average ${num(change.meanIncreaseForFarther, 'en-GB')} minutes more`) +
      `; ${num(change.populationMovedBeyondThreshold, 'en-GB')} moved beyond ${T} minutes.`,
    `Districts below the target of ${target('en-GB')} within ${T} minutes: ${below(r.belowTarget.before, 'en')} (${r.dates.before}); ${below(r.belowTarget.after, 'en')} (${r.dates.after}); ${below(r.belowTarget.today, 'en')} (${r.dates.today}).`,
  ];
  const estimated = travelModels.find((m) => m.estimated);
  if (estimated) {
    nbLines.push(`Reisetidene er beregnet, ikke målt langs veinettet: ${estimated.label}.`);
    enLines.push(`Travel times are estimated, not routed on the road network: ${estimated.labelEn}.`);
  }
  return { nb: nbLines, en: enLines };
}
