import { lazy, Suspense, useMemo, type ReactNode } from 'react';
import { BrowserRouter, Navigate, Route, Routes, useLocation } from 'react-router';
import { ApiContext, createApi } from './api/clients';
import { SessionProvider, useSession } from './api/session';
import { Layout } from './components/Layout';
import { Loading } from './components/Problem';
import type { RuntimeConfig } from './config';
import DashboardScreen from './screens/dashboard/DashboardScreen';
import SignIn from './screens/SignIn';

// The dashboard is the landing page and comes with the first script; every other screen is its
// own chunk, loaded when it is opened.
const ScorecardListScreen = lazy(() => import('./screens/scorecard/ScorecardListScreen'));
const ScorecardScreen = lazy(() => import('./screens/scorecard/ScorecardScreen'));
const KpiScreen = lazy(() => import('./screens/kpi/KpiScreen'));
const MyRealizationsScreen = lazy(() => import('./screens/realizations/MyRealizationsScreen'));
const VerificationScreen = lazy(() => import('./screens/verification/VerificationScreen'));
const ReplayScreen = lazy(() => import('./screens/replay/ReplayScreen'));
const OrgScreen = lazy(() => import('./screens/org/OrgScreen'));
const PlanEditorScreen = lazy(() => import('./screens/plan/PlanEditorScreen'));
const AgreementScreen = lazy(() => import('./screens/agreement/AgreementScreen'));
const PlanImportScreen = lazy(() => import('./screens/planImport/PlanImportScreen'));
const PoliciesScreen = lazy(() => import('./screens/policies/PoliciesScreen'));
const SakipScreen = lazy(() => import('./screens/sakip/SakipScreen'));
const VfmScreen = lazy(() => import('./screens/vfm/VfmScreen'));
const RecommendationsScreen = lazy(() => import('./screens/recommendations/RecommendationsScreen'));
const ReportsScreen = lazy(() => import('./screens/reports/ReportsScreen'));
const PortalScreen = lazy(() => import('./screens/portal/PortalScreen'));

/** Every signed-in screen by path; each path is rendered inside the Layout. */
const SIGNED: [string, ReactNode][] = [
  ['/', <DashboardScreen />],
  ['/scorecards', <ScorecardListScreen />],
  ['/scorecards/:scorecardId', <ScorecardScreen />],
  ['/scorecards/:scorecardId/agreement', <AgreementScreen />],
  ['/kpis/:kpiId', <KpiScreen />],
  ['/my-realizations', <MyRealizationsScreen />],
  ['/verification', <VerificationScreen />],
  ['/replay', <ReplayScreen />],
  ['/replay/:scorecardId', <ReplayScreen />],
  ['/org', <OrgScreen />],
  ['/plan', <PlanEditorScreen />],
  ['/plan/:scorecardId', <PlanEditorScreen />],
  ['/plan-import', <PlanImportScreen />],
  ['/policies', <PoliciesScreen />],
  ['/sakip', <SakipScreen />],
  ['/sakip/:unitId/:year', <SakipScreen />],
  ['/vfm', <VfmScreen />],
  ['/recommendations', <RecommendationsScreen />],
  ['/reports', <ReportsScreen />],
];

function Signed({ children }: { children: ReactNode }) {
  const { session } = useSession();
  const location = useLocation();
  if (!session) return <Navigate to="/sign-in" replace state={{ from: location.pathname }} />;
  return (
    <Layout>
      <Suspense fallback={<Loading />}>{children}</Suspense>
    </Layout>
  );
}

function WithApi({ config, children }: { config: RuntimeConfig; children: ReactNode }) {
  const { session } = useSession();
  const token = session?.token;
  const api = useMemo(() => createApi(config, () => token), [config, token]);
  return <ApiContext.Provider value={api}>{children}</ApiContext.Provider>;
}

export function App({ config }: { config: RuntimeConfig }) {
  return (
    <SessionProvider>
      <WithApi config={config}>
        <BrowserRouter>
          <Routes>
            <Route path="/sign-in" element={<SignIn config={config} />} />
            {SIGNED.map(([path, screen]) => (
              <Route key={path} path={path} element={<Signed>{screen}</Signed>} />
            ))}
            {/* The public portal: no sign-in, published results only. */}
            <Route
              path="/public/*"
              element={
                <Suspense fallback={<Loading />}>
                  <PortalScreen />
                </Suspense>
              }
            />
            <Route path="*" element={<Navigate to="/" replace />} />
          </Routes>
        </BrowserRouter>
      </WithApi>
    </SessionProvider>
  );
}
