import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { OpenApiSubset, OperationDescription } from './openapi-subset.js';

// ajv-formats ships CommonJS with `exports.default`; under NodeNext the default import is the module object.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (
  ajv: Ajv,
) => Ajv;

/** Formats GitHub's description uses that ajv-formats does not know: accepted as plain strings/numbers. */
const GITHUB_ONLY_FORMATS = ['uri-template', 'int64', 'timestamp', 'repo.nwo', 'ssh-key', 'binary'];

export interface IncomingRequestParts {
  pathParams: Record<string, string>;
  query: Record<string, string>;
  body: unknown;
  hasBody: boolean;
}

interface CompiledOperation {
  pathParams: ValidateFunction;
  query: ValidateFunction;
  body?: ValidateFunction;
  bodyRequired: boolean;
  responseSchemas: Record<string, object>;
  /** Response validators are big (a pull request embeds whole repositories): compiled on first use. */
  responses: Map<string, ValidateFunction>;
}

function createAjv(coerceTypes: boolean, subset: OpenApiSubset): Ajv {
  // inlineRefs: false compiles each shared schema (simple-user, repository) once instead of at every use.
  const ajv = new Ajv({
    strict: false,
    allErrors: true,
    coerceTypes,
    logger: false,
    validateSchema: false,
    inlineRefs: false,
  });
  addFormats(ajv);
  for (const format of GITHUB_ONLY_FORMATS) ajv.addFormat(format, true);
  ajv.addSchema(subset.componentsDocument);
  return ajv;
}

function parameterObjectSchema(operation: OperationDescription, location: 'path' | 'query'): object {
  const parameters = operation.parameters.filter((parameter) => parameter.in === location);
  return {
    type: 'object',
    properties: Object.fromEntries(parameters.map((parameter) => [parameter.name, parameter.schema])),
    required: parameters.filter((parameter) => parameter.required).map((parameter) => parameter.name),
  };
}

/** Renders Ajv errors the way GitHub words a 422: "For 'properties/x', ... ". */
export function describeAjvErrors(where: string, errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((error) => {
    const location = `${where}${error.instancePath || ''}`;
    const allowed = error.keyword === 'enum' ? ` (${JSON.stringify(error.params.allowedValues)})` : '';
    return `${location} ${error.message ?? 'is invalid'}${allowed}`;
  });
}

/** Ajv validators for the served operations' parameters, request bodies and success responses. */
export class OpenApiRequestValidator {
  private readonly compiled = new Map<string, CompiledOperation>();
  private readonly exact: Ajv;

  constructor(subset: OpenApiSubset) {
    const coercing = createAjv(true, subset);
    this.exact = createAjv(false, subset);
    for (const operation of subset.operations) {
      this.compiled.set(`${operation.method} ${operation.path}`, {
        pathParams: coercing.compile(parameterObjectSchema(operation, 'path')),
        query: coercing.compile(parameterObjectSchema(operation, 'query')),
        body: operation.requestBodySchema === undefined ? undefined : this.exact.compile(operation.requestBodySchema),
        bodyRequired: operation.requestBodyRequired,
        responseSchemas: operation.responseSchemas,
        responses: new Map(),
      });
    }
  }

  private operation(route: string): CompiledOperation {
    const compiled = this.compiled.get(route);
    if (compiled === undefined) throw new Error(`No OpenAPI validator for ${route}`);
    return compiled;
  }

  /** Returns the problems found (empty when valid); coerces path and query values in place. */
  validateRequest(route: string, parts: IncomingRequestParts): string[] {
    const operation = this.operation(route);
    const problems: string[] = [];
    if (!operation.pathParams(parts.pathParams)) {
      problems.push(...describeAjvErrors('path', operation.pathParams.errors));
    }
    if (!operation.query(parts.query)) problems.push(...describeAjvErrors('query', operation.query.errors));
    if (operation.body === undefined) {
      return problems;
    }
    if (!parts.hasBody) {
      if (operation.bodyRequired) problems.push('body is required');
    } else if (!operation.body(parts.body)) {
      problems.push(...describeAjvErrors('body', operation.body.errors));
    }
    return problems;
  }

  /** Checks what the stand-in itself answers, so the fake cannot drift from GitHub's shapes. */
  validateResponse(route: string, status: number, body: unknown): string[] {
    const operation = this.operation(route);
    let validate = operation.responses.get(String(status));
    if (validate === undefined) {
      const schema = operation.responseSchemas[String(status)];
      if (schema === undefined) return [];
      validate = this.exact.compile(schema);
      operation.responses.set(String(status), validate);
    }
    if (validate(body)) return [];
    return describeAjvErrors('response', validate.errors);
  }
}

const validatorCache = new WeakMap<OpenApiSubset, OpenApiRequestValidator>();

export function validatorFor(subset: OpenApiSubset): OpenApiRequestValidator {
  let validator = validatorCache.get(subset);
  if (validator === undefined) {
    validator = new OpenApiRequestValidator(subset);
    validatorCache.set(subset, validator);
  }
  return validator;
}
