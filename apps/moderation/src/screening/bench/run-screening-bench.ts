// Prints the screening figures on their own: `npm run build`, then
// `node dist/apps/moderation/src/screening/bench/run-screening-bench.js`.
import { printTable } from '../../../../../scripts/bench/measure';
import { benchScreening } from './screening.bench';

benchScreening()
  .then(printTable)
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
