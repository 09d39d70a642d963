import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initApiClient } from './api-client';
import { CasebookApp } from './casebook-app';
import { createQueryClient } from './queries';
import { casebookTheme } from './theme';
import './styles.css';

// Take the browser-mode token out of the address bar before anything else runs.
initApiClient();

const queryClient = createQueryClient();
const container = document.getElementById('root');
if (!container) throw new Error('#root missing from index.html');

createRoot(container).render(
  <StrictMode>
    <ConfigProvider locale={zhCN} theme={casebookTheme} button={{ autoInsertSpace: false }}>
      <AntApp style={{ height: '100%' }} message={{ maxCount: 3 }}>
        <QueryClientProvider client={queryClient}>
          <CasebookApp />
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  </StrictMode>,
);
