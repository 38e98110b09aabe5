// Staff sign-in. The API sets an HttpOnly session cookie and returns the CSRF token the client keeps.
import { useState, type FormEvent, type ReactNode } from 'react';
import { login } from '../api.ts';
import { navigate } from '../router.tsx';
import { useSession } from '../session.tsx';
import { ErrorBox, useAction } from '../ui.tsx';

export function SignInView({ next }: { next: string }): ReactNode {
  const { setSession } = useSession();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const action = useAction();
  const submit = (e: FormEvent): void => {
    e.preventDefault();
    void action.run(async () => {
      const s = await login(username, password);
      setSession(s);
      // Only same-site paths: `next` comes from the URL.
      navigate(next.startsWith('/') && !next.startsWith('//') ? next : '/queue', { replace: true });
    });
  };
  return (
    <>
      <h1>Sign in</h1>
      <form className="narrow card" onSubmit={submit} aria-describedby="signin-help">
        <p id="signin-help" className="muted">
          For IMR staff and parties to a case. The public search needs no account.
        </p>
        <div className="field">
          <label htmlFor="username">Username</label>
          <input id="username" name="username" autoComplete="username" required value={username} onChange={(e) => { setUsername(e.target.value); }} />
        </div>
        <div className="field">
          <label htmlFor="password">Password</label>
          <input id="password" name="password" type="password" autoComplete="current-password" required value={password} onChange={(e) => { setPassword(e.target.value); }} />
        </div>
        <ErrorBox error={action.error} />
        <button type="submit" className="primary" disabled={action.pending}>
          {action.pending ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </>
  );
}
