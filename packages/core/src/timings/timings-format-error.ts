/** A timings file that cannot be read; the message names the file and the bad key. */
export class TimingsFormatError extends Error {
  constructor(
    readonly source: string,
    readonly key: string,
    problem: string,
  ) {
    super(`Timings file ${source}: ${key ? `"${key}" ` : ''}${problem}`);
    this.name = 'TimingsFormatError';
  }
}
