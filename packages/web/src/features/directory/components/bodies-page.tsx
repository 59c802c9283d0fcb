import { useMemo, useState } from 'react';
import { Input, Label, SearchField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';
import { PageHeading } from '../../../components/ui/page-heading';
import { QueryState } from '../../../components/ui/query-state';
import { useSignedInMe } from '../../../lib/auth';
import { useBodies } from '../api/get-bodies';
import { buildBodyTree, countBodies, filterBodyTree, parentIds } from '../body-tree';
import { BodyTreeView } from './body-tree-view';
import { CreateBodyDialog } from './create-body-dialog';
import { DirectoryNav } from './directory-nav';
import '../directory.css';

export function BodiesPage() {
  const { t } = useTranslation();
  const bodies = useBodies();
  const canCreate = useSignedInMe().abilities.createBodies;
  const [creating, setCreating] = useState(false);
  const [filter, setFilter] = useState('');
  const tree = useMemo(() => buildBodyTree(bodies.data?.items ?? []), [bodies.data]);
  const visible = useMemo(() => filterBodyTree(tree, filter), [tree, filter]);
  const [expanded, setExpanded] = useState<ReadonlySet<string> | null>(null);
  // Until the person opens or closes something, the top level is open.
  const open = expanded ?? new Set(tree.map((node) => node.body.id));
  const isFiltering = filter.trim() !== '';

  const changeFilter = (value: string) => {
    setFilter(value);
    if (value.trim() !== '') setExpanded(new Set(parentIds(filterBodyTree(tree, value))));
  };

  const toggle = (id: string) => {
    const next = new Set(open);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setExpanded(next);
  };

  return (
    <div className="stack stack--large">
      <div className="stack">
        <PageHeading title={t('directory.bodiesTitle')}>{t('directory.bodiesTitle')}</PageHeading>
        <DirectoryNav />
        <p>{t('directory.bodiesIntro')}</p>
        {canCreate && (
          <div className="actions">
            <Button onPress={() => setCreating(true)}>{t('directory.create.button')}</Button>
          </div>
        )}
      </div>
      <QueryState isPending={bodies.isPending} error={bodies.error} onRetry={() => void bodies.refetch()} />
      {bodies.data &&
        (tree.length === 0 ? (
          <p>{t('directory.noBodies')}</p>
        ) : (
          <>
            <div className="directory-toolbar">
              <SearchField className="field search" value={filter} onChange={changeFilter}>
                <Label className="field__label">{t('directory.filterBodies')}</Label>
                <Input className="field__input" />
              </SearchField>
              <div className="actions">
                <Button variant="secondary" onPress={() => setExpanded(new Set(parentIds(visible)))}>
                  {t('directory.expandAll')}
                </Button>
                <Button variant="secondary" onPress={() => setExpanded(new Set())}>
                  {t('directory.collapseAll')}
                </Button>
              </div>
            </div>
            <p role="status" className={isFiltering ? 'muted' : 'visually-hidden'}>
              {isFiltering && t('directory.matches', { count: countBodies(visible) })}
            </p>
            <BodyTreeView nodes={visible} expanded={open} onToggle={toggle} label={t('directory.bodiesTitle')} />
          </>
        ))}
      {creating && <CreateBodyDialog parent={null} onClose={() => setCreating(false)} />}
    </div>
  );
}
