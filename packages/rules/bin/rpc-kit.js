#!/usr/bin/env node
// The rpc-kit command. The CLI itself is built from src/cli/main.ts into dist/cli.js.
import('../dist/cli.js').catch((error) => {
  if (error && error.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist/cli.js')) {
    console.error('rpc-kit: the rules package is not built yet: run "npm run build" first.');
  } else {
    // One line, never a stack trace.
    console.error(`rpc-kit: ${String((error && error.message) || error).split('\n')[0]}`);
  }
  process.exit(1);
});
