// The HTTP API's public surface: the app factory (in-process testable), the server, the route table.
export { createApi, routeTable, problemResponse, type ApiApp, type CreateApiOptions } from './app.ts';
export { startServer, bootstrap, DEFAULT_WEB_ROOT, type RunningServer, type ServerOptions } from './server.ts';
export { buildOpenApi } from './openapi.ts';
export { toProblem, ApiError, type Problem, type ProblemCode } from './problem.ts';
export { DEFAULT_CONFIG, USER_ROLES, type Access, type ApiConfig, type Route, type UserRole } from './types.ts';
