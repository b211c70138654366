import { after } from 'node:test';
import { SqliteHarness } from './harness.js';
import { scenarioStoreContract } from './scenario-store-contract.js';

const harness = new SqliteHarness();
after(() => harness.dispose());
scenarioStoreContract(harness);
