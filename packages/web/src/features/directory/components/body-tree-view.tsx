import { useId } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { links } from '../../../config/paths';
import type { BodyNode } from '../body-tree';
import { RoleBadges } from './role-badges';

interface TreeProps {
  nodes: readonly BodyNode[];
  expanded: ReadonlySet<string>;
  onToggle: (id: string) => void;
}

function TreeItem({ node, expanded, onToggle }: { node: BodyNode } & Omit<TreeProps, 'nodes'>) {
  const { t } = useTranslation();
  const groupId = useId();
  const { body, children } = node;
  const isOpen = expanded.has(body.id);
  return (
    <li className="body-tree__item">
      <div className="body-tree__row">
        {children.length > 0 ? (
          <button
            type="button"
            className="body-tree__toggle"
            aria-expanded={isOpen}
            aria-controls={groupId}
            aria-label={t(isOpen ? 'directory.collapse' : 'directory.expand', { name: body.name })}
            onClick={() => onToggle(body.id)}
          >
            <span aria-hidden="true">{isOpen ? '▾' : '▸'}</span>
          </button>
        ) : (
          <span className="body-tree__spacer" aria-hidden="true" />
        )}
        <span className="body-tree__label">
          <span>
            <Link to={links.body(body.id)} className="body-tree__link">
              {body.name}
            </Link>
            {body.shortName && <span className="muted"> ({body.shortName})</span>}
          </span>
          <span className="badges">
            <span className="badge badge--muted">{t(`directory.bodyKinds.${body.kind}`)}</span>
            <RoleBadges roles={body.myRoles} />
          </span>
        </span>
      </div>
      {children.length > 0 && (
        <ul id={groupId} className="body-tree__group" hidden={!isOpen}>
          {children.map((child) => (
            <TreeItem key={child.body.id} node={child} expanded={expanded} onToggle={onToggle} />
          ))}
        </ul>
      )}
    </li>
  );
}

/**
 * Bodies nested under their parents. Each body with sub-bodies has a disclosure button, so the tree is
 * operated with Tab, Enter and Space like any other list of links.
 */
export function BodyTreeView({ nodes, expanded, onToggle, label }: TreeProps & { label: string }) {
  return (
    <ul className="body-tree" aria-label={label}>
      {nodes.map((node) => (
        <TreeItem key={node.body.id} node={node} expanded={expanded} onToggle={onToggle} />
      ))}
    </ul>
  );
}
