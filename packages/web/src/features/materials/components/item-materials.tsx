import { useState, type ReactNode } from 'react';
import { DropZone, FileTrigger, isFileDropItem } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { AgendaItem, SessionDetail } from '@collegium/shared/contracts/sessions';
import { Button } from '../../../components/ui/button';
import { apiPaths } from '../../../config/paths';
import { useErrorText } from '../../../lib/error-text';
import { useDecideLateItem } from '../api/materials';
import { useMaterialUploads } from '../use-material-uploads';
import { AttachDocumentDialog } from './attach-document-dialog';
import { LateBadge } from './late-badge';
import { MaterialRow } from './material-row';
import { UploadList } from './upload-list';

/** One agenda item's materials; managers upload (picker or drop), attach, replace and remove them. */
export function ItemMaterials({ session, item, editable }: { session: SessionDetail; item: AgendaItem; editable: boolean }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { uploads, send, dismiss } = useMaterialUploads(session.id);
  const decideItem = useDecideLateItem(session.id);
  const [attaching, setAttaching] = useState(false);
  const canEdit = editable && !item.withdrawn;
  const decides = session.abilities.approveLate;
  const heading = `${item.number} ${item.title ?? ''}`;
  const upload = (files: readonly File[]) => void send(apiPaths.itemMaterials(item.id), files);

  const content: ReactNode = (
    <>
      <div className="materials__heading">
        <h3 id={`materials-${item.id}`}>{heading}</h3>
        <span className="badges">
          <LateBadge late={item.late} lateApproval={item.lateApproval} />
        </span>
      </div>
      {decides && item.lateApproval === 'pending' && (
        <div className="actions">
          <Button variant="secondary" isPending={decideItem.isPending} onPress={() => decideItem.mutate({ itemId: item.id, decision: 'approve' })}>
            {t('materials.approveItem')}
          </Button>
          <Button variant="quiet" isPending={decideItem.isPending} onPress={() => decideItem.mutate({ itemId: item.id, decision: 'refuse' })}>
            {t('materials.refuseItem')}
          </Button>
        </div>
      )}
      {decideItem.error && <p className="field__error">{errorText(decideItem.error)}</p>}
      {item.materials.length === 0 ? (
        <p className="muted">{t('materials.none')}</p>
      ) : (
        <ul className="materials__list" aria-labelledby={`materials-${item.id}`}>
          {item.materials.map((material) => (
            <MaterialRow
              key={material.id}
              sessionId={session.id}
              itemNumber={item.number}
              material={material}
              editable={canEdit}
              decides={decides}
              onNewVersion={(path, file) => void send(path, [file])}
            />
          ))}
        </ul>
      )}
      <UploadList uploads={uploads} onDismiss={dismiss} />
      {canEdit && (
        <div className="actions">
          <FileTrigger allowsMultiple onSelect={(files) => files && upload([...files])}>
            <Button variant="secondary" aria-label={t('materials.uploadTo', { number: item.number })}>
              {t('materials.upload')}
            </Button>
          </FileTrigger>
          <Button variant="quiet" aria-label={t('materials.attachTo', { number: item.number })} onPress={() => setAttaching(true)}>
            {t('materials.attach')}
          </Button>
          <span className="muted">{t('materials.dropHint')}</span>
        </div>
      )}
      {attaching && (
        <AttachDocumentDialog
          sessionId={session.id}
          bodyId={session.body.id}
          itemId={item.id}
          itemNumber={item.number}
          attached={new Set(item.materials.map((material) => material.documentId))}
          onClose={() => setAttaching(false)}
        />
      )}
    </>
  );

  if (!canEdit) return <div className="materials__item">{content}</div>;
  return (
    <DropZone
      className="materials__item materials__item--drop"
      aria-label={t('materials.dropOn', { number: item.number })}
      getDropOperation={() => 'copy'}
      onDrop={async (event) => {
        const files = await Promise.all(event.items.filter(isFileDropItem).map((dropped) => dropped.getFile()));
        if (files.length) upload(files);
      }}
    >
      {content}
    </DropZone>
  );
}
