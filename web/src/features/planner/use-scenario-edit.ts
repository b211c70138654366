import { useCallback, useState } from 'react';

export interface EditFailure {
  /** Which form or block the failed action came from, so the error is shown next to it. */
  where: string;
  error: unknown;
}

/**
 * One edit at a time: busy while it runs, the failure (with where it came from) or a message saying
 * what was done, and `onSaved` to reload the scenario and its figures.
 */
export function useScenarioEdit(onSaved: () => void) {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<EditFailure | null>(null);
  const [done, setDone] = useState<{ text: string; seq: number } | null>(null);

  const run = useCallback(
    async (where: string, action: () => Promise<unknown>, doneText: string): Promise<boolean> => {
      setBusy(true);
      setFailure(null);
      try {
        await action();
        setDone((d) => ({ text: doneText, seq: (d?.seq ?? 0) + 1 }));
        onSaved();
        return true;
      } catch (error) {
        setFailure({ where, error });
        return false;
      } finally {
        setBusy(false);
      }
    },
    [onSaved],
  );

  return { busy, failure, done, run, clearFailure: () => setFailure(null) };
}

export type ScenarioEdit = ReturnType<typeof useScenarioEdit>;
