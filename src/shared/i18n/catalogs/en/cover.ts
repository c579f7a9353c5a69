export const cover = {} as const;
