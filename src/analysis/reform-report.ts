import { DomainError } from '../domain/errors.js';
import { assertComparable, changeSums, changeSummary, compareEvaluations } from './compare.js';
import type { ReformReport } from '../contract/comparison-report.js';
import type { AccessibilityEvaluation } from './evaluate.js';
import { reformHeadline } from '../contract/wording/reform-headline.js';

/** The dates the reform is read between: the last day of the 27 districts, and when the new local structure stood. */
export const REFORM_BEFORE_DATE = '2015-12-31';
export const REFORM_AFTER_DATE = '2018-07-01';

/**
 * The reform in one report: before (2015-12-31), after (2018-07-01) and today, over the same demand
 * and travel model. Districts are today's, each with the same people's share on every date (so the
 * 27 old districts need no mapping); `belowTarget` also gives each date's own districts that miss
 * the target. The headline sentences are worded from the figures by contract/wording/reform-headline.ts.
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
  return { ...report, headline: reformHeadline(report, [before, after, today].map((e) => e.report.travelModel)) };
}
