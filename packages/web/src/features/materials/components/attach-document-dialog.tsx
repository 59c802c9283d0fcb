import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { Dialog } from '../../../components/ui/dialog';
import { TextField } from '../../../components/ui/text-field';
import { useErrorText } from '../../../lib/error-text';
import { useAttachDocument, useBodyDocuments } from '../api/materials';

interface AttachDocumentDialogProps {
  sessionId: string;
  bodyId: string;
  itemId: string;
  itemNumber: string;
  /** documents already attached to the item */
  attached: ReadonlySet<string>;
  onClose: () => void;
}

/** Finds a document of the body by its title and attaches it to the item. */
export function AttachDocumentDialog({ sessionId, bodyId, itemId, itemNumber, attached, onClose }: AttachDocumentDialogProps) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [q, setQ] = useState('');
  const documents = useBodyDocuments(bodyId, q.trim());
  const attach = useAttachDocument(sessionId);
  const candidates = (documents.data?.items ?? []).filter((document) => !attached.has(document.id));

  return (
    <Dialog title={t('materials.attachTitle', { number: itemNumber })} isOpen onOpenChange={(open) => !open && onClose()}>
      <div className="stack">
        <TextField label={t('materials.search')} value={q} onChange={setQ} autoFocus />
        {documents.error && <Alert tone="error">{errorText(documents.error)}</Alert>}
        {attach.error && <Alert tone="error">{errorText(attach.error)}</Alert>}
        {documents.data && candidates.length === 0 ? (
          <p className="muted">{t('materials.noDocuments')}</p>
        ) : (
          <ul className="materials__list" aria-label={t('materials.found')}>
            {candidates.map((document) => (
              <li key={document.id} className="materials__row">
                <div className="materials__main">
                  {document.title}
                  <span className="muted"> {document.latest.fileName}</span>
                </div>
                <Button
                  variant="secondary"
                  aria-label={t('materials.attachThis', { title: document.title })}
                  isPending={attach.isPending}
                  onPress={() => attach.mutate({ itemId, documentId: document.id }, { onSuccess: onClose })}
                >
                  {t('materials.attach')}
                </Button>
              </li>
            ))}
          </ul>
        )}
        <div className="actions">
          <Button variant="secondary" onPress={onClose}>
            {t('common.cancel')}
          </Button>
        </div>
      </div>
    </Dialog>
  );
}
