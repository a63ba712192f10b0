import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { isValidId } from '../shared/names.ts';
import { DossierPage } from './pages/DossierPage.tsx';
import { HomePage } from './pages/HomePage.tsx';
import { Notice } from './components/Notice.tsx';
import './styles.css';

function route() {
  const match = /^\/c\/([^/]+)\/?$/.exec(location.pathname);
  if (match) {
    const id = match[1]!;
    return isValidId(id) ? <DossierPage consortiumId={id} /> : <Notice title="No such consortium" />;
  }
  if (location.pathname === '/') return <HomePage />;
  return <Notice title="Page not found" body="Check the link, or open your invitation link again." />;
}

createRoot(document.getElementById('root')!).render(<StrictMode>{route()}</StrictMode>);
