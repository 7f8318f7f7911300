/*
 * CPU time used by the processes the bench started (Chromium's browser, renderer, GPU and network
 * processes, the server, and the bench itself), read from /proc on Linux: it shows how much of
 * the machine a figure needs, which on two shared cores explains latencies that are waits.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** Milliseconds of CPU (user + system) per kind of process, for this process and its descendants. */
export function cpuByKind(root = process.pid): Map<string, number> {
  const parents = new Map<number, number>();
  const cpu = new Map<number, number>();
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return new Map(); // no /proc: not Linux
  }
  for (const name of pids) {
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // Fields after the command name in parentheses: state, ppid, ..., utime (12th), stime (13th).
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parents.set(Number(name), Number(fields[1]));
      cpu.set(Number(name), (Number(fields[11]) + Number(fields[12])) * 10); // clock ticks of 10 ms
    } catch {
      // the process ended meanwhile
    }
  }
  const byKind = new Map<string, number>();
  for (const [pid, ms] of cpu) {
    let ancestor = pid;
    while (ancestor > 1 && ancestor !== root) ancestor = parents.get(ancestor) ?? 0;
    if (ancestor !== root) continue;
    const kind = kindOf(pid);
    byKind.set(kind, (byKind.get(kind) ?? 0) + ms);
  }
  return byKind;
}

function kindOf(pid: number): string {
  let command: string;
  try {
    command = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return 'other';
  }
  if (pid === process.pid) return 'bench';
  const type = /--type=([a-z-]+)/.exec(command)?.[1];
  if (type === 'utility') return /--utility-sub-type=network\./.test(command) ? 'network' : 'utility';
  if (type) return type;
  return /chrom/.test(command.split('\0')[0] ?? '') ? 'browser' : 'other';
}

/** The CPU used between two readings, per kind, in milliseconds divided by `per`. */
export function cpuSince(
  before: Map<string, number>,
  per: number,
): { total: number; kinds: [string, number][] } {
  const kinds = [...cpuByKind()].map(
    ([kind, ms]) => [kind, (ms - (before.get(kind) ?? 0)) / per] as [string, number],
  );
  return {
    total: kinds.reduce((sum, [, ms]) => sum + ms, 0),
    kinds: kinds.filter(([, ms]) => ms > 0).sort((a, b) => b[1] - a[1]),
  };
}

/** The machine's CPU time so far (/proc/stat, in clock ticks): all of it, and the part stolen. */
export function machineTime(): { total: number; steal: number } | null {
  try {
    // cpu  user nice system idle iowait irq softirq steal guest guest_nice (guest is in user)
    const fields = readFileSync('/proc/stat', 'utf8')
      .split('\n')[0]!
      .trim()
      .split(/\s+/)
      .slice(1, 9)
      .map(Number);
    return { total: fields.reduce((sum, ticks) => sum + ticks, 0), steal: fields[7] ?? 0 };
  } catch {
    return null; // no /proc: not Linux
  }
}

/**
 * The share of the machine's CPU time since `before` that the hypervisor gave to other guests
 * ("steal"): a virtual machine's cores are not always its own, which makes a figure slower with the
 * same code. Null where it cannot be read.
 */
export function stolenSince(before: ReturnType<typeof machineTime>): number | null {
  const now = machineTime();
  if (!before || !now || now.total === before.total) return null;
  return (now.steal - before.steal) / (now.total - before.total);
}
