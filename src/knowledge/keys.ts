/** The key of a finding (a driver in a host group), which is also its file path under content/findings/. */
export const findingKey = (group: string, driver: string) => `${group}/${driver}`;
