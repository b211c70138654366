import { after } from 'node:test';
import { SqliteHarness } from './harness.js';
import { userStoreContract } from './user-store-contract.js';

const harness = new SqliteHarness();
after(() => harness.dispose());
userStoreContract(harness);
