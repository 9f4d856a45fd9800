export * from './level/level.js';
export * from './period/period.js';
export * from './admin-unit/admin-unit.js';
export * from './indicator/indicator.js';
export * from './target/target.js';
export * from './observation/observation.js';
export * from './plan/plan.js';
