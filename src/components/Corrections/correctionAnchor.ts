/** The id of a correction's entry in the log, where a link to it takes the keyboard. */
export const correctionElementId = (id: string) => `echoes-correction-${id}`;
