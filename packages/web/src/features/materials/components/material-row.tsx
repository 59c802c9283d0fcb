import { useState } from 'react';
import { FileTrigger } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Material } from '@collegium/shared/contracts/materials';
import { Button } from '../../../components/ui/button';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { apiPaths } from '../../../config/paths';
import { useFormat } from '../../../lib/format';
import { useErrorText } from '../../../lib/error-text';
import { useDecideLateMaterial, useRemoveMaterial } from '../api/materials';
import { formatSize } from '../use-material-uploads';
import { LateBadge } from './late-badge';

interface MaterialRowProps {
  sessionId: string;
  itemNumber: string;
  material: Material;
  /** the caller may change the item's materials */
  editable: boolean;
  /** the caller decides on late entries */
  decides: boolean;
  onNewVersion: (path: string, file: File) => void;
}

/** One material: its download link and facts, and what the caller may do with it. */
export function MaterialRow({ sessionId, itemNumber, material, editable, decides, onNewVersion }: MaterialRowProps) {
  const { t } = useTranslation();
  const { locale } = useFormat();
  const errorText = useErrorText();
  const remove = useRemoveMaterial(sessionId);
  const decide = useDecideLateMaterial(sessionId);
  const [removing, setRemoving] = useState(false);
  const facts = [material.fileName, t('materials.version', { version: material.version }), formatSize(material.size, locale)].join(' · ');

  return (
    <li className="materials__row">
      <div className="materials__main">
        <a href={material.downloadUrl} download={material.fileName}>
          {material.title}
        </a>
        <span className="muted"> {facts}</span>
        <span className="badges">
          <LateBadge late={material.late} lateApproval={material.lateApproval} />
        </span>
      </div>
      {(editable || (decides && material.lateApproval === 'pending')) && (
        <div className="materials__actions">
          {decides && material.lateApproval === 'pending' && (
            <>
              <Button
                variant="secondary"
                aria-label={t('materials.approveMaterial', { title: material.title })}
                isPending={decide.isPending}
                onPress={() => decide.mutate({ materialId: material.id, decision: 'approve' })}
              >
                {t('materials.approve')}
              </Button>
              <Button
                variant="quiet"
                aria-label={t('materials.refuseMaterial', { title: material.title })}
                isPending={decide.isPending}
                onPress={() => decide.mutate({ materialId: material.id, decision: 'refuse' })}
              >
                {t('materials.refuse')}
              </Button>
            </>
          )}
          {editable && (
            <>
              <FileTrigger onSelect={(files) => files?.[0] && onNewVersion(apiPaths.materialVersions(material.id), files[0])}>
                <Button variant="quiet" aria-label={t('materials.newVersionOf', { title: material.title })}>
                  {t('materials.newVersion')}
                </Button>
              </FileTrigger>
              <Button variant="quiet" aria-label={t('materials.removeOf', { title: material.title })} onPress={() => setRemoving(true)}>
                {t('materials.remove')}
              </Button>
            </>
          )}
        </div>
      )}
      {decide.error && <p className="field__error">{errorText(decide.error)}</p>}
      {removing && (
        <ConfirmDialog
          isOpen
          title={t('materials.removeTitle', { title: material.title, number: itemNumber })}
          text={t('materials.removeText')}
          confirmLabel={t('materials.remove')}
          onOpenChange={(open) => !open && setRemoving(false)}
          onConfirm={() => remove.mutate(material.id, { onSuccess: () => setRemoving(false) })}
          isPending={remove.isPending}
          error={remove.error ? errorText(remove.error) : null}
        />
      )}
    </li>
  );
}
