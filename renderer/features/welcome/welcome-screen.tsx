import { AuditOutlined, BookOutlined, FileAddOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { App, Button, Card, Flex, Spin, Typography } from 'antd';
import { useState } from 'react';
import { api, errorMessage } from '../../app/api-client';
import { queryKeys, useWrite } from '../../app/queries';
import { MOD } from '../../components/mod-key';
import { RestoreBackupButton } from '../exchange/restore-backup-button';
import { readBase64 } from '../import/picked-files';
import { ReviewPackagePicker } from '../review-workspace/review-package-picker';

/**
 * First start with an empty library: offer the sample library or an empty start; a reviewer who was
 * sent a 评审包 can open it at once (the library then starts empty).
 */
export function WelcomeScreen({ onReviewPackageOpened }: { onReviewPackageOpened: (workspaceId: string) => void }) {
  const { message } = App.useApp();
  const loadSample = useWrite('library.loadSample');
  const decline = useWrite('library.declineSample');
  const [opening, setOpening] = useState(false);
  const busy = loadSample.isPending || decline.isPending || opening;

  const openPackage = async (file: File) => {
    setOpening(true);
    try {
      const opened = await api['reviewWorkspaces.open']({ source: { fileName: file.name, contentBase64: await readBase64(file) } });
      onReviewPackageOpened(opened.id);
      await decline.mutateAsync({});
    } catch (error) {
      void message.error(`无法打开评审包“${file.name}”：${errorMessage(error)}`, 8);
    } finally {
      setOpening(false);
    }
  };
  // The count the button promises is the sample's own, not a figure written into the text.
  const sample = useQuery({ queryKey: queryKeys.sampleStatus, queryFn: () => api['library.sampleStatus']({}) });

  return (
    <main style={{ minHeight: '100%', display: 'flex', alignItems: 'center', justifyContent: 'center', padding: 24 }}>
      <Card style={{ maxWidth: 620, width: '100%', boxShadow: '0 6px 28px rgba(60, 30, 20, 0.08)' }} styles={{ body: { padding: 40 } }}>
        <Spin spinning={loadSample.isPending} description="正在载入示例资料，请稍候…">
          <Typography.Title level={2} style={{ marginTop: 0, color: '#9f1f25' }}>
            欢迎使用案例库
          </Typography.Title>
          <Typography.Paragraph style={{ fontSize: 15, lineHeight: 1.9 }}>
            {'案例库帮助住建系统党建工作人员收集、整理和检索“红色工地”相关的政策文件、典型案例、支部做法和新闻报道，所有资料都保存在这台电脑上，无需联网。' +
              '初次使用可以先载入示例资料库，看看资料、标签和检索是怎样配合使用的；也可以直接从空资料库开始，导入自己的文件。'}
          </Typography.Paragraph>
          <Flex vertical gap={12} style={{ marginTop: 28 }}>
            <Button
              type="primary"
              size="large"
              icon={<BookOutlined />}
              disabled={busy}
              loading={loadSample.isPending}
              onClick={() => loadSample.mutate({})}
            >
              {sample.data ? `载入示例资料库（${sample.data.documents} 份示例资料）` : '载入示例资料库'}
            </Button>
            <Button size="large" icon={<FileAddOutlined />} disabled={busy} loading={decline.isPending} onClick={() => decline.mutate({})}>
              从空资料库开始
            </Button>
            <RestoreBackupButton size="large" block />
            <ReviewPackagePicker size="large" icon={<AuditOutlined />} disabled={busy} loading={opening} label="我是评审人：打开收到的评审包" onPick={(file) => void openPackage(file)} />
          </Flex>
          <Typography.Paragraph type="secondary" style={{ marginTop: 20, marginBottom: 0, fontSize: 13 }}>
            {`示例资料是为演示编写的，不是真实文件；以后可以在回收站中删除。从空资料库开始后，也可以在“帮助”菜单或命令面板（${MOD}+Shift+P）中载入示例资料。`}
          </Typography.Paragraph>
        </Spin>
      </Card>
    </main>
  );
}
