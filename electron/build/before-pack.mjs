// electron-builder `beforePack` hook (electron-builder.yml). electron-builder packs each target arch
// separately (Linux x64 and arm64 from one `npm run dist`) and calls this before copying
// extraResources, so every arch gets its own Electron-ABI better_sqlite3.node: built or fetched by
// build-native.mjs, then staged where electron-builder.yml's extraResources entry
// `node_modules/.casebook-native/package/${platform}-${arch}` picks it up as resources/native/.
// A missing module fails the package instead of shipping an app that cannot open its library.
import fs from 'node:fs';
import path from 'node:path';
import { ensureElectronNative } from './build-native.mjs';
import { ensureJiebaBinding } from './jieba-binding.mjs';
import { builderArchName, NATIVE_FILE_NAME, packageStagingFolder } from './native-paths.mjs';

export default async function beforePack(context) {
  const arch = builderArchName(context.arch);
  if (arch === 'universal') {
    throw new Error('Casebook packages per arch; build x64 and arm64 separately instead of universal.');
  }
  const platform = context.electronPlatformName === 'mas' ? 'darwin' : context.electronPlatformName;
  const projectDir = context.packager.info.projectDir;
  const electronVersion = context.packager.info.framework.version;
  const file = await ensureElectronNative({ projectDir, platform, arch, electronVersion });
  // The word segmenter's N-API binary for this arch (npm installed only the build machine's).
  ensureJiebaBinding({ projectDir, platform, arch });

  // ${platform} in electron-builder.yml expands to process.platform, so stage under that name.
  const staging = packageStagingFolder(projectDir, process.platform, arch);
  fs.rmSync(staging, { recursive: true, force: true });
  fs.mkdirSync(staging, { recursive: true });
  fs.copyFileSync(file, path.join(staging, NATIVE_FILE_NAME));
}
