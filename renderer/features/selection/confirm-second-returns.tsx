import type { App } from 'antd';
import { api } from '../../app/api-client';
import { readBase64, type PickedFile } from '../import/picked-files';

type ModalApi = ReturnType<typeof App.useApp>['modal'];

const RESULT_FORMAT_MARK = /"format"\s*:\s*"casebook-review-result"/;
const MAX_RESULT_BYTES = 20 * 1024 * 1024;

/** A reviewer's 评分结果 file, recognised by its first bytes as the engine recognises it. */
async function looksLikeResult(file: File): Promise<boolean> {
  if (file.size > MAX_RESULT_BYTES) return false;
  const head = await file.slice(0, 4096).text();
  return head.replace(/^\uFEFF/, '').trimStart().startsWith('{') && RESULT_FORMAT_MARK.test(head);
}

/**
 * Before an import: a reviewer who returns scores a second time with changes is shown what changes
 * and asked whether the new scores replace the old. Answers the files to import; a declined return is
 * left out, so it changes nothing. (Anything the preview cannot read goes on to the import, which
 * reports the reason.)
 */
export async function confirmSecondReturns(files: PickedFile[], modal: ModalApi): Promise<PickedFile[]> {
  const kept: PickedFile[] = [];
  for (const picked of files) {
    if (!(await looksLikeResult(picked.file).catch(() => false))) {
      kept.push(picked);
      continue;
    }
    const preview = await api['rounds.previewResult']({ source: { fileName: picked.name, contentBase64: await readBase64(picked.file) } }).catch(() => null);
    if (!preview?.ok || !preview.secondReturn || preview.unchanged) {
      kept.push(picked);
      continue;
    }
    const replace = await modal.confirm({
      title: `${preview.reviewer}再次交回了评分结果`,
      width: 580,
      content: (
        <div>
          <p>与上次交回的“{preview.roundName}”评分相比，这份文件（{picked.name}）有以下改动：</p>
          <ul aria-label="评分改动" style={{ maxHeight: 240, overflowY: 'auto', paddingLeft: 20 }}>
            {preview.changes.map((change) => (
              <li key={change}>{change}</li>
            ))}
          </ul>
          <p>用这份新的评分结果替换上次的吗？</p>
        </div>
      ),
      okText: '用新结果替换',
      cancelText: '保留上次的评分',
    });
    if (replace) kept.push(picked);
  }
  return kept;
}
