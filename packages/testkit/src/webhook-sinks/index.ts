export type { RecordedRequest, ScriptedResponse } from './recording-server.js';
export { startSlackWebhookSink, SLACK_WEBHOOK_ERRORS, type SlackWebhookError, type SlackWebhookSink } from './slack.js';
export { startTeamsWebhookSink, type TeamsEndpointKind, type TeamsMessage, type TeamsWebhookSink } from './teams.js';
export { startGenericWebhookSink, type GenericWebhookSink, type GenericWebhookSinkOptions } from './generic.js';
export {
  startSlackApiSink,
  type SlackApiSink,
  type SlackApiSinkOptions,
  type SlackApiChannel,
  type SlackApiMessage,
} from './slack-api.js';
export { jsonSchemaValidator } from './json-schema.js';
export { renderBlockKitHtml, mrkdwnToHtml } from './block-kit-html.js';
