export * from './letter.ts';
export * from './request.ts';
export * from './errors.ts';
export * from './case.ts';
export * from './workflow.ts';
export * from './audit.ts';
