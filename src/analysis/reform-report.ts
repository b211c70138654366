import { DomainError } from '../domain/errors.js';
import { assertComparable, changeSums, changeSummary, compareEvaluations } from './compare.js';
import type { ReformReport } from '../contract/comparison-report.js';
import type { AccessibilityEvaluation } from './evaluate.js';

/** The dates the reform is read between: the last day of the 27 districts, and when the new local structure stood. */
export const REFORM_BEFORE_DATE = '2015-12-31';
export const REFORM_AFTER_DATE = '2018-07-01';

const pct = (x: number | null, locale: string) =>
  x === null ? '–' : new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(x);
const num = (x: number, locale: string) => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(x);
/** 2015-12-31 → 31.12.2015 in Norwegian; scenario labels stay as they are. */
const dateNb = (at: string) => (/^\d{4}-\d{2}-\d{2}$/.test(at) ? `${at.slice(8, 10)}.${at.slice(5, 7)}.${at.slice(0, 4)}` : at);

/**
 * The reform in one report: before (2015-12-31), after (2018-07-01) and today, over the same demand
 * and travel model. Districts are today's, each with the same people's share on every date (so the
 * 27 old districts need no mapping); `belowTarget` also gives each date's own districts that miss
 * the target. The headline sentences are computed from the figures, in Norwegian and English.
 */
export function reformReport(before: AccessibilityEvaluation, after: AccessibilityEvaluation, today: AccessibilityEvaluation): ReformReport {
  const [b, a, t] = [before.points, after.points, today.points];
  assertComparable(b, a);
  assertComparable(a, t);
  if (b.targetShare !== t.targetShare || a.targetShare !== t.targetShare) {
    throw new DomainError('analysis.compare-threshold', 'the three evaluations must use the same target share');
  }
  const G = t.districtIds.length;
  // Same people, today's districts: sums of each date against itself give its share and mean.
  const perDate = [b, a, t].map((e) => changeSums(e, e, t.districtIndex, G));
  const districts = t.districtIds.map((id, g) => {
    const [sb, sa, st] = perDate.map((s) => changeSummary(s, g));
    const meets = (x: number | null) => x !== null && x >= t.targetShare;
    return {
      id,
      name: t.districtNames[g],
      population: st.population,
      share: { before: sb.shareAfter, after: sa.shareAfter, today: st.shareAfter },
      meetsTarget: { before: meets(sb.shareAfter), after: meets(sa.shareAfter), today: meets(st.shareAfter) },
      meanMinutes: { before: sb.meanMinutesAfter, after: sa.meanMinutesAfter, today: st.meanMinutesAfter },
    };
  });

  const reform = compareEvaluations(before, after);
  const sinceReform = compareEvaluations(after, today);
  const nat = (e: AccessibilityEvaluation) => {
    const n = e.report.national;
    return { population: n.population, share: n.share, meanMinutes: n.meanMinutes, medianMinutes: n.medianMinutes, p90Minutes: n.p90Minutes, populationPerOffice: n.populationPerOffice };
  };
  const report: Omit<ReformReport, 'headline'> = {
    thresholdMinutes: t.thresholdMinutes,
    targetShare: t.targetShare,
    dates: { before: b.at, after: a.at, today: t.at },
    offices: { before: before.report.national.offices, after: after.report.national.offices, today: today.report.national.offices },
    national: { before: nat(before), after: nat(after), today: nat(today) },
    districts,
    belowTarget: { before: before.report.districtsBelowTarget, after: after.report.districtsBelowTarget, today: today.report.districtsBelowTarget },
    reform,
    sinceReform,
  };
  return { ...report, headline: headline(report, [before, after, today]) };
}

function headline(r: Omit<ReformReport, 'headline'>, evaluations: AccessibilityEvaluation[]): { nb: string[]; en: string[] } {
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
  const estimated = evaluations.find((e) => e.report.travelModel.estimated);
  if (estimated) {
    nbLines.push(`Reisetidene er beregnet, ikke målt langs veinettet: ${estimated.report.travelModel.label}.`);
    enLines.push(`Travel times are estimated, not routed on the road network: ${estimated.report.travelModel.labelEn}.`);
  }
  return { nb: nbLines, en: enLines };
}
