import { Input, Label, SearchField } from 'react-aria-components';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../../components/ui/page-heading';
import { QueryState } from '../../../components/ui/query-state';
import { links } from '../../../config/paths';
import { useDirectorySearch } from '../api/search-directory';
import { useDebounced } from '../use-debounced';
import { DirectoryNav } from './directory-nav';
import { personName } from './person-name';
import '../directory.css';

interface ResultGroupProps {
  id: string;
  title: string;
  items: { id: string; to: string; label: string; detail?: string | null }[];
}

function ResultGroup({ id, title, items }: ResultGroupProps) {
  if (items.length === 0) return null;
  return (
    <section aria-labelledby={id} className="stack">
      <h2 id={id}>
        {title} <span className="muted">({items.length})</span>
      </h2>
      <ul className="link-list">
        {items.map((item) => (
          <li key={item.id}>
            <Link to={item.to}>{item.label}</Link>
            {item.detail && <span className="muted"> · {item.detail}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** One search box over bodies, people and organisations; the words searched for stay in the address (?q=). */
export function DirectorySearchPage() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const text = searchParams.get('q') ?? '';
  const q = useDebounced(text.trim(), 300);
  const search = useDirectorySearch(q);
  const found = search.data;
  const count = found ? found.bodies.length + found.persons.length + found.organizations.length : 0;

  return (
    <div className="stack stack--large">
      <div className="stack">
        <PageHeading title={t('search.title')}>{t('search.title')}</PageHeading>
        <DirectoryNav />
        <p>{t('search.intro')}</p>
      </div>
      <div role="search">
        <SearchField
          className="field search"
          value={text}
          onChange={(value) => setSearchParams(value ? { q: value } : {}, { replace: true })}
          autoFocus
        >
          <Label className="field__label">{t('search.label')}</Label>
          <Input className="field__input" />
        </SearchField>
      </div>
      {q && <QueryState isPending={search.isPending} error={search.error} onRetry={() => void search.refetch()} />}
      {q && found && (
        <>
          <p role="status" className="muted">
            {count === 0 ? t('search.nothing', { q }) : t('search.found', { count })}
          </p>
          <ResultGroup
            id="search-bodies"
            title={t('directory.bodiesTitle')}
            items={found.bodies.map((b) => ({ id: b.id, to: links.body(b.id), label: b.name, detail: t(`directory.bodyKinds.${b.kind}`) }))}
          />
          <ResultGroup
            id="search-people"
            title={t('people.title')}
            items={found.persons.map((p) => ({ id: p.id, to: links.person(p.id), label: personName(p), detail: p.organization?.name ?? null }))}
          />
          <ResultGroup
            id="search-organizations"
            title={t('directory.organizationsTitle')}
            items={found.organizations.map((o) => ({ id: o.id, to: links.organization(o.id), label: o.name, detail: o.shortName }))}
          />
        </>
      )}
    </div>
  );
}
