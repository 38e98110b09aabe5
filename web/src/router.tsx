// A small History-API router: the server answers every non-API path with index.html, so URLs are shareable.
import { useEffect, useState, type AnchorHTMLAttributes, type MouseEvent, type ReactNode } from 'react';

export type Route =
  | { name: 'search'; query: URLSearchParams }
  | { name: 'decision'; caseNumber: string }
  | { name: 'analytics' }
  | { name: 'signin'; next: string }
  | { name: 'queue' }
  | { name: 'new-case' }
  | { name: 'case'; id: string }
  | { name: 'review'; id: string }
  | { name: 'qa'; id: string }
  | { name: 'letter'; id: string }
  | { name: 'not-found' };

export function parseRoute(pathname: string, search: string): Route {
  const query = new URLSearchParams(search);
  const parts = pathname.split('/').filter((p) => p !== '').map(decodeURIComponent);
  const [a, b, c] = parts;
  if (a === undefined || (a === 'search' && b === undefined)) return { name: 'search', query };
  if (a === 'decisions' && b !== undefined && c === undefined) return { name: 'decision', caseNumber: b };
  if (a === 'analytics' && b === undefined) return { name: 'analytics' };
  if (a === 'signin' && b === undefined) return { name: 'signin', next: query.get('next') ?? '/queue' };
  if (a === 'queue' && b === undefined) return { name: 'queue' };
  if (a === 'cases' && b === 'new' && c === undefined) return { name: 'new-case' };
  if (a === 'cases' && b !== undefined) {
    if (c === undefined) return { name: 'case', id: b };
    if (c === 'review' && parts.length === 3) return { name: 'review', id: b };
    if (c === 'qa' && parts.length === 3) return { name: 'qa', id: b };
    if (c === 'letter' && parts.length === 3) return { name: 'letter', id: b };
  }
  return { name: 'not-found' };
}

const listeners = new Set<() => void>();

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (options.replace === true) history.replaceState(null, '', to);
  else history.pushState(null, '', to);
  window.scrollTo(0, 0);
  for (const l of listeners) l();
}

export function useLocation(): { pathname: string; search: string } {
  const read = (): { pathname: string; search: string } => ({ pathname: location.pathname, search: location.search });
  const [loc, setLoc] = useState(read);
  useEffect(() => {
    const update = (): void => {
      setLoc(read());
    };
    listeners.add(update);
    window.addEventListener('popstate', update);
    return () => {
      listeners.delete(update);
      window.removeEventListener('popstate', update);
    };
  }, []);
  return loc;
}

type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & { to: string; children: ReactNode };

/** An ordinary link (keyboard and middle-click work) that navigates in place on a plain click. */
export function Link({ to, children, onClick, ...rest }: LinkProps): ReactNode {
  const handle = (e: MouseEvent<HTMLAnchorElement>): void => {
    onClick?.(e);
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(to);
  };
  return (
    <a href={to} onClick={handle} {...rest}>
      {children}
    </a>
  );
}
