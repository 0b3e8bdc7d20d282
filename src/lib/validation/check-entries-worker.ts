/** A worker thread of check-entries.ts: checks the files it is given and posts the results. */
import { parentPort, workerData } from 'node:worker_threads';
import { checkEntries, type EntryTask } from './check-entries.ts';

const { root, tasks } = workerData as { root: string; tasks: EntryTask[] };
parentPort!.postMessage(checkEntries(root, tasks));
