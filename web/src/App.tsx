// The application shell: skip link, navigation by role, and the view for the current path.
import { useEffect, useState, type ReactNode } from 'react';
import { logout, me, type Session } from './api.ts';
import { Link, navigate, parseRoute, useLocation, type Route } from './router.tsx';
import { SessionContext, STAFF_ROLES, hasRole, useSession } from './session.tsx';
import { ErrorBox, Loading } from './ui.tsx';
import { SearchView } from './views/SearchView.tsx';
import { DecisionView } from './views/DecisionView.tsx';
import { AnalyticsView } from './views/AnalyticsView.tsx';
import { SignInView } from './views/SignInView.tsx';
import { QueueView } from './views/QueueView.tsx';
import { NewCaseView } from './views/NewCaseView.tsx';
import { CaseView } from './views/CaseView.tsx';
import { WorkbenchView } from './views/WorkbenchView.tsx';
import { QaView } from './views/QaView.tsx';
import { LetterView } from './views/LetterView.tsx';

export function App(): ReactNode {
  const [session, setSession] = useState<Session | null>(null);
  const [checking, setChecking] = useState(true);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    me().then(
      (s) => {
        setSession(s);
        setChecking(false);
      },
      (err: unknown) => {
        setError(err);
        setChecking(false);
      },
    );
  }, []);
  return (
    <SessionContext.Provider value={{ session, checking, setSession }}>
      <a className="skip" href="#main">
        Skip to content
      </a>
      <Header />
      <main id="main" tabIndex={-1}>
        <ErrorBox error={error} />
        <Page />
      </main>
    </SessionContext.Provider>
  );
}

function Header(): ReactNode {
  const { session, setSession } = useSession();
  const staff = hasRole(session, ...STAFF_ROLES);
  const signOut = async (): Promise<void> => {
    try {
      await logout();
    } finally {
      setSession(null);
      navigate('/');
    }
  };
  return (
    <header className="top">
      <Link to="/" className="brand">
        OpenIMR
      </Link>
      <nav aria-label="Main">
        <ul>
          <li>
            <Link to="/">Search decisions</Link>
          </li>
          <li>
            <Link to="/analytics">Analytics</Link>
          </li>
          {staff && (
            <li>
              <Link to="/queue">Queue</Link>
            </li>
          )}
          {hasRole(session, 'intake', 'admin') && (
            <li>
              <Link to="/cases/new">New case</Link>
            </li>
          )}
        </ul>
      </nav>
      <div className="who">
        {session === null ? (
          <Link to="/signin">Sign in</Link>
        ) : (
          <>
            <span>
              Signed in as <strong>{session.user.username}</strong> ({session.user.role})
            </span>{' '}
            <button type="button" onClick={() => void signOut()}>
              Sign out
            </button>
          </>
        )}
      </div>
    </header>
  );
}

const TITLES: Record<Route['name'], string> = {
  search: 'Search decisions',
  decision: 'Decision letter',
  analytics: 'Analytics',
  signin: 'Sign in',
  queue: 'Queue',
  'new-case': 'New case',
  case: 'Case',
  review: 'Reviewer workbench',
  qa: 'Quality assurance',
  letter: 'Letter',
  'not-found': 'Not found',
};

function Page(): ReactNode {
  const loc = useLocation();
  const route = parseRoute(loc.pathname, loc.search);
  const { session, checking } = useSession();
  useEffect(() => {
    document.title = `${TITLES[route.name]} · OpenIMR`;
  }, [route.name]);
  switch (route.name) {
    case 'search':
      return <SearchView query={route.query} />;
    case 'decision':
      return <DecisionView caseNumber={route.caseNumber} />;
    case 'analytics':
      return <AnalyticsView />;
    case 'signin':
      return <SignInView next={route.next} />;
    case 'not-found':
      return (
        <>
          <h1>Page not found</h1>
          <p>
            <Link to="/">Search the decisions</Link>
          </p>
        </>
      );
    case 'queue':
    case 'new-case':
    case 'case':
    case 'review':
    case 'qa':
    case 'letter':
      break;
  }
  if (checking) return <Loading what="your session" />;
  if (session === null) {
    return (
      <>
        <h1>Sign in required</h1>
        <p>
          This page is for IMR staff. <Link to={`/signin?next=${encodeURIComponent(loc.pathname)}`}>Sign in</Link> to continue.
        </p>
      </>
    );
  }
  switch (route.name) {
    case 'queue':
      return <QueueView />;
    case 'new-case':
      return <NewCaseView />;
    case 'case':
      return <CaseView id={route.id} />;
    case 'review':
      return <WorkbenchView id={route.id} />;
    case 'qa':
      return <QaView id={route.id} />;
    case 'letter':
      return <LetterView id={route.id} />;
  }
}
