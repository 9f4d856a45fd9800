/** The options of every mutation's single `input` argument. */
export const INPUT_ARG = { description: 'Dữ liệu của thao tác. / The action’s input.' } as const;
