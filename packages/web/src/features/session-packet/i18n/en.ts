/** The session packet, English. The other languages mirror these keys (checked by resources.test.ts). */
export const packetEn = {
  title: 'Session packet (PDF)',
  download: 'Download the session packet (PDF)',
  built: 'Built {{when}} · pages: {{pages}} · {{size}}',
  building: 'The packet is being prepared. This page shows it as soon as it is ready.',
  missing: 'There is no packet yet. It is made when the agenda or its materials change.',
  failed: 'The packet could not be built.',
  rebuild: 'Rebuild the packet now',
  variant: {
    public: 'The packet of the public items: closed items are listed by number only.',
    draft: 'Draft for the session’s managers: it includes late material still awaiting the chair’s approval, marked as such.',
  },
};
