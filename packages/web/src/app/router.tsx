import type { ComponentType } from 'react';
import { createBrowserRouter } from 'react-router';
import { AppLayout } from '../components/layouts/app-layout';
import { PublicLayout } from '../components/layouts/public-layout';
import { paths } from '../config/paths';
import { ForgotPasswordPage } from '../features/auth/components/forgot-password-page';
import { ResetPasswordPage } from '../features/auth/components/reset-password-page';
import { SignInPage } from '../features/auth/components/sign-in-page';
import { HomePage } from '../features/home/components/home-page';
import { EnrolTotpPage } from '../features/me/components/enrol-totp-page';
import { CrashPage } from './crash-page';
import { RedirectIfSignedIn, RequireAbility, RequireAuth } from './guards';
import { NotFoundRoute } from './not-found-page';
import { Root } from './root';

/** A route's page from its own chunk, loaded when the route is first visited. */
function page<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return { lazy: async () => ({ Component: (await load())[name] }) };
}

/**
 * Pages behind sign-in load as their own chunks (`lazy`), so the first visit downloads only the shell, the
 * sign-in pages and the home page; the router waits for a page's chunk before it switches to it.
 */
export function createRouter() {
  return createBrowserRouter([
    {
      element: <Root />,
      errorElement: <CrashPage />,
      children: [
        {
          element: <RedirectIfSignedIn />,
          children: [
            {
              element: <PublicLayout />,
              children: [
                { path: paths.signIn, element: <SignInPage /> },
                { path: paths.forgotPassword, element: <ForgotPasswordPage /> },
              ],
            },
          ],
        },
        {
          element: <PublicLayout />,
          children: [
            { path: paths.resetPassword, element: <ResetPasswordPage /> },
            { path: paths.invitationAnswer, ...page(() => import('../features/session-invitations/components/invitation-answer-page'), 'InvitationAnswerPage') },
          ],
        },
        {
          // for visitors and signed-in users alike, in a column wide enough to read a document
          element: <PublicLayout wide />,
          children: [{ path: paths.publicMinutes, ...page(() => import('../features/minutes/components/public-minutes-page'), 'PublicMinutesPage') }],
        },
        {
          element: <RequireAuth />,
          children: [
            { path: paths.meetingScreen, ...page(() => import('../features/meeting/components/big-screen-page'), 'BigScreenPage') },
            {
              element: <AppLayout />,
              children: [
                { path: paths.home, element: <HomePage /> },
                { path: paths.enrolTotp, element: <EnrolTotpPage /> },
                { path: paths.profile, ...page(() => import('../features/me/components/profile-page'), 'ProfilePage') },
                { path: paths.directory, ...page(() => import('../features/directory/components/bodies-page'), 'BodiesPage') },
                { path: paths.body, ...page(() => import('../features/directory/components/body-page'), 'BodyPage') },
                { path: paths.organizations, ...page(() => import('../features/directory/components/organizations-page'), 'OrganizationsPage') },
                { path: paths.organization, ...page(() => import('../features/directory/components/organization-page'), 'OrganizationPage') },
                { path: paths.bodyHistory, ...page(() => import('../features/directory/components/membership-history-page'), 'MembershipHistoryPage') },
                { path: paths.directorySearch, ...page(() => import('../features/directory/components/directory-search-page'), 'DirectorySearchPage') },
                { path: paths.directoryTransfer, ...page(() => import('../features/directory-transfer/components/import-export-page'), 'ImportExportPage') },
                { path: paths.people, ...page(() => import('../features/directory/components/people-page'), 'PeoplePage') },
                { path: paths.person, ...page(() => import('../features/directory/components/person-page'), 'PersonPage') },
                { path: paths.mySessions, ...page(() => import('../features/sessions/components/my-sessions-page'), 'MySessionsPage') },
                { path: paths.session, ...page(() => import('../features/sessions/components/session-page'), 'SessionPage') },
                { path: paths.meetingRoom, ...page(() => import('../features/meeting/components/meeting-room-page'), 'MeetingRoomPage') },
                { path: paths.sessionMinutes, ...page(() => import('../features/minutes/components/minutes-page'), 'MinutesPage') },
                { path: paths.decisions, ...page(() => import('../features/decisions/components/decisions-page'), 'DecisionsPage') },
                { path: paths.decision, ...page(() => import('../features/decisions/components/decision-page'), 'DecisionPage') },
                { path: paths.calendar, ...page(() => import('../features/series/components/calendar-page'), 'CalendarPage') },
                {
                  element: <RequireAbility ability="listUsers" />,
                  children: [{ path: paths.adminUsers, ...page(() => import('../features/users/components/users-page'), 'UsersPage') }],
                },
                {
                  element: <RequireAbility ability="readAudit" />,
                  children: [{ path: paths.adminAudit, ...page(() => import('../features/audit/components/audit-page'), 'AuditPage') }],
                },
              ],
            },
          ],
        },
        { path: '*', element: <NotFoundRoute /> },
      ],
    },
  ]);
}
