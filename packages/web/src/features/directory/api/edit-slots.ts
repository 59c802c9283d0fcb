import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SlotInput, SlotList, SlotListReplace, SlotSaved } from '@collegium/shared/contracts/representation';
import { apiPaths } from '../../../config/paths';
import { api } from '../../../lib/api-client';

type SlotEdit =
  | { kind: 'add'; bodyId: string; input: SlotInput }
  | { kind: 'replace'; bodyId: string; etag: string; input: SlotListReplace }
  | { kind: 'reorder'; bodyId: string; etag: string; slotIds: string[] }
  | { kind: 'remove'; bodyId: string; slotId: string };

/** One change to a body's representation slots; renames go through `replace` with the list's ETag. */
export const editSlots = (edit: SlotEdit): Promise<SlotSaved | SlotList> => {
  switch (edit.kind) {
    case 'add':
      return api<SlotSaved>(apiPaths.bodySlots(edit.bodyId), { method: 'POST', body: edit.input });
    case 'replace':
      return api<SlotList>(apiPaths.bodySlots(edit.bodyId), { method: 'PUT', body: edit.input, ifMatch: edit.etag });
    case 'reorder':
      return api<SlotList>(apiPaths.bodySlotOrder(edit.bodyId), { method: 'PUT', body: { slotIds: edit.slotIds }, ifMatch: edit.etag });
    case 'remove':
      return api<SlotList>(apiPaths.bodySlot(edit.bodyId, edit.slotId), { method: 'DELETE' });
  }
};

export function useEditSlots(bodyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: editSlots,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['directory', 'body', bodyId] }),
  });
}
