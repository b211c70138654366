import { after } from 'node:test';
// A random schema of its own for this file, dropped at the end; skipped with the reason when no server answers.
import { PostgresHarness } from './harness.js';
import { userStoreContract } from './user-store-contract.js';

const harness = new PostgresHarness();
after(() => harness.dispose());
userStoreContract(harness);
