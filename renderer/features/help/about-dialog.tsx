import { useQuery } from '@tanstack/react-query';
import { Button, Descriptions, Modal, Table, Typography } from 'antd';
import { api } from '../../app/api-client';
import { queryKeys } from '../../app/queries';
import { THIRD_PARTY_CREDITS } from './third-party-credits';

/** 关于案例库: the version, where this library lives, and the open-source work Casebook is built on. */
export function AboutDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const info = useQuery({ queryKey: queryKeys.libraryInfo, queryFn: () => api['library.info']({}), enabled: open });
  return (
    <Modal open={open} title="关于案例库" width={640} onCancel={onClose} footer={<Button onClick={onClose}>关闭</Button>}>
      <Typography.Paragraph>
        案例库（Casebook）是“红色工地”党建资料与典型案例的离线知识库。所有资料、索引和文字识别都在这台电脑上完成，不联网。
      </Typography.Paragraph>
      <Descriptions
        size="small"
        column={1}
        bordered
        items={[
          { key: 'version', label: '版本', children: info.data?.appVersion ?? '…' },
          {
            key: 'path',
            label: '资料库位置',
            children: info.data ? <Typography.Text copyable={{ tooltips: ['复制路径', '已复制'] }}>{info.data.path}</Typography.Text> : '…',
          },
        ]}
      />
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        使用的开源软件
      </Typography.Title>
      <Table
        size="small"
        pagination={false}
        scroll={{ y: 260 }}
        rowKey="name"
        aria-label="使用的开源软件"
        dataSource={[...THIRD_PARTY_CREDITS]}
        columns={[
          { title: '名称', dataIndex: 'name', width: '40%' },
          { title: '用途', dataIndex: 'use' },
          { title: '许可证', dataIndex: 'license', width: 120 },
        ]}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0, fontSize: 12 }}>
        案例库建立在这些开源项目之上，感谢它们的作者。
      </Typography.Paragraph>
    </Modal>
  );
}
