/**
 * The values behind the names a user lists to redact: an environment variable of that name, else an
 * action input of that name (`INPUT_<NAME>`). Names with no value are returned apart, to be reported.
 */
export function valuesToRedact(
  names: readonly string[],
  env: NodeJS.ProcessEnv,
): { values: string[]; unset: string[] } {
  const values: string[] = [];
  const unset: string[] = [];
  for (const name of names) {
    const value = env[name] ?? env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`];
    if (value === undefined || value === '') unset.push(name);
    else values.push(value);
  }
  return { values, unset };
}
