import { useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useCallback } from 'react';
import { sampleOffer } from '../../../shared/model/sample-offer';
import { api, errorMessage } from '../../app/api-client';
import { queryKeys, refreshAfterChange } from '../../app/queries';

/**
 * 载入示例资料 after the welcome screen: asks first, saying what it adds and that nothing in the
 * library changes; when every sample document is here already (or in the 回收站) it says so instead.
 */
export function useLoadSample(): () => Promise<void> {
  const { modal, message } = App.useApp();
  const queryClient = useQueryClient();
  return useCallback(async () => {
    let offer;
    try {
      offer = sampleOffer(await queryClient.fetchQuery({ queryKey: queryKeys.sampleStatus, queryFn: () => api['library.sampleStatus']({}), staleTime: 0 }));
    } catch (error) {
      void message.error(errorMessage(error));
      return;
    }
    const content = offer.paragraphs.map((text, index) => (
      <p key={index} style={{ marginTop: 0, marginBottom: index === offer.paragraphs.length - 1 ? 0 : 8 }}>
        {text}
      </p>
    ));
    if (offer.okText === null) {
      modal.info({ title: offer.title, content, okText: '知道了' });
      return;
    }
    modal.confirm({
      title: offer.title,
      content,
      okText: offer.okText,
      cancelText: '取消',
      onOk: async () => {
        try {
          const result = await api['library.loadSample']({});
          void message.success(`已载入示例资料 ${result.imported} 份`);
        } catch (error) {
          void message.error(errorMessage(error));
        } finally {
          void refreshAfterChange(queryClient);
        }
      },
    });
  }, [modal, message, queryClient]);
}
