import type { CompiledList, ListRecords } from '../../utils/db/compiled-list';

/** compileList in a worker of its own, ended when it answers. */
export function compileInWorker(listId: string, records: ListRecords): Promise<CompiledList> {
  const worker = new Worker(new URL('../../utils/db/compile.worker.ts', import.meta.url), { type: 'module' });
  return new Promise<CompiledList>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<CompiledList>) => resolve(event.data);
    worker.onerror = (event) => reject(new Error(`The list could not be indexed: ${event.message}`));
    worker.postMessage({ listId, records });
  }).finally(() => worker.terminate());
}
