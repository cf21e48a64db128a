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
            <Route
              path="/"
              element={
                <Signed>
                  <DashboardScreen />
                </Signed>
              }
            />
            <Route
              path="/scorecards"
              element={
                <Signed>
                  <ScorecardListScreen />
                </Signed>
              }
            />
            <Route
              path="/scorecards/:scorecardId"
              element={
                <Signed>
                  <ScorecardScreen />
                </Signed>
              }
            />
            <Route
              path="/kpis/:kpiId"
              element={
                <Signed>
                  <KpiScreen />
                </Signed>
              }
            />
            <Route
              path="/my-realizations"
              element={
                <Signed>
                  <MyRealizationsScreen />
                </Signed>
              }
            />
            <Route
              path="/verification"
              element={
                <Signed>
                  <VerificationScreen />
                </Signed>
              }
            />
            <Route
              path="/replay"
              element={
                <Signed>
                  <ReplayScreen />
                </Signed>
              }
            />
            <Route
              path="/replay/:scorecardId"
              element={
                <Signed>
                  <ReplayScreen />
                </Signed>
              }
            />
            <Route path="*" element={<Navigate to="/" replace />} />
          </Routes>
        </BrowserRouter>
      </WithApi>
    </SessionProvider>
  );
}
