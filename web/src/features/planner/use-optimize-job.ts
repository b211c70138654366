import { useEffect, useRef, useState } from 'react';
import { cancelOptimize, decodeOptimizeJob, getOptimizeJob, optimizeEventsUrl, startOptimize, type OptimizeJob, type OptimizeRequest } from '../../api/planner-endpoints.js';

export type JobProgress = NonNullable<OptimizeJob['progress']>;

/**
 * An optimiser job followed from start to end: the SSE stream (`progress` events, then `end` with
 * the job); if the stream breaks, the job is polled instead, so a proxy that buffers events costs
 * only smoothness.
 */
export function useOptimizeJob() {
  const [job, setJob] = useState<OptimizeJob | null>(null);
  const [progress, setProgress] = useState<JobProgress | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [starting, setStarting] = useState(false);
  const source = useRef<EventSource | null>(null);
  const poll = useRef<number | null>(null);

  const stopFollowing = () => {
    source.current?.close();
    source.current = null;
    if (poll.current !== null) window.clearInterval(poll.current);
    poll.current = null;
  };
  useEffect(() => stopFollowing, []);

  function finish(next: OptimizeJob) {
    setJob(next);
    if (next.status !== 'running') stopFollowing();
  }

  function pollJob(id: string) {
    if (poll.current !== null) return;
    poll.current = window.setInterval(() => {
      getOptimizeJob(id).then((j) => {
        if (j.progress) setProgress(j.progress);
        finish(j);
      }, setError);
    }, 1000);
  }

  function follow(id: string) {
    const events = new EventSource(optimizeEventsUrl(id));
    source.current = events;
    events.addEventListener('progress', (e) => {
      try {
        // The stream's progress object (OptimizeProgress); shown only, so a malformed one is skipped.
        setProgress(JSON.parse((e as MessageEvent<string>).data) as JobProgress);
      } catch {
        /* skipped */
      }
    });
    events.addEventListener('end', (e) => {
      try {
        finish(decodeOptimizeJob(JSON.parse((e as MessageEvent<string>).data)));
      } catch (err) {
        setError(err);
      }
      events.close();
    });
    events.onerror = () => {
      events.close();
      if (source.current === events) {
        source.current = null;
        pollJob(id);
      }
    };
  }

  async function start(request: OptimizeRequest) {
    stopFollowing();
    setError(null);
    setProgress(null);
    setJob(null);
    setStarting(true);
    try {
      const started = await startOptimize(request);
      setJob(started);
      if (started.status === 'running') follow(started.id);
    } catch (e) {
      setError(e);
    } finally {
      setStarting(false);
    }
  }

  async function cancel() {
    if (!job) return;
    try {
      finish(await cancelOptimize(job.id));
    } catch (e) {
      setError(e);
    }
  }

  return { job, progress, error, starting, start, cancel };
}
