import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { loadRuntimeConfig } from './config';
import { initI18n } from './i18n';
import './styles.css';

initI18n();
const root = createRoot(document.getElementById('root')!);
loadRuntimeConfig().then(
  (config) =>
    root.render(
      <StrictMode>
        <App config={config} />
      </StrictMode>,
    ),
  (error: unknown) =>
    root.render(
      <main id="main">
        <h1>Capaian</h1>
        <p role="alert">config.json: {String(error)}</p>
      </main>,
    ),
);
