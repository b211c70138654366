import { Paragraph } from '@digdir/designsystemet-react';
import type { ScenarioEvaluation } from '../../api/planner-endpoints.js';
import { formatInteger } from '../../format/numbers.js';
import { CriteriaTable } from './criteria-table.js';
import { formatMinutes, formatShare } from './planner-text.js';
import { RoadCredit } from '../access/road-credit.js';

/**
 * The scenario judged after the latest edit: the criteria and the accessibility headline. The
 * summary line is a polite live region, so a screen reader hears the new figures after each change.
 */
export function EvaluationPanel({ evaluation, refreshing }: { evaluation: ScenarioEvaluation; refreshing: boolean }) {
  const { criteria, accessibility: a } = evaluation;
  const n = a.national;
  return (
    <div className="np-stack-sm" aria-busy={refreshing}>
      <Paragraph aria-live="polite" data-testid="evaluation-summary">
        {criteria.passedCount} av {criteria.rules.length} kriterier oppfylt. {formatShare(n.share)} av innbyggerne har høyst {formatInteger(a.thresholdMinutes)}{' '}
        minutter til nærmeste tjenestested ({formatInteger(n.offices)} tjenestesteder, snitt {formatMinutes(n.meanMinutes)}).{' '}
        {a.districtsBelowTarget.length === 0
          ? `Alle politidistrikt når målet om ${formatShare(a.targetShare)}.`
          : `${a.districtsBelowTarget.length} politidistrikt er under målet om ${formatShare(a.targetShare)}.`}
      </Paragraph>
      <CriteriaTable rules={criteria.rules} caption="Kriteriene for scenarioet" />
      <Paragraph data-size="sm">{a.travelModel.label}</Paragraph>
      <RoadCredit model={a.travelModel} />
    </div>
  );
}
