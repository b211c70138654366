#!/usr/bin/env node
// Thin launcher so `npx naerpoliti` works from the checkout after `npm ci` (which builds dist/).
import('../dist/cli/main.js');
