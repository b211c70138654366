import cliProgress from 'cli-progress';
import type { OptimizeProgress } from '../analysis/optimize/index.js';
import { formatNumber } from './output.js';

const PHASE_NB: Record<OptimizeProgress['phase'], string> = {
  greedy: 'grådig start',
  swap: 'bytter',
  exact: 'HiGHS eksakt',
  bound: 'nedre grense',
};

export interface ProgressDisplay {
  readonly onProgress: (progress: OptimizeProgress) => void;
  /** Notes a line (e.g. "avbryter") without tearing the bar. */
  readonly note: (line: string) => void;
  readonly stop: () => void;
}

/**
 * A progress bar on stderr for the solve: the bar is time used of the exact phase's limit, with phase,
 * objective, proven bound and gap. On a terminal it redraws in place; otherwise (a pipe, a log file,
 * CI) cli-progress's noTTYOutput writes a line every few seconds instead.
 */
export function progressDisplay(timeLimitSeconds: number): ProgressDisplay {
  const stream = process.stderr;
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: 'Optimerer |{bar}| {phase} | mål {objective} | grense {bound} | gap {gap} | {elapsed} av {limit} s',
      noTTYOutput: !stream.isTTY,
      notTTYSchedule: 2000,
      hideCursor: stream.isTTY ? true : null,
      barsize: 24,
      fps: 5,
    },
    cliProgress.Presets.shades_classic,
  );
  const payload = { phase: 'starter', objective: '–', bound: '–', gap: '–', elapsed: '0', limit: String(timeLimitSeconds) };
  let started = false;
  // Objective units: covered population (mclp) or person-minutes (p-median); both read as whole numbers.
  const shown = (x: number | null) => (x === null ? '–' : formatNumber(x));
  return {
    onProgress(p) {
      const gap = p.objective !== null && p.bound !== null && p.objective !== 0 ? Math.abs(p.bound - p.objective) / Math.abs(p.objective) : null;
      Object.assign(payload, {
        phase: PHASE_NB[p.phase],
        objective: shown(p.objective),
        bound: shown(p.bound),
        gap: gap === null ? '–' : `${(gap * 100).toFixed(3).replace('.', ',')} %`,
        elapsed: p.seconds.toFixed(0),
      });
      const value = p.phase === 'exact' || p.phase === 'bound' ? Math.min(p.seconds, timeLimitSeconds) : 0;
      if (!started) {
        bar.start(timeLimitSeconds, value, payload);
        started = true;
      } else bar.update(value, payload);
    },
    note(line) {
      if (started && stream.isTTY) stream.write('\n');
      stream.write(`${line}\n`);
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
