// Where the batch's queue lives: one Redis server that every machine reaches.
// Its address comes from --redis, else FOLIO_REDIS_URL, else this machine.
// A server that cannot be reached is a problem of the machine, told in one
// paragraph that says how to start one (exit 2), never a stack trace or an
// endless retry.
import { Redis } from "ioredis";
import { EnvironmentError } from "../errors.ts";

export const DEFAULT_REDIS_URL = "redis://127.0.0.1:6379";

export function redisUrl(flag: string | undefined, env: Record<string, string | undefined>) {
  return flag ?? env.FOLIO_REDIS_URL ?? DEFAULT_REDIS_URL;
}

export function redisHelp(url: string, why: string): string {
  return (
    `Cannot reach Redis at ${url} (${why}). The batch commands keep their queue in Redis: ` +
    "start one on a machine every worker can reach, on Debian or Ubuntu with " +
    "`apt-get install redis-server` (it starts as a service), or in a container with " +
    "`docker run -d -p 6379:6379 redis:7`, then give its address with --redis or " +
    "FOLIO_REDIS_URL (such as redis://queue.example:6379). Without Redis, " +
    "`npm run build` builds the same publications on this machine."
  );
}

/**
 * A connection to Redis, once it answers: the first failure is reported at
 * once. Afterwards it reconnects as ioredis does (a worker rides out a Redis
 * restart), and never gives up a command (BullMQ's workers need that).
 */
export async function connectRedis(url: string): Promise<Redis> {
  let redis: Redis;
  try {
    redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: null });
  } catch (error) {
    throw new EnvironmentError(redisHelp(url, (error as Error).message)); // a malformed address
  }
  // Until it first answers, one attempt only: a closed port fails now, not after minutes.
  const retry = redis.options.retryStrategy;
  redis.options.retryStrategy = () => null;
  // The first error says why (connect() only says the connection closed); later ones are retried.
  let first: Error | undefined;
  redis.on("error", (error: Error) => void (first ??= error));
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    redis.disconnect();
    throw new EnvironmentError(redisHelp(url, (first ?? (error as Error)).message));
  }
  redis.options.retryStrategy = retry;
  return redis;
}
