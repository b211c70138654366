import { Label, Select } from '@digdir/designsystemet-react';
import { useId, type ReactNode } from 'react';

export interface SelectFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: readonly { value: string; label: string }[];
  /** The first, empty choice ("Velg …"); left out when a value is required from the start. */
  placeholder?: string;
  description?: ReactNode;
  selectRef?: React.Ref<HTMLSelectElement>;
}

/** A labelled native select (Designsystemet's Select has no label of its own). */
export function SelectField({ label, value, onChange, options, placeholder, description, selectRef }: SelectFieldProps) {
  const id = useId();
  return (
    <div className="np-stack-xs">
      <Label htmlFor={id}>{label}</Label>
      {description && (
        <p className="np-field-description" id={`${id}-d`}>
          {description}
        </p>
      )}
      <Select id={id} ref={selectRef} value={value} onChange={(e) => onChange(e.target.value)} aria-describedby={description ? `${id}-d` : undefined}>
        {placeholder !== undefined && <Select.Option value="">{placeholder}</Select.Option>}
        {options.map((o) => (
          <Select.Option key={o.value} value={o.value}>
            {o.label}
          </Select.Option>
        ))}
      </Select>
    </div>
  );
}
