import { createBrowserRouter } from 'react-router';
import { AppLayout } from '../components/layouts/app-layout';
import { PublicLayout } from '../components/layouts/public-layout';
import { paths } from '../config/paths';
import { AuditPage } from '../features/audit/components/audit-page';
import { BodiesPage } from '../features/directory/components/bodies-page';
import { BodyPage } from '../features/directory/components/body-page';
import { DirectorySearchPage } from '../features/directory/components/directory-search-page';
import { ImportExportPage } from '../features/directory-transfer/components/import-export-page';
import { MembershipHistoryPage } from '../features/directory/components/membership-history-page';
import { PeoplePage } from '../features/directory/components/people-page';
import { PersonPage } from '../features/directory/components/person-page';
import { OrganizationPage } from '../features/directory/components/organization-page';
import { OrganizationsPage } from '../features/directory/components/organizations-page';
import { MySessionsPage } from '../features/sessions/components/my-sessions-page';
import { SessionPage } from '../features/sessions/components/session-page';
import { ForgotPasswordPage } from '../features/auth/components/forgot-password-page';
import { ResetPasswordPage } from '../features/auth/components/reset-password-page';
import { SignInPage } from '../features/auth/components/sign-in-page';
import { HomePage } from '../features/home/components/home-page';
import { EnrolTotpPage } from '../features/me/components/enrol-totp-page';
import { ProfilePage } from '../features/me/components/profile-page';
import { UsersPage } from '../features/users/components/users-page';
import { CrashPage } from './crash-page';
import { RedirectIfSignedIn, RequireAbility, RequireAuth } from './guards';
import { NotFoundRoute } from './not-found-page';
import { Root } from './root';

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
          children: [{ path: paths.resetPassword, element: <ResetPasswordPage /> }],
        },
        {
          element: <RequireAuth />,
          children: [
            {
              element: <AppLayout />,
              children: [
                { path: paths.home, element: <HomePage /> },
                { path: paths.enrolTotp, element: <EnrolTotpPage /> },
                { path: paths.profile, element: <ProfilePage /> },
                { path: paths.directory, element: <BodiesPage /> },
                { path: paths.body, element: <BodyPage /> },
                { path: paths.organizations, element: <OrganizationsPage /> },
                { path: paths.organization, element: <OrganizationPage /> },
                { path: paths.bodyHistory, element: <MembershipHistoryPage /> },
                { path: paths.directorySearch, element: <DirectorySearchPage /> },
                { path: paths.directoryTransfer, element: <ImportExportPage /> },
                { path: paths.people, element: <PeoplePage /> },
                { path: paths.person, element: <PersonPage /> },
                { path: paths.mySessions, element: <MySessionsPage /> },
                { path: paths.session, element: <SessionPage /> },
                {
                  path: paths.adminUsers,
                  element: (
                    <RequireAbility ability="listUsers">
                      <UsersPage />
                    </RequireAbility>
                  ),
                },
                {
                  path: paths.adminAudit,
                  element: (
                    <RequireAbility ability="readAudit">
                      <AuditPage />
                    </RequireAbility>
                  ),
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
