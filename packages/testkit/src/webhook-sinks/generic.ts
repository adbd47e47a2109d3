import { startRecordingServer, type RecordedRequest, type ScriptedResponse } from './recording-server.js';

export interface GenericWebhookSinkOptions {
  /** Answer when nothing is scripted; default 200 with an empty body. */
  defaultResponse?: ScriptedResponse;
}

export interface GenericWebhookSink {
  /** `<baseUrl>/hook`; any other path on baseUrl is recorded and answered the same way. */
  url: string;
  baseUrl: string;
  requests: RecordedRequest[];
  /** Answers the next requests with these responses, one each (e.g. 500, then 429 with retryAfterSeconds). */
  respondNext(...responses: ScriptedResponse[]): void;
  close(): Promise<void>;
}

/** Starts a loopback webhook receiver that records method, headers and body of every request. */
export async function startGenericWebhookSink(options: GenericWebhookSinkOptions = {}): Promise<GenericWebhookSink> {
  const defaultResponse = options.defaultResponse ?? { status: 200 };
  const server = await startRecordingServer(() => defaultResponse);
  return {
    url: `${server.baseUrl}/hook`,
    baseUrl: server.baseUrl,
    requests: server.requests,
    respondNext: server.respondNext,
    close: server.close,
  };
}
