import { Alert, Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { ApiError } from '../api/http.js';
import { signIn } from '../api/session-endpoints.js';
import { usePageTitle } from '../layout/use-page-title.js';
import { safeReturnPath } from '../features/session/sign-in-path.js';
import { sessionChanged, useSession } from '../features/session/use-session.js';

function failureText(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === 401) return 'Feil brukernavn eller passord.';
    return error.problem?.detail ?? `Tjeneren svarte med feil (HTTP ${error.status}).`;
  }
  return 'Vi fikk ikke kontakt med tjeneren. Prøv igjen.';
}

/** /logg-inn: name and password for planners, municipalities' representatives, deciders and administrators. */
export function SignInPage() {
  usePageTitle('Logg inn');
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const user = useSession();
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const alert = useRef<HTMLDivElement | null>(null);
  const back = safeReturnPath(params.get('tilbake'));

  useEffect(() => {
    if (error) alert.current?.focus();
  }, [error]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const session = await signIn(name.trim(), password);
      sessionChanged(session);
      await navigate(back);
    } catch (e) {
      setError(failureText(e));
      setPassword('');
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="np-stack np-sign-in">
      <Heading level={1} data-size="lg">
        Logg inn
      </Heading>
      <Paragraph>
        Alle kan se registeret, katalogen og scenarioene uten å logge inn. Innlogging trengs for å planlegge, svare på høringer, vedta og
        publisere. Brukere lages av en administrator.
      </Paragraph>
      {user && <Paragraph>Du er logget inn som {user.name}.</Paragraph>}
      <form className="np-stack" onSubmit={(e) => void submit(e)} noValidate={false}>
        <Textfield label="Brukernavn" value={name} required autoComplete="username" onChange={(e) => setName(e.target.value)} />
        <Textfield label="Passord" type="password" value={password} required autoComplete="current-password" onChange={(e) => setPassword(e.target.value)} />
        {error !== null && (
          <div ref={alert} tabIndex={-1}>
            <Alert data-color="danger" role="alert">
              <Paragraph>{error}</Paragraph>
            </Alert>
          </div>
        )}
        <div>
          <Button type="submit" disabled={busy}>
            {busy ? 'Logger inn …' : 'Logg inn'}
          </Button>
        </div>
      </form>
    </div>
  );
}
