// `npm run serve` builds the window before it starts, which takes half a minute on an office PC:
// say so first, so nobody takes the silence for a hang, then build as `npm run build` does.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const cli = path.join(path.dirname(require.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js');

process.stdout.write('正在构建浏览器界面（约需半分钟），完成后会显示访问地址……\n');
const started = Date.now();
const result = spawnSync(process.execPath, [cli, 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
if (result.status !== 0) {
  process.stderr.write('构建没有完成，原因见上面的信息。\n');
  process.exit(result.status ?? 1);
}
process.stdout.write(`构建完成（用时 ${Math.round((Date.now() - started) / 1000)} 秒），正在启动……\n`);
