import { Outlet, ScrollRestoration } from 'react-router';
import { RouteFocus } from './route-focus';

export function Root() {
  return (
    <>
      <RouteFocus />
      <ScrollRestoration />
      <Outlet />
    </>
  );
}
