// Types for native-paths.mjs, which plain-Node build scripts and the TypeScript main process share.

export interface NativeTarget {
  sqliteVersion: string;
  electronVersion: string;
  platform: string;
  arch: string;
}

export declare const NATIVE_FILE_NAME: string;
export declare const NATIVE_ROOT: string;
export declare const PACKAGED_NATIVE_FOLDER: string;

export declare function nativeFolderName(target: NativeTarget): string;
export declare function devNativeBindingPath(projectDir: string, target: NativeTarget): string;
export declare function packageStagingFolder(projectDir: string, platform: string, arch: string): string;
export declare function packagedNativeBindingPath(resourcesPath: string): string;
export declare function readModuleAbi(bytes: Uint8Array): number | null;
export declare function builderArchName(arch: number | string): string;
export declare function nodeGypArch(arch: string): string;
export declare function nativeBuildEnv(env: Record<string, string | undefined>): Record<string, string>;
export declare function parseTargetArgs(
  argv: readonly string[],
  defaults: { arch: string; platform: string },
): { arch: string; platform: string };
