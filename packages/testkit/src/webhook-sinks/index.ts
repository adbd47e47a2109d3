export type { RecordedRequest, ScriptedResponse } from './recording-server.js';
export { startSlackWebhookSink, type SlackWebhookSink } from './slack.js';
export { startTeamsWebhookSink, type TeamsEndpointKind, type TeamsMessage, type TeamsWebhookSink } from './teams.js';
export { startGenericWebhookSink, type GenericWebhookSink, type GenericWebhookSinkOptions } from './generic.js';
