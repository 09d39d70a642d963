import { useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useCallback } from 'react';
import { api, errorMessage } from '../../app/api-client';
import { useNavigation } from '../../app/navigation';
import { queryKeys } from '../../app/queries';
import { readBase64 } from '../import/picked-files';

export const REVIEW_PACKAGE_EXTENSION = '.cbreview';

export function isReviewPackageName(name: string): boolean {
  return name.toLowerCase().endsWith(REVIEW_PACKAGE_EXTENSION);
}

/**
 * Opens a 评审包 this user was sent (as a reviewer) in its 评审工作台: checked by the engine, kept apart
 * from the library, then shown. Opening the same reviewer's package again keeps the scores typed so far.
 */
export function useOpenReviewPackage(): (file: File) => Promise<boolean> {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const navigation = useNavigation();
  return useCallback(
    async (file: File) => {
      try {
        const opened = await api['reviewWorkspaces.open']({ source: { fileName: file.name, contentBase64: await readBase64(file) } });
        queryClient.setQueryData(queryKeys.reviewWorkspace(opened.id), opened);
        void queryClient.invalidateQueries({ queryKey: queryKeys.reviewWorkspaces });
        void message.success(
          opened.reopened
            ? `评审包“${opened.roundName}”已更新（${opened.caseCount} 个案例），之前的评分已保留。`
            : `已打开评审包“${opened.roundName}”：${opened.caseCount} 个案例，评审人 ${opened.reviewer}。`,
        );
        navigation.showReviewWorkspace(opened.id);
        return true;
      } catch (error) {
        void message.error(`无法打开评审包“${file.name}”：${errorMessage(error)}`, 8);
        return false;
      }
    },
    [message, queryClient, navigation],
  );
}
