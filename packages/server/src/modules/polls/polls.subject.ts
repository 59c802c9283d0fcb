/** A yes/no vote on these adopts or rejects its item: a resolution, or the minutes the item approves. */
export const decidesItem = (subject: string) => subject === 'resolution' || subject === 'minutes';
