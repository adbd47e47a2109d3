export const CLI_VERSION = '1.0.0';
