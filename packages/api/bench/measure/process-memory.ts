import { readFile } from 'node:fs/promises';

/** Memory of a process from /proc/<pid>/status, in MiB: resident set, its peak, and the data segment (heap and other anonymous memory). */
export interface MemorySample {
  rss: number;
  peakRss: number;
  data: number;
}

const FIELDS = { VmRSS: 'rss', VmHWM: 'peakRss', VmData: 'data' } as const;

export async function readMemory(pid: number): Promise<MemorySample> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const sample: MemorySample = { rss: 0, peakRss: 0, data: 0 };
  for (const line of status.split('\n')) {
    const [name, value] = line.split(':');
    const field = FIELDS[name as keyof typeof FIELDS];
    if (field && value) sample[field] = Number.parseInt(value.trim(), 10) / 1024;
  }
  return sample;
}

/** Samples a process's memory every `everyMs` until stopped; returns every sample. */
export function sampleMemory(pid: number, everyMs = 250): { stop(): Promise<MemorySample[]> } {
  const samples: MemorySample[] = [];
  let running = true;
  const loop = (async () => {
    while (running) {
      samples.push(await readMemory(pid));
      await new Promise((resolve) => setTimeout(resolve, everyMs));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return samples;
    },
  };
}
