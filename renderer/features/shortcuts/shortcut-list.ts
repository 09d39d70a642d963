import { IS_MAC, MOD } from '../../components/mod-key';

export interface ShortcutGroup {
  title: string;
  items: { keys: string[]; does: string }[];
}

/** Every keyboard shortcut the app has, by where it works; keys shown as the user's keyboard labels them. Several keys on one row do the same. */
export const SHORTCUT_GROUPS: ShortcutGroup[] = [
  {
    title: '任何地方',
    items: [
      { keys: [`${MOD}+K`, '/'], does: '检索：把光标放到检索框' },
      { keys: [`${MOD}+Shift+P`], does: '命令面板：按名称执行操作，打开资料、专辑或标签' },
      { keys: [`${MOD}+O`], does: '导入文件' },
      { keys: ['?', 'F1'], does: '查看键盘快捷键' },
      { keys: ['Esc'], does: '关闭对话框或阅读窗口' },
    ],
  },
  {
    title: '资料列表',
    items: [{ keys: ['Delete'], does: '把选中的资料移入回收站（可撤销）' }],
  },
  {
    title: '阅读资料',
    items: [
      { keys: ['Enter'], does: '跳到下一处检索匹配' },
      { keys: ['Shift+Enter'], does: '跳到上一处检索匹配' },
    ],
  },
  {
    title: '专辑',
    items: [
      { keys: ['Alt+↑'], does: '上移选中的条目或分节' },
      { keys: ['Alt+↓'], does: '下移选中的条目或分节' },
      { keys: ['Enter'], does: '打开选中条目的资料' },
      { keys: ['Delete'], does: '从专辑中移除选中的条目（可撤销）' },
      { keys: ['Shift+点击'], does: '选中从上次点选到这一条的连续多条' },
      { keys: [`${MOD}+点击`, '空格'], does: '逐条加选或取消' },
      { keys: [`${MOD}+A`], does: '选中专辑的全部条目（之后可一起移到分节或移出专辑）' },
      { keys: ['Esc'], does: '取消选择' },
    ],
  },
  {
    title: '草稿编辑',
    items: [
      { keys: [`${MOD}+S`], does: '立即保存（草稿也会自动保存）' },
      { keys: [`${MOD}+Shift+S`], does: '保存为一个版本' },
      { keys: [`${MOD}+B`], does: '加粗' },
      { keys: [`${MOD}+I`], does: '倾斜' },
      { keys: [`${MOD}+Z`], does: '撤销' },
      { keys: [IS_MAC ? '⌘+Shift+Z' : 'Ctrl+Y'], does: '重做' },
    ],
  },
  {
    title: '评选评分',
    items: [
      { keys: ['Tab'], does: '下一项得分或说明' },
      { keys: [`${MOD}+Enter`], does: '保存评分' },
    ],
  },
];
