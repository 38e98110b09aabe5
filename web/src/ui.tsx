// Shared pieces of the views: loading state, the error box (shows the problem's detail and code), badges.
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { ApiError } from './api.ts';

export interface Loaded<T> {
  data: T | null;
  error: unknown;
  loading: boolean;
  reload: () => void;
}

/** Runs `load` when `key` changes; ignores answers that arrive after a newer request started. */
export function useLoad<T>(load: () => Promise<T>, key: string): Loaded<T> {
  const [state, setState] = useState<{ data: T | null; error: unknown; loading: boolean }>({ data: null, error: null, loading: true });
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let live = true;
    setState((s) => ({ ...s, loading: true, error: null }));
    load().then(
      (data) => {
        if (live) setState({ data, error: null, loading: false });
      },
      (error: unknown) => {
        if (live) setState({ data: null, error, loading: false });
      },
    );
    return () => {
      live = false;
    };
    // `load` is recreated on every render; `key` says when it really changed.
  }, [key, tick]);
  const reload = useCallback(() => {
    setTick((t) => t + 1);
  }, []);
  return { ...state, reload };
}

export function ErrorBox({ error }: { error: unknown }): ReactNode {
  if (error === null || error === undefined) return null;
  const e = error instanceof ApiError ? error : null;
  const message = e !== null ? e.detail : error instanceof Error ? error.message : 'unexpected error';
  return (
    <div className="error" role="alert">
      <strong>Something went wrong:</strong> {message}
      {e !== null && (
        <>
          {' '}
          <span className="code">
            (code <code>{e.code}</code>
            {e.status > 0 ? `, HTTP ${e.status}` : ''})
          </span>
        </>
      )}
    </div>
  );
}

export function Loading({ what }: { what: string }): ReactNode {
  return (
    <p className="muted" role="status" aria-live="polite">
      Loading {what}…
    </p>
  );
}

export function DecisionBadge({ decision }: { decision: string | null | undefined }): ReactNode {
  if (decision === null || decision === undefined) return <span className="badge">not read</span>;
  return <span className={`badge ${decision === 'Overturned' ? 'badge-overturned' : 'badge-upheld'}`}>{decision}</span>;
}

export function StateBadge({ state }: { state: string }): ReactNode {
  return <span className="badge badge-state">{state}</span>;
}

export const pct = (x: number | null | undefined): string => (x === null || x === undefined ? '–' : `${(x * 100).toFixed(1)}%`);

/** Runs an action, keeping its pending flag and error for the view. */
export function useAction(): {
  pending: boolean;
  error: unknown;
  run: (action: () => Promise<void>) => Promise<void>;
  clear: () => void;
} {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const run = useCallback(async (action: () => Promise<void>) => {
    setPending(true);
    setError(null);
    try {
      await action();
    } catch (err) {
      setError(err);
    } finally {
      setPending(false);
    }
  }, []);
  const clear = useCallback(() => {
    setError(null);
  }, []);
  return { pending, error, run, clear };
}

