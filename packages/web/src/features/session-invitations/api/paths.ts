const session = (id: string) => `/api/v1/sessions/${encodeURIComponent(id)}`;

/** The API paths of invitations, written once. */
export const invitationApi = {
  invitees: (sessionId: string) => `${session(sessionId)}/invitations`,
  guests: (sessionId: string) => `${session(sessionId)}/invitations/guests`,
  invitation: (sessionId: string, invitationId: string) => `${session(sessionId)}/invitations/${encodeURIComponent(invitationId)}`,
  resend: (sessionId: string, invitationId: string) => `${session(sessionId)}/invitations/${encodeURIComponent(invitationId)}/resend`,
  mine: (sessionId: string) => `${session(sessionId)}/my-invitation`,
  tokenLookup: '/api/v1/invitation-answers/lookup',
  tokenAnswer: '/api/v1/invitation-answers',
} as const;

export const inviteesKey = (sessionId: string) => ['session-invitees', sessionId] as const;
export const myInvitationKey = (sessionId: string) => ['my-invitation', sessionId] as const;
