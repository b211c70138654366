import { Button, Label, Select } from '@digdir/designsystemet-react';
import { useEffect, useId, useState, type FormEvent } from 'react';
import type { AccessOptions } from '../../api/access-endpoints.js';
import { SERVICE_CHOICES, TARGET_CHOICES, THRESHOLD_CHOICES } from './access-options.js';

export interface AccessControlsProps {
  options: AccessOptions;
  onChange: (options: AccessOptions) => void;
}

/**
 * The service, the threshold and the target. Chosen, then applied with a button (not on every change of a select),
 * so keyboard and screen-reader users can look through the choices without the page changing under them.
 */
export function AccessControls({ options, onChange }: AccessControlsProps) {
  const id = useId();
  const [threshold, setThreshold] = useState(options.thresholdMinutes);
  const [targetPercent, setTargetPercent] = useState(Math.round(options.targetShare * 100));
  const [service, setService] = useState<string>(options.service ?? '');
  useEffect(() => {
    setThreshold(options.thresholdMinutes);
    setTargetPercent(Math.round(options.targetShare * 100));
    setService(options.service ?? '');
  }, [options.thresholdMinutes, options.targetShare, options.service]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onChange({ thresholdMinutes: threshold, targetShare: targetPercent / 100, ...(service === 'pass-id' ? { service: 'pass-id' as const } : {}) });
  }

  return (
    <form className="np-datebar__field" onSubmit={submit} aria-label="Velg tjeneste, terskel og mål">
      <div>
        <Label htmlFor={`${id}-service`} data-size="sm">
          Nærmeste tjenestested som tilbyr
        </Label>
        <Select id={`${id}-service`} data-size="sm" width="auto" value={service} onChange={(e) => setService(e.target.value)}>
          {SERVICE_CHOICES.map((c) => (
            <Select.Option key={c.value} value={c.value}>
              {c.label}
            </Select.Option>
          ))}
        </Select>
      </div>
      <div>
        <Label htmlFor={`${id}-threshold`} data-size="sm">
          Terskel (minutter til nærmeste tjenestested)
        </Label>
        <Select id={`${id}-threshold`} data-size="sm" width="auto" value={threshold} onChange={(e) => setThreshold(Number(e.target.value))}>
          {THRESHOLD_CHOICES.map((m) => (
            <Select.Option key={m} value={m}>
              {m} minutter
            </Select.Option>
          ))}
        </Select>
      </div>
      <div>
        <Label htmlFor={`${id}-target`} data-size="sm">
          Mål (andel av innbyggerne innen terskelen)
        </Label>
        <Select id={`${id}-target`} data-size="sm" width="auto" value={targetPercent} onChange={(e) => setTargetPercent(Number(e.target.value))}>
          {TARGET_CHOICES.map((p) => (
            <Select.Option key={p} value={p}>
              {p} %
            </Select.Option>
          ))}
        </Select>
      </div>
      <Button type="submit" data-size="sm">
        Vis tallene
      </Button>
    </form>
  );
}
