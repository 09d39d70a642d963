import { FileAddOutlined, FolderOpenOutlined, InboxOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Flex, Form, Modal, Progress, Select, Space, Typography } from 'antd';
import { useMemo, useRef, useState } from 'react';
import { DOCUMENT_KINDS, KIND_LABELS, type DocumentKind } from '../../../shared/model/document';
import { TEXT_ENCODINGS, type ImportResult } from '../../../shared/model/import';
import { normalizeTagPath } from '../../../shared/model/tag';
import { api } from '../../app/api-client';
import { useNavigation } from '../../app/navigation';
import { queryKeys } from '../../app/queries';
import { formatBytes } from '../../components/format';
import { flattenTags } from '../tags/tag-paths';
import { fieldLabel } from '../reader/meta-values';
import { ImportReport, needsConfirming, type ReportFilter } from './import-report';
import { fromFileList, fromFolder, IMPORT_ACCEPT, type PickedFile } from './picked-files';
import { useImportRun } from './use-import-run';
import { BundleImportDialog } from '../exchange/bundle-import-dialog';
import { splitBundles } from '../exchange/download';
import { confirmSecondReturns } from '../selection/confirm-second-returns';
import { isReviewPackageName, useOpenReviewPackage } from '../review-workspace/open-review-package';

const folderAttributes = { webkitdirectory: '', directory: '' } as Record<string, string>;

function Summary({ results, cancelled, onShowToConfirm }: { results: ImportResult[]; cancelled: number; onShowToConfirm: () => void }) {
  const count = (status: string) => results.filter((result) => result.status === status).length;
  const failed = count('failed');
  const unsure = results.filter(needsConfirming);
  const unsureFields = [...new Set(unsure.flatMap((result) => result.toConfirm))].map(fieldLabel).join('、');
  const scans = results.filter((result) => (result.pagesToRecognise ?? 0) > 0);
  const scannedPages = scans.reduce((sum, result) => sum + (result.pagesToRecognise ?? 0), 0);
  return (
    <Alert
      type={failed > 0 ? 'warning' : 'success'}
      showIcon
      style={{ marginBottom: 12 }}
      title={`已导入 ${count('imported')} 份，重复 ${count('duplicate')} 份，失败 ${failed} 份${cancelled > 0 ? `；已取消，剩余 ${cancelled} 个文件未导入` : ''}`}
      description={
        <>
          {scans.length > 0 && (
            <div>
              其中 {scans.length} 份是扫描件或图片（共 {scannedPages} 页），正在后台识别文字，识别完成后即可检索，阅读时可看到进度。
            </div>
          )}
          {unsure.length > 0 && (
            <div>
              其中
              <Button type="link" size="small" style={{ paddingInlineStart: 4, paddingInlineEnd: 0, height: 'auto' }} onClick={onShowToConfirm}>
                {unsure.length} 份有字段待确认
              </Button>
              （程序对{unsureFields}没有把握），点开逐份核对。
            </div>
          )}
          <div>{failed > 0 ? '失败的文件没有改动资料库，可以按说明处理后重新导入。' : '点击一行可以打开对应的资料。'}</div>
        </>
      }
    />
  );
}

/**
 * 导入: pick files or a folder (or drop them on the window), set kind/tags for the batch, watch progress, read the report.
 * Files dropped on the window arrive as `droppedFiles`, `dropSeq` changing with each drop; the dialog stays mounted so a
 * drop during an import cannot hide that import's progress, 取消 button and report.
 */
export function ImportDialog({ open, droppedFiles, dropSeq }: { open: boolean; droppedFiles: PickedFile[] | null; dropSeq: number }) {
  const navigation = useNavigation();
  const run = useImportRun();
  const openReviewPackage = useOpenReviewPackage();
  const { modal } = App.useApp();
  const [files, setFiles] = useState<PickedFile[]>(droppedFiles ?? []);
  const [skipped, setSkipped] = useState(0);
  /** Between 开始导入 and the first file: 交换包 are being told apart from the rest. */
  const [starting, setStarting] = useState(false);
  const [seenDropSeq, setSeenDropSeq] = useState(dropSeq);
  const [dropRefused, setDropRefused] = useState(false);
  const [kind, setKind] = useState<DocumentKind | undefined>(undefined);
  const [tags, setTags] = useState<string[]>([]);
  const [encoding, setEncoding] = useState<string | undefined>(undefined);
  const [bundleQueue, setBundleQueue] = useState<PickedFile[]>([]);
  const [reportFilter, setReportFilter] = useState<ReportFilter>('all');
  const fileInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const tagTree = useQuery({ queryKey: queryKeys.tags, queryFn: () => api['tags.list']({}), enabled: open });
  const tagOptions = useMemo(() => flattenTags(tagTree.data ?? []).map((node) => ({ value: node.path, label: node.path })), [tagTree.data]);

  const running = run.progress !== null;
  const busy = running || starting;
  const totalBytes = files.reduce((sum, picked) => sum + picked.file.size, 0);

  const choose = (picked: PickedFile[], skippedCount = 0) => {
    run.reset();
    setReportFilter('all');
    setFiles(picked);
    setSkipped(skippedCount);
    setDropRefused(false);
  };

  // A new drop on the window: it becomes the selection, unless a batch is being imported (then it is refused, visibly).
  if (dropSeq !== seenDropSeq) {
    setSeenDropSeq(dropSeq);
    if (busy) setDropRefused(true);
    else choose(droppedFiles ?? []);
  }

  const start = () => {
    if (busy) return;
    setStarting(true);
    const batchTags = [...new Set(tags.map(normalizeTagPath).filter(Boolean))];
    // A 评审包 sent to this user as a reviewer opens in its 评审工作台, never among the documents.
    const reviewPackages = files.filter((picked) => isReviewPackageName(picked.name));
    const toImport = files.filter((picked) => !isReviewPackageName(picked.name));
    if (reviewPackages.length > 0) {
      void (async () => {
        for (const picked of reviewPackages) await openReviewPackage(picked.file);
      })();
      if (toImport.length === 0) {
        setStarting(false);
        setFiles([]);
        navigation.closeImport();
        return;
      }
    }
    // 交换包 (recognised by content) open their own dialog with the conflict choices; the rest import as
    // usual, after a reviewer's second return with changes is confirmed (or left out).
    void splitBundles(toImport).then(
      async ({ bundles, others }) => ({ bundles, others: await confirmSecondReturns(others, modal) }),
    ).then(
      ({ bundles, others }) => {
        setBundleQueue(bundles);
        // Cleared in the same tick as run.start shows its progress, so 取消 replaces 开始导入 without a gap.
        setStarting(false);
        if (others.length === 0) return setFiles([]);
        return run.start(others, { ...(kind ? { kind } : {}), ...(encoding ? { encoding } : {}), tags: batchTags }).then(() => setFiles([]));
      },
      () => setStarting(false),
    );
  };
  const nextBundle = () => {
    setBundleQueue((queue) => {
      const rest = queue.slice(1);
      if (rest.length === 0 && !run.results && run.progress === null) navigation.closeImport();
      return rest;
    });
  };

  const openDocument = (id: string) => {
    navigation.closeImport();
    navigation.openDocument(id);
  };

  const footer = running ? (
    <Button onClick={run.cancel}>取消</Button>
  ) : run.results ? (
    <Space>
      <Button onClick={() => choose([])}>继续导入</Button>
      <Button type="primary" onClick={navigation.closeImport}>
        完成
      </Button>
    </Space>
  ) : (
    <Space>
      <Button onClick={navigation.closeImport}>关闭</Button>
      <Button type="primary" disabled={files.length === 0} loading={starting} onClick={start}>
        开始导入{files.length > 0 ? `（${files.length} 个文件）` : ''}
      </Button>
    </Space>
  );

  return (
    <>
      {bundleQueue[0] && <BundleImportDialog key={`${bundleQueue[0].name}-${bundleQueue.length}`} file={bundleQueue[0]} onClose={nextBundle} onOpenDocument={openDocument} />}
      <Modal
        open={open}
        title="导入资料"
        width={run.results ? 860 : 640}
        footer={footer}
        closable={!running}
        keyboard={!running}
        mask={{ closable: !running }}
        onCancel={navigation.closeImport}
      >
        <input
          ref={fileInput}
          type="file"
          multiple
          accept={IMPORT_ACCEPT}
          className="casebook-visually-hidden"
          aria-label="选择要导入的文件"
          tabIndex={-1}
          onChange={(event) => {
            choose(fromFileList(event.target.files));
            event.target.value = '';
          }}
        />
        <input
          ref={folderInput}
          type="file"
          multiple
          {...folderAttributes}
          className="casebook-visually-hidden"
          aria-label="选择要导入的文件夹"
          tabIndex={-1}
          onChange={(event) => {
            const { files: picked, skipped: skippedCount } = fromFolder(event.target.files);
            choose(picked, skippedCount);
            event.target.value = '';
          }}
        />

        {dropRefused && (running || run.results) && (
          <Alert type="info" showIcon style={{ marginBottom: 12 }} title="导入进行中，刚拖入的文件没有加入这一批。请在本批完成或取消后再拖入。" />
        )}

        {running && run.progress && (
          <div role="status" aria-live="polite" style={{ padding: '12px 0' }}>
            <Typography.Text>
              正在导入 {run.progress.done + 1} / {run.progress.total}：{run.progress.current}
            </Typography.Text>
            <Progress percent={Math.round((run.progress.done / run.progress.total) * 100)} status="active" />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              点击“取消”会在当前文件导入完成后停止，已导入的资料会保留。
            </Typography.Text>
          </div>
        )}

        {!running && run.results && (
          <>
            <Summary results={run.results} cancelled={run.cancelledCount} onShowToConfirm={() => setReportFilter('toConfirm')} />
            <ImportReport results={run.results} onOpen={openDocument} filter={reportFilter} onFilterChange={setReportFilter} />
          </>
        )}

        {!running && !run.results && (
          <>
            <div className="casebook-import-drop">
              <InboxOutlined style={{ fontSize: 36, color: '#b7282e' }} />
              <Typography.Paragraph style={{ margin: '8px 0 12px' }}>
                支持 Word（.docx）、PDF、网页（.html）、文本（.txt）和 Markdown 文件以及同事导出的案例库交换包，也可以把文件或文件夹直接拖到窗口中。
              </Typography.Paragraph>
              <Space>
                <Button icon={<FileAddOutlined />} onClick={() => fileInput.current?.click()}>
                  选择文件
                </Button>
                <Button icon={<FolderOpenOutlined />} onClick={() => folderInput.current?.click()}>
                  选择文件夹
                </Button>
              </Space>
            </div>

            {files.length > 0 && (
              <div style={{ marginTop: 16 }}>
                <Flex justify="space-between">
                  <Typography.Text strong>
                    已选择 {files.length} 个文件（共 {formatBytes(totalBytes)}）
                  </Typography.Text>
                  <Typography.Link onClick={() => choose([])}>清空</Typography.Link>
                </Flex>
                {skipped > 0 && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    文件夹中另有 {skipped} 个文件不是可导入的格式（或是隐藏文件），已跳过。
                  </Typography.Text>
                )}
                <ul className="casebook-import-files" aria-label="已选择的文件">
                  {files.slice(0, 200).map((picked, index) => (
                    <li key={`${picked.name}-${index}`}>
                      <span>{picked.name}</span>
                      <Typography.Text type="secondary">{formatBytes(picked.file.size)}</Typography.Text>
                    </li>
                  ))}
                  {files.length > 200 && <li>……另有 {files.length - 200} 个文件</li>}
                </ul>
              </div>
            )}

            <Form layout="vertical" style={{ marginTop: 16 }}>
              <Flex gap={16}>
                <Form.Item label="类型" style={{ flex: '0 0 180px', marginBottom: 0 }} extra="不选时按内容自动识别">
                  <Select
                    aria-label="这批资料的类型"
                    allowClear
                    placeholder="自动识别"
                    value={kind}
                    onChange={(value?: DocumentKind) => setKind(value)}
                    options={DOCUMENT_KINDS.map((value) => ({ value, label: KIND_LABELS[value] }))}
                  />
                </Form.Item>
                <Form.Item label="标签" style={{ flex: 1, marginBottom: 0 }} extra="给这批资料都加上的标签（可选）">
                  <Select
                    mode="tags"
                    aria-label="这批资料的标签"
                    placeholder="选择或输入标签"
                    value={tags}
                    onChange={setTags}
                    options={tagOptions}
                    tokenSeparators={[',', '，', '、']}
                  />
                </Form.Item>
              </Flex>
              <Form.Item label="文字编码" style={{ marginTop: 12, marginBottom: 0, maxWidth: 320 }} extra="只用于纯文本和 Markdown 文件；导入后出现乱码时，换一种编码重新导入">
                <Select
                  aria-label="文字编码"
                  allowClear
                  placeholder="自动识别"
                  value={encoding}
                  onChange={(value?: string) => setEncoding(value)}
                  options={[...TEXT_ENCODINGS]}
                />
              </Form.Item>
            </Form>
          </>
        )}
      </Modal>
    </>
  );
}
