import { defaultLibraryFolder } from '../engine/core/paths';
import type { CommandDefinition } from './command';
import { COMMANDS } from './commands/index';
import { padToWidth } from './cli-format';

const GLOBAL_HELP = `通用选项（每个命令都可用）：
  --library 文件夹   资料库文件夹（默认：${defaultLibraryFolder()}；也可用环境变量 CASEBOOK_LIBRARY）
  --json             输出 JSON，便于脚本处理；出错时输出 {"error":{"code","message"}}
  -h, --help         显示帮助`;

export function mainHelp(): string {
  const width = Math.max(...COMMANDS.map((command) => command.name.length)) + 2;
  const list = COMMANDS.map((command) => `  ${padToWidth(command.name, width)}${command.summary}`).join('\n');
  return `casebook —— 案例库命令行：红色工地党建资料与典型案例的离线知识库

用法：casebook <命令> [参数] [选项]

命令：
${list}

${GLOBAL_HELP}

退出码：0 成功；1 有输入未能处理（如某个文件导入失败、找不到资料）；2 用法错误或资料库无法使用。
查看某个命令的用法：casebook <命令> --help
`;
}

export function commandHelp(command: CommandDefinition): string {
  return `casebook ${command.name} —— ${command.summary}

${command.help}

${GLOBAL_HELP}
`;
}
