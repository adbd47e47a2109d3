export const CORE_VERSION = '1.0.0';
