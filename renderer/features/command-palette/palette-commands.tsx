import {
  AppstoreOutlined,
  BookOutlined,
  CloudUploadOutlined,
  DeleteOutlined,
  DiffOutlined,
  EditOutlined,
  FileAddOutlined,
  FolderAddOutlined,
  ImportOutlined,
  QuestionCircleOutlined,
  SafetyCertificateOutlined,
  TagOutlined,
  TrophyOutlined,
} from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useState, type ReactNode } from 'react';
import { DOCUMENT_KINDS, KIND_LABELS } from '../../../shared/model/document';
import { api, errorMessage } from '../../app/api-client';
import { useNavigation } from '../../app/navigation';
import { useCollectionActions } from '../collections/collection-actions';
import { draftKeys } from '../drafts/draft-queries';
import { BackupDialog } from '../exchange/backup-dialog';
import { useLoadSample } from '../help/use-load-sample';
import { RoundSettingsDialog } from '../selection/round-settings-dialog';
import { TagRulesDialog } from '../tag-rules/tag-rules-dialog';
import { ShortcutsDialog } from '../shortcuts/shortcuts-dialog';
import { TagNameDialog } from '../tags/tag-dialogs';
import { MOD } from '../../components/mod-key';
import type { Matchable } from './palette-match';

export interface PaletteCommand extends Matchable {
  id: string;
  icon: ReactNode;
  /** A shortcut that does the same, shown at the right. */
  hint?: string;
  /**
   * After it runs, 'restore' gives the focus back to where it was before the palette opened;
   * 'leave' lets what the command opened (a dialog, the editor) take it.
   */
  focus: 'restore' | 'leave';
  run(): void;
}

type CommandDialog = 'tag' | 'tag-rules' | 'backup' | 'round' | 'shortcuts' | null;

/**
 * What the palette can do: the actions of the sidebar and the top bar (导入, 新建专辑, 新建草稿,
 * 新建标签, 新建评选, 标签规则, 备份, 载入示例资料) and the screens (资料库 and its kinds, 专辑, 草稿, 评选, 查重,
 * 回收站). The dialogs a command opens are in `dialogs`, which the caller keeps mounted.
 */
export function usePaletteCommands({ libraryIsEmpty }: { libraryIsEmpty: boolean }): { commands: PaletteCommand[]; dialogs: ReactNode } {
  const navigation = useNavigation();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const collections = useCollectionActions();
  const loadSample = useLoadSample();
  const [dialog, setDialog] = useState<CommandDialog>(null);

  const newDraft = async () => {
    try {
      const draft = await api['drafts.create']({});
      queryClient.setQueryData(draftKeys.draft(draft.id), draft);
      void queryClient.invalidateQueries({ queryKey: ['drafts.list'] });
      navigation.showDrafts(draft.id);
    } catch (error) {
      void message.error(errorMessage(error));
    }
  };

  const commands: PaletteCommand[] = [
    {
      id: 'import',
      label: '导入文件…',
      keywords: ['添加资料', '上传', '资料包', 'import', 'word', 'pdf', 'txt'],
      icon: <ImportOutlined />,
      hint: `${MOD}+O`,
      focus: 'leave',
      run: () => navigation.openImport(),
    },
    {
      id: 'new-collection',
      label: '新建专辑…',
      keywords: ['创建专辑', '汇编', 'collection'],
      icon: <FolderAddOutlined />,
      focus: 'leave',
      run: () => collections.create(null),
    },
    {
      id: 'new-draft',
      label: '新建草稿',
      keywords: ['创建草稿', '写作', '撰写', 'draft'],
      icon: <FileAddOutlined />,
      focus: 'leave',
      run: () => void newDraft(),
    },
    {
      id: 'new-tag',
      label: '新建标签…',
      keywords: ['创建标签', 'tag'],
      icon: <TagOutlined />,
      focus: 'leave',
      run: () => setDialog('tag'),
    },
    {
      id: 'new-round',
      label: '新建评选…',
      keywords: ['创建评选', '十大典型案例评选', 'selection'],
      icon: <TrophyOutlined />,
      focus: 'leave',
      run: () => setDialog('round'),
    },
    {
      id: 'tag-rules',
      label: '标签规则…',
      keywords: ['自动标签', '自动打标签', 'rules'],
      icon: <SafetyCertificateOutlined />,
      focus: 'leave',
      run: () => setDialog('tag-rules'),
    },
    {
      id: 'backup',
      label: '备份资料库…',
      keywords: ['备份与恢复', '恢复备份', 'backup'],
      icon: <CloudUploadOutlined />,
      focus: 'leave',
      run: () => setDialog('backup'),
    },
    {
      id: 'shortcuts',
      label: '键盘快捷键',
      keywords: ['快捷键', '帮助', '按键', 'keyboard', 'shortcuts', 'help'],
      icon: <QuestionCircleOutlined />,
      hint: '?',
      focus: 'leave',
      run: () => setDialog('shortcuts'),
    },
    {
      id: 'load-sample',
      label: '载入示例资料…',
      keywords: ['示例资料库', '样例', '演示资料', '帮助', 'sample'],
      icon: <BookOutlined />,
      focus: 'leave',
      run: () => void loadSample(),
    },
    {
      id: 'go-library',
      label: '打开资料库（全部资料）',
      keywords: ['全部资料', '首页', 'library'],
      icon: <AppstoreOutlined />,
      focus: 'restore',
      run: () => navigation.showLibrary(),
    },
    ...DOCUMENT_KINDS.map<PaletteCommand>((kind) => ({
      id: `go-kind-${kind}`,
      label: `资料库：${KIND_LABELS[kind]}`,
      keywords: ['资料类型'],
      icon: <AppstoreOutlined />,
      focus: 'restore',
      run: () => navigation.showLibrary({ kind }),
    })),
    {
      id: 'go-collections',
      label: '打开专辑列表',
      keywords: ['全部专辑', 'collections'],
      icon: <BookOutlined />,
      focus: 'restore',
      run: () => navigation.showCollections(null),
    },
    {
      id: 'go-drafts',
      label: '打开草稿',
      keywords: ['全部草稿', '写作', 'drafts'],
      icon: <EditOutlined />,
      focus: 'restore',
      run: () => navigation.showDrafts(null),
    },
    {
      id: 'go-selection',
      label: '打开评选（十大典型案例评选）',
      keywords: ['评选轮次', '打分', '推荐', '汇编'],
      icon: <TrophyOutlined />,
      focus: 'restore',
      run: () => navigation.showSelection(null),
    },
    {
      id: 'go-duplicates',
      label: '查重（疑似重复资料）',
      keywords: ['重复', '相似资料', '合并', 'duplicates'],
      icon: <DiffOutlined />,
      focus: 'restore',
      run: () => navigation.showDuplicates(),
    },
    {
      id: 'go-trash',
      label: '打开回收站',
      keywords: ['已删除', '恢复', '彻底删除', 'trash'],
      icon: <DeleteOutlined />,
      focus: 'restore',
      run: () => navigation.showTrash(),
    },
  ];

  const close = () => setDialog(null);
  const dialogs = (
    <>
      {collections.dialogs}
      {dialog === 'tag' && <TagNameDialog state={{ mode: 'create', parent: null }} onClose={close} />}
      {dialog === 'tag-rules' && <TagRulesDialog onClose={close} />}
      {dialog === 'backup' && <BackupDialog open onClose={close} libraryIsEmpty={libraryIsEmpty} />}
      <ShortcutsDialog open={dialog === 'shortcuts'} onClose={close} />
      {dialog === 'round' && (
        <RoundSettingsDialog
          round={null}
          onClose={(created) => {
            close();
            if (created) navigation.showSelection(created);
          }}
        />
      )}
    </>
  );
  return { commands, dialogs };
}
