export * from './load-admin-units.js';
