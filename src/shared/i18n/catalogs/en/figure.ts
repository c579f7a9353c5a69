export const figure = {} as const;
