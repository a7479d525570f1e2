// SOURCE_DATE_EPOCH (reproducible-builds.org): the same dates in every build,
// for the build and the queue's workers alike.

export function sourceDate(env: Record<string, string | undefined>): Date | undefined {
  const epoch = env.SOURCE_DATE_EPOCH;
  return epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : undefined;
}
