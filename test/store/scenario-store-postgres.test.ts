import { after } from 'node:test';
import { PostgresHarness } from './harness.js';
import { scenarioStoreContract } from './scenario-store-contract.js';

// A random schema of its own for this file, dropped at the end; skipped with the reason when no server answers.
const harness = new PostgresHarness();
after(() => harness.dispose());
scenarioStoreContract(harness);
