import type { User } from '../../contract/auth.js';
import { ProblemError } from '../../contract/problem.js';

/**
 * Who started which optimiser job, so that a planner can run one solve at a time and only the one
 * who started a job can cancel it. Jobs live in memory (OptimizeJobs), and so does this; ids that
 * OptimizeJobs has forgotten are dropped on the next start.
 */
export class JobOwners {
  private readonly owners = new Map<string, number>();

  /** 409 when `user` already has a job that `isRunning` says is still running. */
  refuseSecond(user: User, isRunning: (jobId: string) => boolean | null): void {
    for (const [jobId, owner] of this.owners) {
      const running = isRunning(jobId);
      if (running === null) this.owners.delete(jobId); // forgotten by OptimizeJobs
      else if (running && owner === user.id) {
        throw new ProblemError(409, 'optimize.already-running', 'Du har allerede en optimering i gang. Vent til den er ferdig, eller avbryt den først.', { jobId });
      }
    }
  }

  record(jobId: string, user: User): void {
    this.owners.set(jobId, user.id);
  }

  /** 403 unless `user` started the job. */
  refuseOthers(jobId: string, user: User): void {
    const owner = this.owners.get(jobId);
    if (owner !== undefined && owner !== user.id) {
      throw new ProblemError(403, 'auth.forbidden', 'Bare den som startet optimeringen kan avbryte den.', { jobId });
    }
  }
}
