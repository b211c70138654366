import { lazy, Suspense, type ReactNode } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { Loading } from './components/loading.js';
import { SiteLayout } from './layout/site-layout.js';
import { AboutPage } from './pages/about-page.js';
import { AccessibilityRoute } from './pages/accessibility-route.js';
import { AccessibilityStatementPage } from './pages/accessibility-statement-page.js';
import { DistrictPage } from './pages/district-page.js';
import { FrontPage } from './pages/front-page.js';
import { MunicipalityPage } from './pages/municipality-page.js';
import { NotFoundPage } from './pages/not-found-page.js';
import { OfficePage } from './pages/office-page.js';
import { OrganisationPage } from './pages/organisation-page.js';
import { ReformPage } from './pages/reform-page.js';
import { SearchPage } from './pages/search-page.js';
import { SignInPage } from './pages/sign-in-page.js';
import { SpecialAgenciesPage } from './pages/special-agencies-page.js';
import { SpecialAgencyPage } from './pages/special-agency-page.js';
import { StationDistrictPage } from './pages/station-district-page.js';

// The planner's pages (and the schemas they check answers with) load only when visited.
const PlannerPage = lazy(() => import('./pages/planner-page.js').then((m) => ({ default: m.PlannerPage })));
const ScenarioPage = lazy(() => import('./pages/scenario-page.js').then((m) => ({ default: m.ScenarioPage })));
const ClosingCostsPage = lazy(() => import('./pages/closing-costs-page.js').then((m) => ({ default: m.ClosingCostsPage })));
const OptimizerPage = lazy(() => import('./pages/optimizer-page.js').then((m) => ({ default: m.OptimizerPage })));
const planner = (page: ReactNode) => <Suspense fallback={<Loading />}>{page}</Suspense>;

/** The site's pages; every one also takes ?dato=ÅÅÅÅ-MM-DD (see date/use-structure-date.ts). */
export function App() {
  return (
    <BrowserRouter>
      <Routes>
        <Route element={<SiteLayout />}>
          <Route index element={<FrontPage />} />
          <Route path="politidistrikt/:id" element={<DistrictPage />} />
          <Route path="tjenesteenhet/:id" element={<StationDistrictPage />} />
          <Route path="tjenestested/:id" element={<OfficePage />} />
          <Route path="kommune/:number" element={<MunicipalityPage />} />
          <Route path="saerorgan" element={<SpecialAgenciesPage />} />
          <Route path="saerorgan/:id" element={<SpecialAgencyPage />} />
          <Route path="organisering" element={<OrganisationPage />} />
          <Route path="endringer" element={<ReformPage />} />
          <Route path="tilgjengelighet" element={<AccessibilityRoute />} />
          <Route path="sok" element={<SearchPage />} />
          <Route path="om" element={<AboutPage />} />
          <Route path="tilgjengelighetserklaering" element={<AccessibilityStatementPage />} />
          <Route path="logg-inn" element={<SignInPage />} />
          <Route path="planlegger" element={planner(<PlannerPage />)} />
          <Route path="planlegger/kostnader" element={planner(<ClosingCostsPage />)} />
          <Route path="planlegger/optimering" element={planner(<OptimizerPage />)} />
          <Route path="planlegger/:id" element={planner(<ScenarioPage />)} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </BrowserRouter>
  );
}
