#!/usr/bin/env node
// The `reservation-desk` command: the CLI, run from its TypeScript sources through tsx.
import { register } from 'tsx/esm/api';

register();
await import('../adapters/cli/main.ts');
