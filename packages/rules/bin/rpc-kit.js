#!/usr/bin/env node
// The rpc-kit command. The CLI itself is built from src/cli.ts into dist/cli.js.
import('../dist/cli.js').catch((error) => {
  if (error && error.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist/cli.js')) {
    console.error('rpc-kit: the rules package is not built yet: run "npm run build" first.');
    process.exit(1);
  }
  throw error;
});
