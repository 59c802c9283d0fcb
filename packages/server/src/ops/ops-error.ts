/** A refusal or failure of an operations command, with a message meant for the administrator. */
export class OpsError extends Error {}
