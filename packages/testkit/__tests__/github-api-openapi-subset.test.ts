import {
  extractOpenApiSubset,
  loadGitHubOpenApiSubset,
  COMPONENTS_DOCUMENT_ID,
} from '../src/github-api/openapi-subset.js';
import { OpenApiRequestValidator } from '../src/github-api/request-validator.js';
import { SERVED_ROUTES } from '../src/github-api/server.js';

const tinyDescription = {
  info: { version: '1.0.0' },
  paths: {
    '/things/{id}': {
      parameters: [{ $ref: '#/components/parameters/thing-id' }],
      patch: {
        operationId: 'things/update',
        requestBody: {
          required: true,
          content: { 'application/json': { schema: { $ref: '#/components/schemas/thing-input' } } },
        },
        responses: { '200': { content: { 'application/json': { schema: { $ref: '#/components/schemas/thing' } } } } },
      },
    },
    '/unused': { get: { operationId: 'unused', responses: {} } },
  },
  components: {
    parameters: { 'thing-id': { name: 'id', in: 'path', required: true, schema: { type: 'integer' } } },
    schemas: {
      'thing-input': {
        type: 'object',
        required: ['colour'],
        properties: {
          colour: { type: 'string', enum: ['red', 'blue'], nullable: true },
          owner: { nullable: true, allOf: [{ $ref: '#/components/schemas/owner' }] },
        },
      },
      thing: { type: 'object', required: ['id'], properties: { id: { type: 'integer' } } },
      owner: { type: 'object', required: ['login'], properties: { login: { type: 'string' } } },
      unrelated: { type: 'object' },
    },
  },
};

describe('extractOpenApiSubset', () => {
  const subset = extractOpenApiSubset(tinyDescription, [{ method: 'PATCH', path: '/things/{id}' }]);

  it('keeps only the schemas the served operations reach, with refs pointing into the subset', () => {
    const schemas = (subset.componentsDocument.components as { schemas: Record<string, unknown> }).schemas;
    expect(Object.keys(schemas).sort()).toEqual(['owner', 'thing', 'thing-input']);
    expect(subset.operations[0]?.requestBodySchema).toEqual({
      $ref: `${COMPONENTS_DOCUMENT_ID}#/components/schemas/thing-input`,
    });
    expect(subset.operations[0]?.parameters).toEqual([
      { name: 'id', in: 'path', required: true, schema: { type: 'integer' }, multiSegment: false },
    ]);
    expect(subset.allPaths).toEqual({ '/things/{id}': ['patch'], '/unused': ['get'] });
  });

  it('leaves no nullable without a type behind', () => {
    expect(nullableWithoutType(tinyDescription)).toBe(1);
    expect(nullableWithoutType([subset.componentsDocument, subset.operations])).toBe(0);
  });

  it('rewrites nullable without a type into anyOf-null and lets a nullable enum hold null', () => {
    const validator = new OpenApiRequestValidator(subset);
    const route = 'PATCH /things/{id}';
    const request = (body: unknown) =>
      validator.validateRequest(route, { pathParams: { id: '3' }, query: {}, body, hasBody: true });
    expect(request({ colour: null, owner: null })).toEqual([]);
    expect(request({ colour: 'red', owner: { login: 'a' } })).toEqual([]);
    expect(request({ colour: 'green' })).toEqual([expect.stringContaining('body/colour must be equal to one of')]);
    expect(request({ colour: 'red', owner: {} }).join()).toContain("must have required property 'login'");
    expect(
      validator.validateRequest(route, { pathParams: { id: 'x' }, query: {}, body: { colour: 'red' }, hasBody: true }),
    ).toEqual(['path/id must be integer']);
    expect(
      validator.validateRequest(route, { pathParams: { id: '1' }, query: {}, body: undefined, hasBody: false }),
    ).toEqual(['body is required']);
  });

  it('names the operation GitHub does not describe', () => {
    expect(() => extractOpenApiSubset(tinyDescription, [{ method: 'GET', path: '/nope' }])).toThrow('/nope');
  });
});

function nullableWithoutType(node: unknown): number {
  if (Array.isArray(node)) return node.reduce((total: number, child) => total + nullableWithoutType(child), 0);
  if (typeof node !== 'object' || node === null) return 0;
  const own = 'nullable' in node && !('type' in node) ? 1 : 0;
  return Object.values(node).reduce((total: number, child) => total + nullableWithoutType(child), own);
}

describe("GitHub's real description", () => {
  it('holds every route the stand-in serves and compiles without a nullable-without-type error', async () => {
    const subset = await loadGitHubOpenApiSubset(SERVED_ROUTES.map(({ method, path }) => ({ method, path })));
    expect(subset.operations.map((operation) => `${operation.method} ${operation.path}`)).toEqual(
      SERVED_ROUTES.map(({ method, path }) => `${method} ${path}`),
    );
    expect(nullableWithoutType([subset.componentsDocument, subset.operations])).toBe(0);
    expect(() => new OpenApiRequestValidator(subset)).not.toThrow();
  });
});
