import type { Command } from 'commander';
import { isRole, ROLE_LABELS, type Role, type User } from '../../contract/auth.js';
import { authErrorNb } from '../../contract/wording/auth-text.js';
import { DomainError } from '../../domain/errors.js';
import { parseIsoDate } from '../../shared/dates.js';
import type { AccountService, Acting } from '../../services/auth/account-service.js';
import { formatAuditCsv } from '../../services/auth/audit-csv.js';
import { openContext, type CliContext, type GlobalOptions } from '../context.js';
import { CliError } from '../errors.js';
import { printJson, printLines } from '../output.js';
import { actorFrom } from '../planner.js';

/**
 * Accounts from the command line: whoever can run the CLI against the database is its operator (as
 * for `scenario publish`), so these commands need no sign-in; the audit log names the operating-system
 * user (or NAERPOLITI_ACTOR) as the actor, with no user id and no client address.
 */

const ROLE_ALIASES: Readonly<Record<string, Role>> = { planlegger: 'planner', kommune: 'municipality', beslutter: 'decider', admin: 'administrator' };

function roleOf(text: string): Role {
  const t = text.trim().toLowerCase();
  const role = isRole(t) ? t : ROLE_ALIASES[t];
  if (!role) throw new CliError(`ukjent rolle «${text}»: bruk planner, municipality, decider eller administrator`);
  return role;
}

/** Opens the store, runs `body` with the account service, closes; account errors become one Norwegian line. */
async function withAccounts<T>(cmd: Command, body: (accounts: AccountService, acting: Acting, ctx: CliContext) => Promise<T>): Promise<T> {
  const ctx = await openContext(cmd.optsWithGlobals<GlobalOptions>(), { need: 'any' });
  try {
    const accounts = ctx.services.accounts;
    if (!accounts) throw new CliError(`${ctx.store.description} har ingen brukertabeller`);
    return await body(accounts, { actor: actorFrom(undefined) }, ctx);
  } catch (e) {
    if (e instanceof DomainError) {
      const text = authErrorNb(e);
      if (text) throw new CliError(text);
    }
    throw e;
  } finally {
    await ctx.close();
  }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > 4096) throw new CliError('passordet på standard inn er for langt (høyst 1024 tegn)');
    chunks.push(chunk);
  }
  // One trailing line break is what `echo` and a here-string add; it is not part of the password.
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

/** --expires: a date (the token works through that day, UTC) or a full ISO timestamp. */
function expiryOf(text: string | undefined): string | null {
  if (text === undefined) return null;
  const date = parseIsoDate(text);
  if (date.ok) return `${date.value}T23:59:59.999Z`;
  const at = Date.parse(text);
  if (/^\d{4}-\d{2}-\d{2}T/.test(text) && !Number.isNaN(at)) return new Date(at).toISOString();
  throw new CliError(`ugyldig utløpsdato «${text}»: skriv ÅÅÅÅ-MM-DD, f.eks. 2026-12-31`);
}

const describeUser = (u: User): string =>
  [
    u.name,
    u.roles.map((r) => ROLE_LABELS[r]).join(', '),
    u.districtId ? `distrikt ${u.districtId}` : null,
    u.municipalityNumber ? `kommune ${u.municipalityNumber}` : null,
    u.disabled ? 'DEAKTIVERT' : null,
  ]
    .filter((x) => x !== null)
    .join(' – ');

/** What `serve` prints while nobody can sign in: how to make the first administrator (never a default password). */
export async function firstAdministratorHint(ctx: CliContext): Promise<string | null> {
  const users = (await ctx.services.accounts?.listUsers()) ?? [];
  if (users.some((u) => u.roles.includes('administrator') && !u.disabled)) return null;
  return 'Ingen aktiv administrator ennå. Lag den første med «naerpoliti user add NAVN --role administrator» (passordet vises én gang).';
}

export function registerUser(program: Command): void {
  const user = program.command('user').description('Brukere som kan logge inn og skrive (roller: planner, municipality, decider, administrator)');

  user
    .command('add <navn>')
    .description('Legg til en bruker; skriver et engangspassord én gang, eller leser passordet fra standard inn (--password-stdin)')
    .requiredOption('--role <rolle...>', 'rollen(e): planner, municipality, decider, administrator')
    .option('--district <id>', 'planlegger: bare dette politidistriktet (f.eks. finnmark)')
    .option('--municipality <nr>', 'kommunens representant: kommunenummeret (4 sifre)')
    .option('--password-stdin', 'les passordet fra standard inn i stedet for å lage et')
    .option('--json', 'skriv brukeren (og et laget passord) som JSON')
    .action(async (name: string, opts: { role: string[]; district?: string; municipality?: string; passwordStdin?: boolean; json?: boolean }, cmd: Command) => {
      const roles = opts.role.flatMap((r) => r.split(',')).map(roleOf);
      const password = opts.passwordStdin ? await readStdin() : undefined;
      await withAccounts(cmd, async (accounts, acting) => {
        const { user: added, generatedPassword } = await accounts.addUser(
          { name, roles, districtId: opts.district ?? null, municipalityNumber: opts.municipality ?? null, ...(password === undefined ? {} : { password }) },
          acting,
        );
        if (opts.json) {
          printJson({ user: added, ...(generatedPassword ? { password: generatedPassword } : {}) });
          return;
        }
        printLines([`La til ${describeUser(added)}`]);
        if (generatedPassword) printLines([`Engangspassord (vises bare nå): ${generatedPassword}`]);
      });
    });

  user
    .command('list')
    .description('Alle brukere, etter navn')
    .option('--json', 'som JSON')
    .action(async (opts: { json?: boolean }, cmd: Command) => {
      await withAccounts(cmd, async (accounts) => {
        const users = await accounts.listUsers();
        if (opts.json) printJson({ users });
        else printLines(users.length === 0 ? ['Ingen brukere ennå. Legg til den første med «naerpoliti user add NAVN --role administrator».'] : users.map(describeUser));
      });
    });

  user
    .command('disable <navn>')
    .description('Deaktiver en bruker: innlogginger og nøkler slutter å virke med én gang')
    .action(async (name: string, _opts: unknown, cmd: Command) => {
      await withAccounts(cmd, async (accounts, acting) => {
        const disabled = await accounts.disableUser(name, acting);
        printLines([`Deaktiverte ${disabled.name}`]);
      });
    });

  const token = program.command('token').description('Personlige tilgangsnøkler for API-klienter (Authorization: Bearer …)');
  token
    .command('create <navn>')
    .description('Lag en tilgangsnøkkel for brukeren; nøkkelen vises bare denne ene gangen')
    .option('--expires <dato>', 'siste dag nøkkelen virker (ÅÅÅÅ-MM-DD, UTC); standard: til brukeren deaktiveres')
    .option('--json', 'skriv { "token": "…" }')
    .action(async (name: string, opts: { expires?: string; json?: boolean }, cmd: Command) => {
      const expiresAt = expiryOf(opts.expires);
      await withAccounts(cmd, async (accounts, acting) => {
        const created = await accounts.createToken(name, expiresAt, acting);
        if (opts.json) printJson({ token: created.token, expiresAt: created.info.expiresAt });
        else printLines([`Tilgangsnøkkel for ${name} (vises bare nå${expiresAt ? `, virker til ${expiresAt}` : ''}):`, created.token]);
      });
    });

  program
    .command('audit')
    .description('Revisjonsloggen: hvem gjorde hva, når og fra hvor, nyeste først')
    .option('--json', 'som JSON')
    .option('--csv', 'som CSV (RFC 4180)')
    .option('--limit <n>', 'bare de n nyeste')
    .action(async (opts: { json?: boolean; csv?: boolean; limit?: string }, cmd: Command) => {
      if (opts.json && opts.csv) throw new CliError('velg enten --json eller --csv');
      const limit = opts.limit === undefined ? undefined : Number(opts.limit);
      if (limit !== undefined && (!Number.isInteger(limit) || limit < 1)) throw new CliError(`--limit må være et heltall ≥ 1, ikke «${opts.limit}»`);
      await withAccounts(cmd, async (_accounts, _acting, ctx) => {
        const entries = await ctx.store.scenarios.listAudit(limit === undefined ? {} : { limit });
        if (opts.json) printJson({ entries });
        else if (opts.csv) process.stdout.write(formatAuditCsv(entries));
        else
          printLines(
            entries.length === 0
              ? ['Revisjonsloggen er tom.']
              : entries.map((e) => `${e.at}  ${e.actor}${e.clientAddress ? ` (${e.clientAddress})` : ''}  ${e.action}  ${e.subject}${e.beforeRevision !== null || e.afterRevision !== null ? `  rev. ${e.beforeRevision ?? '–'}→${e.afterRevision ?? '–'}` : ''}`),
          );
      });
    });
}
