import './session.css';
import { useState } from 'react';
import { useLocation } from 'react-router';
import { ROLE_LABELS } from '../../../../src/contract/auth.js';
import { signOut } from '../../api/session-endpoints.js';
import { SiteLink } from '../../components/site-link.js';
import { signInPath, SIGN_IN_PATH } from './sign-in-path.js';
import { sessionChanged, useSession } from './use-session.js';

/** The header's corner: who is signed in and «Logg ut», or a link to sign in. */
export function SessionStatus() {
  const user = useSession();
  const { pathname, search } = useLocation();
  const [busy, setBusy] = useState(false);
  if (!user) {
    if (pathname === SIGN_IN_PATH) return null;
    return (
      <div className="np-header__session">
        <SiteLink to={signInPath(pathname + search)}>Logg inn</SiteLink>
      </div>
    );
  }
  const roles = user.roles.map((r) => ROLE_LABELS[r]).join(', ');
  return (
    <div className="np-header__session">
      <span>
        Logget inn som <strong>{user.name}</strong> ({roles})
      </span>
      {/* A plain button in the header's own colours: Designsystemet's buttons assume a light background. */}
      <button
        type="button"
        className="np-header__signout"
        disabled={busy}
        onClick={() => {
          setBusy(true);
          signOut()
            .catch(() => undefined) // an expired session is signed out already
            .finally(() => {
              setBusy(false);
              sessionChanged(null);
            });
        }}
      >
        Logg ut
      </button>
    </div>
  );
}
