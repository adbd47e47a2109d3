import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

type JsonObject = { [key: string]: unknown };

export interface ServedOperation {
  method: string;
  path: string;
}

export interface ParameterDescription {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required: boolean;
  schema: JsonObject;
  multiSegment: boolean;
}

export interface OperationDescription {
  method: string;
  path: string;
  operationId: string;
  parameters: ParameterDescription[];
  requestBodySchema?: JsonObject;
  requestBodyRequired: boolean;
  /** Success (2xx) response schemas by status code. */
  responseSchemas: Record<string, JsonObject>;
}

export interface OpenApiSubset {
  specVersion: string;
  /** Every path template and its methods in the full description, to tell "not served" from "not GitHub". */
  allPaths: Record<string, string[]>;
  operations: OperationDescription[];
  /** Holds `components.schemas` entries the operations reference, rewritten for Ajv. */
  componentsDocument: JsonObject;
}

export const COMPONENTS_DOCUMENT_ID = 'https://api.github.com/openapi-subset.json';
const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Resolves a local `#/components/...` pointer inside the full description. */
function resolvePointer(document: JsonObject, ref: string): JsonObject {
  if (!ref.startsWith('#/')) throw new Error(`Unsupported $ref ${ref}`);
  let node: unknown = document;
  for (const rawPart of ref.slice(2).split('/')) {
    const part = rawPart.replace(/~1/g, '/').replace(/~0/g, '~');
    if (!isObject(node) || !(part in node)) throw new Error(`Dangling $ref ${ref}`);
    node = node[part];
  }
  if (!isObject(node)) throw new Error(`$ref ${ref} does not point at an object`);
  return node;
}

function deref(document: JsonObject, value: JsonObject): JsonObject {
  let current = value;
  while (typeof current.$ref === 'string') current = resolvePointer(document, current.$ref);
  return current;
}

/**
 * Rewrites an OpenAPI 3.0 schema for Ajv: local `$ref`s point into the components document,
 * and `nullable: true` without a `type` (which Ajv refuses) becomes `anyOf [schema, null]`.
 */
function rewriteSchema(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(rewriteSchema);
  if (!isObject(value)) return value;
  const rewritten: JsonObject = {};
  for (const [key, child] of Object.entries(value)) {
    if (key === '$ref' && typeof child === 'string' && child.startsWith('#/')) {
      rewritten.$ref = `${COMPONENTS_DOCUMENT_ID}${child}`;
    } else if (key === 'example' || key === 'examples' || key.startsWith('x-')) {
      continue;
    } else {
      rewritten[key] = rewriteSchema(child);
    }
  }
  // Ajv checks `enum` apart from `nullable`, so a nullable enum must list null itself.
  if (rewritten.nullable === true && Array.isArray(rewritten.enum) && !rewritten.enum.includes(null)) {
    rewritten.enum = [...rewritten.enum, null];
  }
  if (rewritten.nullable === true && !('type' in rewritten)) {
    const { nullable: _nullable, description, ...rest } = rewritten;
    return { ...(description === undefined ? {} : { description }), anyOf: [rest, { type: 'null' }] };
  }
  return rewritten;
}

/** Collects the names of every `#/components/schemas/*` reachable from the given roots. */
function collectSchemaNames(document: JsonObject, roots: unknown[]): Set<string> {
  const names = new Set<string>();
  const schemas = (document.components as JsonObject).schemas as JsonObject;
  const pending = [...roots];
  while (pending.length > 0) {
    const node = pending.pop();
    if (Array.isArray(node)) {
      pending.push(...node);
    } else if (isObject(node)) {
      const ref = node.$ref;
      if (typeof ref === 'string' && ref.startsWith('#/components/schemas/')) {
        const name = ref.slice('#/components/schemas/'.length);
        if (!names.has(name)) {
          names.add(name);
          pending.push(schemas[name]);
        }
      }
      for (const [key, child] of Object.entries(node)) if (key !== '$ref') pending.push(child);
    }
  }
  return names;
}

function describeOperation(document: JsonObject, served: ServedOperation): OperationDescription {
  const pathItem = (document.paths as JsonObject)[served.path];
  if (!isObject(pathItem)) throw new Error(`GitHub's OpenAPI description has no path ${served.path}`);
  const operation = pathItem[served.method.toLowerCase()];
  if (!isObject(operation)) throw new Error(`GitHub's OpenAPI description has no ${served.method} ${served.path}`);

  const rawParameters = [
    ...((pathItem.parameters as JsonObject[] | undefined) ?? []),
    ...((operation.parameters as JsonObject[] | undefined) ?? []),
  ];
  const parameters = rawParameters.map((raw): ParameterDescription => {
    const parameter = deref(document, raw);
    return {
      name: String(parameter.name),
      in: parameter.in as ParameterDescription['in'],
      required: parameter.required === true,
      schema: (parameter.schema as JsonObject | undefined) ?? {},
      multiSegment: parameter['x-multi-segment'] === true,
    };
  });

  let requestBodySchema: JsonObject | undefined;
  let requestBodyRequired = false;
  if (isObject(operation.requestBody)) {
    const requestBody = deref(document, operation.requestBody);
    requestBodyRequired = requestBody.required === true;
    const content = requestBody.content as JsonObject | undefined;
    const json = content?.['application/json'];
    if (isObject(json) && isObject(json.schema)) requestBodySchema = json.schema;
  }

  const responseSchemas: Record<string, JsonObject> = {};
  for (const [status, rawResponse] of Object.entries((operation.responses as JsonObject | undefined) ?? {})) {
    if (!status.startsWith('2') || !isObject(rawResponse)) continue;
    const response = deref(document, rawResponse);
    const json = (response.content as JsonObject | undefined)?.['application/json'];
    if (isObject(json) && isObject(json.schema)) responseSchemas[status] = json.schema;
  }

  return {
    method: served.method.toUpperCase(),
    path: served.path,
    operationId: String(operation.operationId),
    parameters,
    requestBodySchema,
    requestBodyRequired,
    responseSchemas,
  };
}

/** Pure extraction, separate from file loading so it can run on any description object. */
export function extractOpenApiSubset(document: JsonObject, served: ServedOperation[]): OpenApiSubset {
  const described = served.map((operation) => describeOperation(document, operation));
  const roots = described.flatMap((operation) => [
    ...operation.parameters.map((parameter) => parameter.schema),
    operation.requestBodySchema,
    ...Object.values(operation.responseSchemas),
  ]);
  const allSchemas = (document.components as JsonObject).schemas as JsonObject;
  const neededSchemas: JsonObject = {};
  for (const name of collectSchemaNames(document, roots)) neededSchemas[name] = rewriteSchema(allSchemas[name]);

  const operations = described.map((operation) => ({
    ...operation,
    parameters: operation.parameters.map((parameter) => ({
      ...parameter,
      schema: rewriteSchema(parameter.schema) as JsonObject,
    })),
    requestBodySchema:
      operation.requestBodySchema === undefined
        ? undefined
        : (rewriteSchema(operation.requestBodySchema) as JsonObject),
    responseSchemas: Object.fromEntries(
      Object.entries(operation.responseSchemas).map(([status, schema]) => [
        status,
        rewriteSchema(schema) as JsonObject,
      ]),
    ),
  }));

  const allPaths: Record<string, string[]> = {};
  for (const [path, item] of Object.entries(document.paths as JsonObject)) {
    if (isObject(item)) allPaths[path] = Object.keys(item).filter((key) => HTTP_METHODS.includes(key));
  }
  const info = document.info as JsonObject | undefined;
  return {
    specVersion: String(info?.version ?? 'unknown'),
    allPaths,
    operations,
    componentsDocument: { $id: COMPONENTS_DOCUMENT_ID, components: { schemas: neededSchemas } },
  };
}

const subsetCache = new Map<string, Promise<OpenApiSubset>>();

/** Reads `@octokit/openapi`'s api.github.com description once per module instance and extracts the served part. */
export function loadGitHubOpenApiSubset(served: ServedOperation[]): Promise<OpenApiSubset> {
  const key = served.map((operation) => `${operation.method} ${operation.path}`).join('\n');
  let cached = subsetCache.get(key);
  if (cached === undefined) {
    cached = (async () => {
      const require = createRequire(import.meta.url);
      const file = require.resolve('@octokit/openapi/generated/api.github.com.json');
      const document = JSON.parse(await readFile(file, 'utf8')) as JsonObject;
      return extractOpenApiSubset(document, served);
    })();
    cached.catch(() => subsetCache.delete(key));
    subsetCache.set(key, cached);
  }
  return cached;
}
