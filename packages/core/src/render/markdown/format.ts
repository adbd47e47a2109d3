export * from '../format.js';
