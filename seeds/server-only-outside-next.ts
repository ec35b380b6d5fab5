import { createRequire } from 'node:module';

/**
 * The data layer (db/queries) imports `server-only`, whose default export throws so that no client bundle can
 * reach the database. A CLI is server code run by plain Node (tsx), outside Next's `react-server` condition, so it
 * registers the package's empty variant before any query module loads. Import this module first.
 */
const requireHere = createRequire(__filename);
const id = requireHere.resolve('server-only');
requireHere.cache[id] ??= { id, filename: id, loaded: true, exports: {} } as NodeJS.Module;
