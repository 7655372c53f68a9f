import { statfs } from 'node:fs/promises';
import { availableParallelism, cpus, release, tmpdir, totalmem, type } from 'node:os';

export interface Machine {
  readonly cpuModel: string;
  readonly cpuCount: number;
  readonly totalMemoryBytes: number;
  readonly node: string;
  readonly os: string;
  readonly date: string;
  /** The file system the temp files (data file, store) live on. */
  readonly tempFileSystem: string;
}

// statfs(2) magic numbers of the file systems a CI box or a laptop is likely to have.
const fileSystems: Readonly<Record<number, string>> = {
  61267: 'ext4',
  16914836: 'tmpfs',
  1481003842: 'xfs',
  2435016766: 'btrfs',
  2035054128: 'overlayfs',
  26985: 'nfs',
  464386766: 'apfs',
};

export const describeMachine = async (): Promise<Machine> => {
  const list = cpus();
  const fsType = await statfs(tmpdir()).then(
    (s) => fileSystems[s.type] ?? `type 0x${s.type.toString(16)}`,
    () => 'unknown',
  );
  return {
    cpuModel: list[0]?.model.trim() ?? 'unknown',
    cpuCount: Math.min(list.length, availableParallelism()),
    totalMemoryBytes: totalmem(),
    node: process.version,
    os: `${type()} ${release()} (${process.platform}/${process.arch})`,
    date: new Date().toISOString(),
    tempFileSystem: `${tmpdir()} on ${fsType}`,
  };
};
