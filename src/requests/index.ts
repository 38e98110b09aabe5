export { normalizeRequest } from './normalize.ts';
