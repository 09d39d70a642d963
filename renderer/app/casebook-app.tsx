import { ReloadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Spin } from 'antd';
import { useState, useSyncExternalStore } from 'react';
import { CasebookError } from '../../shared/api/errors';
import { FullPageMessage } from '../components/full-page-message';
import { WelcomeScreen } from '../features/welcome/welcome-screen';
import { api, errorMessage, isUnauthorized, subscribeUnauthorized, UNAUTHORIZED_MESSAGE } from './api-client';
import { AppShell } from './app-shell';
import { NavigationProvider, type View } from './navigation';
import { queryKeys } from './queries';
import { useLiveRefresh } from './use-live-refresh';

const LIBRARY_ERROR_TITLES: Partial<Record<CasebookError['code'], string>> = {
  LIBRARY_LOCKED: '资料库正被占用',
  LIBRARY_NOT_SQLITE: '这不是案例库的资料库',
  LIBRARY_TOO_NEW: '资料库来自更新版本的案例库',
  LIBRARY_UNAVAILABLE: '无法打开资料库',
};

/** Decides what the window shows: the token page, a library error, the first-start welcome, or the app. */
export function CasebookApp() {
  const unauthorized = useSyncExternalStore(subscribeUnauthorized, isUnauthorized);
  const info = useQuery({ queryKey: queryKeys.libraryInfo, queryFn: () => api['library.info']({}) });
  // A reviewer who starts by opening the 评审包 they were sent goes straight to it.
  const [startView, setStartView] = useState<View | undefined>(undefined);
  useLiveRefresh();

  if (unauthorized || (info.error instanceof CasebookError && info.error.code === 'UNAUTHORIZED')) {
    return <FullPageMessage status="403" title="无法访问案例库" subTitle={UNAUTHORIZED_MESSAGE} />;
  }
  if (info.isPending) {
    return (
      <div style={{ height: '100%', display: 'flex', alignItems: 'center', justifyContent: 'center' }}>
        <Spin size="large" description="正在打开资料库…" />
      </div>
    );
  }
  if (info.isError) {
    const code = info.error instanceof CasebookError ? info.error.code : 'INTERNAL';
    return (
      <FullPageMessage
        status="error"
        title={LIBRARY_ERROR_TITLES[code] ?? '无法打开资料库'}
        subTitle={errorMessage(info.error)}
        extra={
          <Button type="primary" icon={<ReloadOutlined />} loading={info.isFetching} onClick={() => void info.refetch()}>
            重试
          </Button>
        }
      />
    );
  }
  if (info.data.offerSample) return <WelcomeScreen onReviewPackageOpened={(workspaceId) => setStartView({ name: 'selection', roundId: null, workspaceId })} />;
  return (
    <NavigationProvider initialView={startView}>
      <AppShell info={info.data} />
    </NavigationProvider>
  );
}
