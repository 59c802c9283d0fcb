import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/**
 * After client-side navigation, moves focus to the new page's h1 (or to the element the #hash names),
 * so keyboard and screen-reader users start on the new content and hear where they are. The first page
 * load keeps the browser's default.
 */
export function RouteFocus() {
  const { pathname, hash } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const frame = requestAnimationFrame(() => {
      const target = hash ? document.getElementById(decodeURIComponent(hash.slice(1))) : null;
      const heading = document.querySelector<HTMLElement>('main h1');
      (target ?? heading ?? document.getElementById('main'))?.focus();
      target?.scrollIntoView({ block: 'start' });
    });
    return () => cancelAnimationFrame(frame);
  }, [pathname, hash]);
  return null;
}
