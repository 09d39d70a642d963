import { Alert, Button, Checkbox, Flex, Input, List, Modal, Radio, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { ReviewPackageFormat, ReviewPackageResult, RoundDetail } from '../../../shared/model/selection';
import { downloadBase64 } from '../exchange/download';
import { useWrite } from '../../app/queries';

function when(iso: string): string {
  return new Date(iso).toLocaleString('zh-CN', { hour12: false });
}

const MIME_TYPES: Record<ReviewPackageFormat, string> = { package: 'application/zip', html: 'text/html' };

/**
 * 评审包: one file per reviewer to score on their own computer (盲评 removes unit and person names;
 * the reviewer's unit withholds that unit's cases, 回避) — a .cbreview for Casebook, or one offline
 * web page for a reviewer without it — and who has returned scores so far. The returned 评分结果
 * files come back through 导入, which recognises them by content.
 */
export function ReviewPackagesDialog({ round, onClose }: { round: RoundDetail; onClose: () => void }) {
  const make = useWrite('rounds.package');
  const [blind, setBlind] = useState(true);
  const [format, setFormat] = useState<ReviewPackageFormat>('package');
  const [units, setUnits] = useState<Record<string, string>>({});
  const [made, setMade] = useState<ReviewPackageResult | null>(null);

  const generate = async (reviewer: string) => {
    const unit = units[reviewer]?.trim();
    const result = await make.mutateAsync({ roundId: round.id, reviewer, blind, format, ...(unit ? { unit } : {}) });
    if (result.contentBase64) downloadBase64(result.fileName, result.contentBase64, MIME_TYPES[result.format]);
    setMade(result);
  };

  return (
    <Modal open width={760} title="评审包与评分结果" footer={<Button onClick={onClose}>关闭</Button>} onCancel={onClose} destroyOnHidden>
      <Typography.Paragraph>
        为每位评审人生成一个评审包（评分标准和当前阶段的案例），由评审人在自己的电脑上评分后交回评分结果文件。评审人的电脑上装有案例库时选“案例库评审包”；没有时选“离线网页”，用浏览器打开即可阅读、评分并保存评分结果。交回的文件用“导入”导入即可，案例库按内容识别并填入该评审人的评分。
      </Typography.Paragraph>
      <Flex vertical gap={8} style={{ marginBottom: 12 }}>
        <Radio.Group aria-label="评审包的文件格式" value={format} onChange={(event) => setFormat(event.target.value as ReviewPackageFormat)}>
          <Radio value="package">案例库评审包 .cbreview</Radio>
          <Radio value="html">离线网页 .html（评审人无需安装案例库）</Radio>
        </Radio.Group>
        <Checkbox checked={blind} onChange={(event) => setBlind(event.target.checked)}>
          盲评：评审包中去掉单位名称、人名和来源行
        </Checkbox>
      </Flex>
      {made && (
        <Alert
          type="success"
          showIcon
          closable={{ onClose: () => setMade(null) }}
          style={{ marginBottom: 12 }}
          title={`已生成“${made.reviewer}”的${made.format === 'html' ? '离线评审网页' : '评审包'}：${made.count} 个案例${made.blind ? '（盲评）' : ''}${made.abstained.length > 0 ? `，回避 ${made.abstained.length} 个` : ''}。`}
        />
      )}
      <Typography.Text strong>
        已交回 {round.returnedReviewers.length} 位：{round.returnedReviewers.join('、') || '无'}；未交回 {round.outstandingReviewers.length} 位：{round.outstandingReviewers.join('、') || '无'}
      </Typography.Text>
      <List
        aria-label="评审人"
        style={{ marginTop: 8 }}
        bordered
        dataSource={round.reviewerStatus}
        locale={{ emptyText: '还没有评审人，请先在“评选设置”中添加。' }}
        renderItem={(status) => (
          <List.Item
            actions={[
              <Input
                key="unit"
                aria-label={`${status.reviewer}所在单位（回避）`}
                placeholder="所在单位（回避，可不填）"
                style={{ width: 200 }}
                value={units[status.reviewer] ?? ''}
                onChange={(event) => setUnits({ ...units, [status.reviewer]: event.target.value })}
              />,
              <Button key="make" loading={make.isPending && make.variables.reviewer === status.reviewer} onClick={() => void generate(status.reviewer).catch(() => undefined)}>
                生成评审包
              </Button>,
            ]}
          >
            <Flex vertical gap={4}>
              <Flex gap={8} align="center">
                <Typography.Text strong>{status.reviewer}</Typography.Text>
                {status.returnedAt ? <Tag color="green">已交回 {when(status.returnedAt)}</Tag> : <Tag color="orange">未交回</Tag>}
                {status.packagedAt && <Tag>{status.blind ? '盲评' : '评审包'} {when(status.packagedAt)}</Tag>}
              </Flex>
              {status.abstained.length > 0 && (
                <Typography.Text type="secondary">回避：{status.abstained.map((item) => `《${item.title}》`).join('、')}</Typography.Text>
              )}
            </Flex>
          </List.Item>
        )}
      />
    </Modal>
  );
}
