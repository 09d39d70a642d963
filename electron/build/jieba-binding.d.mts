// Types for jieba-binding.mjs (build scripts and their tests).
export declare function jiebaBindingPackage(platform: string, arch: string): string;
export declare function jiebaBindingVersion(projectDir: string, name: string): string;
export declare function ensureJiebaBinding(options: { projectDir: string; platform: string; arch: string }): string;
