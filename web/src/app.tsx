import { BrowserRouter, Route, Routes } from 'react-router';
import { SiteLayout } from './layout/site-layout.js';
import { AboutPage } from './pages/about-page.js';
import { FrontPage } from './pages/front-page.js';
import { NotFoundPage } from './pages/not-found-page.js';

export function App() {
  return (
    <BrowserRouter>
      <Routes>
        <Route element={<SiteLayout />}>
          <Route index element={<FrontPage />} />
          <Route path="om" element={<AboutPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </BrowserRouter>
  );
}
