/**
 * Compiles a list off the page's thread and heap: the options page hands large files here, so
 * the page stays responsive and the collector traces the worker's few objects, not the page's.
 */
import { compileList, type ListRecords } from './compiled-list';

type Request = { listId: string; records: ListRecords };
const scope = self as unknown as { onmessage: ((event: MessageEvent<Request>) => void) | null; postMessage(message: unknown): void };

scope.onmessage = (event) => {
  scope.postMessage(compileList(event.data.listId, event.data.records));
};
