import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { defaultLibraryFolder } from '../engine/core/paths';
import { RENDERER_BUILD_FOLDER, RESOURCES_FOLDER, readAppVersion } from './source-tree';
import { startBrowserModeServer, type BrowserModeServer } from './start-server';

export const DEFAULT_PORT = 5199;

const HELP = `用法：npm run serve -- [选项]
     node electron/server/serve.mjs [选项]

以浏览器模式启动案例库：在本机 127.0.0.1 上提供界面和接口，每次启动生成新的访问令牌。

选项：
  --library 文件夹   资料库文件夹（默认：${defaultLibraryFolder()}；也可用环境变量 CASEBOOK_LIBRARY）
  --port 端口        监听端口（默认 ${DEFAULT_PORT}；0 表示自动选择空闲端口）
  --open             启动后用系统默认浏览器打开页面
  -h, --help         显示本帮助
`;

interface ServeArgs {
  library: string;
  port: number;
  open: boolean;
}

function fail(message: string): never {
  process.stderr.write(`错误：${message}\n`);
  process.exit(2);
}

function readArgs(argv: string[]): ServeArgs | null {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        library: { type: 'string' },
        port: { type: 'string' },
        open: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    const option = /'(-{1,2}[^' ]+)/.exec((error as Error).message)?.[1] ?? '';
    const code = (error as { code?: string }).code;
    const what =
      code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION'
        ? `不认识的选项“${option}”。`
        : code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE'
          ? `选项“${option}”缺少取值。`
          : code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL'
            ? '多余的参数（选项要写成 --library 文件夹、--port 端口）。'
            : '命令行参数有误。';
    fail(`${what}\n\n${HELP}`);
  }
  if (values.help) return null;
  const port = values.port === undefined ? DEFAULT_PORT : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`端口“${values.port ?? ''}”无效，应为 0–65535 的整数。`);
  return { library: path.resolve(values.library ?? defaultLibraryFolder()), port, open: values.open };
}

function openInBrowser(url: string): void {
  const [command, args] =
    process.platform === 'win32' ? ['cmd', ['/c', 'start', '""', url]] : process.platform === 'darwin' ? ['open', [url]] : ['xdg-open', [url]];
  try {
    const child = spawn(command, args as string[], { stdio: 'ignore', detached: true });
    child.on('error', () => process.stderr.write('无法自动打开浏览器，请手动复制上面的网址。\n'));
    child.unref();
  } catch {
    process.stderr.write('无法自动打开浏览器，请手动复制上面的网址。\n');
  }
}

async function main(): Promise<void> {
  const args = readArgs(process.argv.slice(2));
  if (args === null) {
    process.stdout.write(HELP);
    return;
  }
  if (!fs.existsSync(path.join(RENDERER_BUILD_FOLDER, 'index.html'))) {
    process.stderr.write(
      `提示：还没有构建浏览器界面（${RENDERER_BUILD_FOLDER} 中没有 index.html）。请先运行 npm run build，或直接用 npm run serve（会先构建再启动）。接口仍可使用。\n`,
    );
  }
  let server: BrowserModeServer;
  try {
    server = await startBrowserModeServer({
      libraryFolder: args.library,
      resourcesFolder: RESOURCES_FOLDER,
      staticFolder: RENDERER_BUILD_FOLDER,
      port: args.port,
      appVersion: readAppVersion(),
    });
  } catch (error) {
    fail((error as Error).message);
  }
  process.stdout.write(
    `案例库浏览器模式已启动（仅本机可访问）。\n资料库：${args.library}\n请在浏览器中打开：\n${server.url}\n按 Ctrl+C 停止。\n`,
  );
  if (args.open) openInBrowser(server.url);

  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) {
      process.stderr.write('强制退出。\n');
      process.exit(130);
    }
    stopping = true;
    process.stderr.write(`收到 ${signal}，正在停止并关闭资料库……\n`);
    void server.close().then(() => {
      process.stderr.write('已停止。\n');
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

await main();
