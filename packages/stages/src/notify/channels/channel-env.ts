import type { Clock, Logger, Metrics, Secrets } from '@testpipe/core';

/** What every channel gets besides its settings and the message. */
export interface ChannelEnv {
  secrets: Secrets;
  logger: Logger;
  clock: Clock;
  random?: () => number;
  signal?: AbortSignal;
  /** metrics.json as read (for the generic webhook), absent for a status-only notification. */
  metrics?: Metrics;
}

/** What a channel reports back beyond success. */
export interface ChannelDelivery {
  ts?: string;
  channelId?: string;
  updated?: boolean;
  detail?: string;
}
