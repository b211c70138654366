import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { getConsultations } from '../../api/planner-endpoints.js';
import { useFresh } from '../../api/use-fresh.js';
import { SiteLink } from '../../components/site-link.js';
import { formatLongDate } from '../../../../src/contract/wording/dates.js';
import { proposalText } from '../planner/planner-text.js';
import { scenarioPath } from '../../routes.js';

/**
 * Scenarios on consultation whose proposals touch the municipality (GET
 * /municipalities/{n}/consultations). Shows nothing when there are none or the answer fails: the
 * block is an addition to the page, not something it depends on.
 */
export function ConsultationList({ municipalityNumber }: { municipalityNumber: string }) {
  const { resource: answer } = useFresh('consultations', municipalityNumber, (signal) => getConsultations(municipalityNumber, signal));
  if (answer?.status !== 'ok' || answer.data.scenarios.length === 0) return null;
  return (
    <section aria-labelledby="horinger" className="np-stack-sm">
      <Heading level={2} data-size="md" id="horinger">
        Åpne høringer
      </Heading>
      <Paragraph>Forslag på høring som berører {answer.data.municipality.name}. De er ikke vedtatt.</Paragraph>
      <ul>
        {answer.data.scenarios.map(({ scenario, changes }) => (
          <li key={scenario.id}>
            <SiteLink to={scenarioPath(scenario.id)}>{scenario.name}</SiteLink> (grunnlagsdato {formatLongDate(scenario.baseDate)}):{' '}
            {changes.map((c) => proposalText(c.proposal, c.names)).join('; ')}
          </li>
        ))}
      </ul>
    </section>
  );
}
