export interface RouteTemplate {
  method: string;
  path: string;
  /** Path parameters that may span several segments (OpenAPI `x-multi-segment`, e.g. a ref `heads/main`). */
  multiSegmentParams?: string[];
}

export interface RouteMatch<T extends RouteTemplate> {
  template: T;
  params: Record<string, string>;
}

interface CompiledTemplate<T> {
  template: T;
  regex: RegExp;
  names: string[];
  literalLength: number;
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function compileTemplate<T extends RouteTemplate>(template: T): CompiledTemplate<T> {
  const names: string[] = [];
  let literalLength = 0;
  const pattern = template.path
    .split(/(\{[^}]+\})/)
    .map((part) => {
      const name = /^\{([^}]+)\}$/.exec(part)?.[1];
      if (name === undefined) {
        literalLength += part.length;
        return escapeRegex(part);
      }
      names.push(name);
      return template.multiSegmentParams?.includes(name) ? '(.+?)' : '([^/]+)';
    })
    .join('');
  return { template, regex: new RegExp(`^${pattern}/?$`), names, literalLength };
}

/** Maps `METHOD /concrete/path` onto a path template; templates with more literal text win. */
export class RouteMatcher<T extends RouteTemplate> {
  private readonly compiled: CompiledTemplate<T>[];

  constructor(templates: T[]) {
    this.compiled = templates.map(compileTemplate).sort((a, b) => b.literalLength - a.literalLength);
  }

  match(method: string, pathname: string): RouteMatch<T> | undefined {
    for (const candidate of this.compiled) {
      if (candidate.template.method !== method) continue;
      const found = candidate.regex.exec(pathname);
      if (found === null) continue;
      const params: Record<string, string> = {};
      candidate.names.forEach((name, index) => {
        params[name] = decodeURIComponent(found[index + 1] ?? '');
      });
      return { template: candidate.template, params };
    }
    return undefined;
  }
}
