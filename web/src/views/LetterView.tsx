// The letter viewer: the HTML letter in a sandboxed iframe (no scripts, opaque origin), the PDF download
// and the public (redacted) version toggle. The frame loads the API's letter URL (not srcdoc) so the
// letter's own strict CSP applies (srcdoc would inherit this page's, which blocks the letter's inline
// styles); the client fetches it first only to show a problem's detail and code when it fails.
import { useState, type ReactNode } from 'react';
import { letterHtml, letterUrl } from '../api.ts';
import { Link } from '../router.tsx';
import { ErrorBox, Loading, useLoad } from '../ui.tsx';

export function LetterFrame({ id, isPublic, title }: { id: string; isPublic: boolean; title: string }): ReactNode {
  const html = useLoad(() => letterHtml(id, isPublic), `${id}:${String(isPublic)}`);
  return (
    <>
      <ErrorBox error={html.error} />
      {html.loading && <Loading what="the letter" />}
      {html.data !== null && <iframe className="letter" title={title} sandbox="" referrerPolicy="no-referrer" src={letterUrl(id, 'html', isPublic)} />}
    </>
  );
}

export function LetterView({ id }: { id: string }): ReactNode {
  const [isPublic, setPublic] = useState(false);
  return (
    <>
      <p>
        <Link to={`/cases/${encodeURIComponent(id)}`}>← Case</Link>
      </p>
      <h1>Final Determination Letter</h1>
      <div className="toolbar">
        <label className="check">
          <input type="checkbox" checked={isPublic} onChange={(e) => { setPublic(e.target.checked); }} /> Public (redacted) version
        </label>
        <a className="button" href={letterUrl(id, 'pdf', isPublic)} download>
          Download PDF{isPublic ? ' (public)' : ''}
        </a>
        <a href={letterUrl(id, 'txt', isPublic)} target="_blank" rel="noopener noreferrer">
          Plain text
        </a>
      </div>
      <LetterFrame id={id} isPublic={isPublic} title={isPublic ? 'Public version of the letter' : 'The letter'} />
    </>
  );
}
