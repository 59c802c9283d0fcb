import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { Member } from '@collegium/shared/contracts/directory';
import { useTranslation } from 'react-i18next';
import { StatusMessage } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { PageHeading } from '../../../components/ui/page-heading';
import { QueryState } from '../../../components/ui/query-state';
import { links, paths } from '../../../config/paths';
import { useBodies } from '../api/get-bodies';
import { useBody } from '../api/get-body';
import { BodyMemberList } from './body-member-list';
import { BodyRulesList } from './body-rules';
import { DirectoryNav } from './directory-nav';
import { AddMembershipDialog } from './add-membership-dialog';
import { CreateBodyDialog } from './create-body-dialog';
import { EditBodyDialog } from './edit-body-dialog';
import { EndMembershipDialog } from './end-membership-dialog';
import { RepresentationSection, type SeatToFill } from './representation-section';
import { BodyDocuments } from '../../materials/components/body-documents';
import { RichText } from './rich-text';
import { RoleBadges } from './role-badges';
import { useEditDialog } from '../use-edit-dialog';
import { BodySessions } from '../../sessions/components/body-sessions';
import { BodyDecisions } from '../../decisions/components/body-decisions';
import '../directory.css';

function SubBodies({ bodyId }: { bodyId: string }) {
  const { t } = useTranslation();
  const bodies = useBodies();
  const children = (bodies.data?.items ?? []).filter((body) => body.parentId === bodyId);
  if (children.length === 0) return null;
  return (
    <section aria-labelledby="body-children" className="stack">
      <h2 id="body-children">{t('directory.subBodies')}</h2>
      <ul className="link-list">
        {children.map((child) => (
          <li key={child.id}>
            <Link to={links.body(child.id)}>{child.name}</Link>{' '}
            <span className="badge badge--muted">{t(`directory.bodyKinds.${child.kind}`)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function BodyPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const body = useBody(id);
  const data = body.data;
  const edit = useEditDialog({ refetch: body.refetch, savedText: t('directory.edit.saved') });
  const { message, setMessage } = edit;
  const [ending, setEnding] = useState<Member | null>(null);
  const [adding, setAdding] = useState(false);
  const [seat, setSeat] = useState<SeatToFill | null>(null);
  const [creating, setCreating] = useState(false);

  return (
    <div className="stack stack--large">
      <div className="stack">
        <PageHeading title={data?.name ?? t('directory.bodiesTitle')}>{data?.name ?? t('directory.bodiesTitle')}</PageHeading>
        <DirectoryNav />
      </div>
      <StatusMessage message={message} />
      {data?.abilities.edit && (
        <div className="actions">
          <Button variant="secondary" onPress={edit.open}>
            {t('directory.edit.button')}
          </Button>
          <Button variant="secondary" onPress={() => setCreating(true)}>
            {t('directory.create.subButton')}
          </Button>
        </div>
      )}
      <QueryState isPending={body.isPending} error={body.error} onRetry={() => void body.refetch()} />
      {data && (
        <>
          <dl className="facts">
            <div>
              <dt>{t('directory.kind')}</dt>
              <dd>{t(`directory.bodyKinds.${data.kind}`)}</dd>
            </div>
            {data.shortName && (
              <div>
                <dt>{t('directory.shortName')}</dt>
                <dd>{data.shortName}</dd>
              </div>
            )}
            <div>
              <dt>{t('directory.organization')}</dt>
              <dd>
                <Link to={links.organization(data.organization.id)}>{data.organization.name}</Link>
              </dd>
            </div>
            <div>
              <dt>{t('directory.parent')}</dt>
              <dd>{data.parent ? <Link to={links.body(data.parent.id)}>{data.parent.name}</Link> : t('directory.noParent')}</dd>
            </div>
            <div>
              <dt>{t('directory.visibility')}</dt>
              <dd>{t(data.isPublic ? 'directory.public' : 'directory.internal')}</dd>
            </div>
            {data.myRoles.length > 0 && (
              <div>
                <dt>{t('directory.yourRoles')}</dt>
                <dd>
                  <RoleBadges roles={data.myRoles} />
                </dd>
              </div>
            )}
          </dl>

          <section aria-labelledby="body-tasks" className="stack">
            <h2 id="body-tasks">{t('directory.tasks')}</h2>
            {data.description ? (
              <RichText html={data.description} />
            ) : (
              <p className="muted">{t('directory.noTasks')}</p>
            )}
          </section>

          <BodySessions body={data} />

          <BodyDecisions bodyId={data.id} />

          {data.abilities.readInternal && <BodyDocuments bodyId={data.id} />}

          <SubBodies bodyId={data.id} />

          <section aria-labelledby="body-rules" className="stack">
            <h2 id="body-rules">{t('directory.rulesTitle')}</h2>
            <BodyRulesList rules={data.rules} />
          </section>

          <section aria-labelledby="body-members" className="stack">
            <h2 id="body-members">{t('directory.membersTitle')}</h2>
            {data.abilities.manage && (
              <div className="actions">
                <Button
                  variant="secondary"
                  onPress={() => {
                    setMessage(null);
                    setAdding(true);
                  }}
                >
                  {t('directory.edit.add')}
                </Button>
              </div>
            )}
            <BodyMemberList
              body={data}
              onMessage={setMessage}
              onEnd={(member: Member) => {
                setMessage(null);
                setEnding(member);
              }}
            />
          </section>

          <RepresentationSection
            body={data}
            onFill={(chosen) => {
              setMessage(null);
              setSeat(chosen);
              setAdding(true);
            }}
          />
        </>
      )}
      {data && edit.isOpen && <EditBodyDialog key={edit.formKey} body={data} {...edit.dialogProps} />}
      {data && creating && (
        <CreateBodyDialog
          key={data.id}
          parent={{ id: data.id, name: data.name, organization: { id: data.organization.id, label: data.organization.name } }}
          onClose={() => setCreating(false)}
        />
      )}
      {data && adding && (
        <AddMembershipDialog
          body={data}
          seat={seat}
          onClose={() => {
            setAdding(false);
            setSeat(null);
          }}
          onAdded={(text) => {
            setAdding(false);
            setSeat(null);
            setMessage(text);
          }}
        />
      )}
      {ending && (
        <EndMembershipDialog
          member={ending}
          onClose={() => setEnding(null)}
          onEnded={(text) => {
            setEnding(null);
            setMessage(text);
          }}
        />
      )}
      {body.error !== null && (
        <p>
          <Link to={paths.directory}>{t('directory.backToBodies')}</Link>
        </p>
      )}
    </div>
  );
}
