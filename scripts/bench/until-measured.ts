/**
 * Runs `attempt` until it gives a result that `failed` does not reject, at
 * most `tries` times; returns the last result and the rejected ones before
 * it. For a tool that asks to be run again when it could not measure
 * (Lighthouse's runtime errors such as NO_NAVSTART): such a run is no
 * measurement, and a score of 0 from it would say something false.
 */
export async function untilMeasured<T>(attempt: () => Promise<T>, failed: (result: T) => boolean, tries: number): Promise<{ result: T; rejected: T[] }> {
  const rejected: T[] = [];
  for (;;) {
    const result = await attempt();
    if (!failed(result) || rejected.length + 1 >= tries) return { result, rejected };
    rejected.push(result);
  }
}
