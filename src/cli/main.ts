import { Command, CommanderError } from 'commander';
import { DomainError, InvariantError } from '../domain/errors.js';
import { registerAccess } from './commands/access.js';
import { registerDiff } from './commands/diff.js';
import { registerExchange } from './commands/exchange.js';
import { registerInit } from './commands/init.js';
import { registerLocate } from './commands/locate.js';
import { registerNetwork } from './commands/network.js';
import { registerOptimize } from './commands/optimize.js';
import { registerPlanning } from './commands/planning.js';
import { registerScenario } from './commands/scenario.js';
import { registerServe } from './commands/serve.js';
import { registerShow } from './commands/show.js';
import { registerStructure } from './commands/structure.js';
import { registerUser } from './commands/user.js';
import { registerValidate } from './commands/validate.js';
import { ScenarioRejectedError } from '../services/planner/scenario-service.js';
import { CliError } from './errors.js';
import { plural } from './wording.js';
import { useNorwegian } from './commander-nb.js';
import { packageVersion } from './version.js';
import { ConfigError } from '../config.js';
import { storeErrorNb } from './store-errors-nb.js';
import { domainErrorNb, issueNb } from '../contract/wording/scenario-text.js';

// A reader that stops early (`naerpoliti diff … | head`) is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

const program = new Command('naerpoliti')
  .description('Registeret over politiets organisering etter nærpolitireformen')
  .option('--data-dir <mappe>', 'mappen for den innebygde databasen (standard: NAERPOLITI_DATA_DIR eller var/data)')
  .exitOverride();
useNorwegian(program, packageVersion());

registerStructure(program);
registerValidate(program);
registerDiff(program);
registerShow(program);
registerLocate(program);
registerExchange(program);
registerAccess(program);
registerNetwork(program);
registerOptimize(program);
registerScenario(program);
registerPlanning(program);
registerServe(program);
registerUser(program);
registerInit(program);

try {
  await program.parseAsync(process.argv);
} catch (e) {
  if (e instanceof CommanderError) {
    // Commander has already printed its message (in Norwegian, see commander-nb); help and version exit with 0.
    process.exitCode = e.exitCode;
  } else if (e instanceof InvariantError) {
    console.error(`naerpoliti: avvist, registeret ville brutt ${plural(e.violations.length, 'regel', 'regler')}:`);
    for (const v of e.violations.slice(0, 20)) console.error(`  ${v.at ?? ''} [${v.rule}] ${v.message}`);
    process.exitCode = 1;
  } else if (e instanceof ScenarioRejectedError) {
    console.error(`naerpoliti: avvist, ${e.issues.length === 1 ? 'endringen ville brutt en regel' : `${e.issues.length} regelbrudd`}:`);
    for (const issue of e.issues.slice(0, 20)) console.error(`  ${issueNb(issue)}`);
    process.exitCode = 1;
  } else if (e instanceof DomainError) {
    console.error(`naerpoliti: ${domainErrorNb(e) ?? storeErrorNb(e) ?? e.message}`);
    process.exitCode = 1;
  } else if (e instanceof ConfigError) {
    console.error(`naerpoliti: ${e.message}`);
    process.exitCode = 1;
  } else if (e instanceof CliError || (e instanceof Error && e.name.endsWith('Error') && 'code' in e)) {
    console.error(`naerpoliti: ${e.message}`);
    process.exitCode = 1;
  } else {
    // Never a stack trace for the user; NAERPOLITI_DEBUG=1 shows it for a bug report.
    console.error(`naerpoliti: uventet feil: ${e instanceof Error ? e.message : String(e)} (kjør med NAERPOLITI_DEBUG=1 for detaljer)`);
    if (process.env.NAERPOLITI_DEBUG) console.error(e);
    process.exitCode = 1;
  }
}
