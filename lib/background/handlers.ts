import { payloadProblems, type Message, type MessageKind, type MessageTable, type Reply } from '../messages';
import type { Collection } from '../store/collection';
import { isStoreError } from '../store/errors';

export type Handlers = {
  [K in MessageKind]?: (payload: MessageTable[K]['request']) => Promise<MessageTable[K]['response']>;
};

/**
 * The background's answers to messages, as plain functions of the collection so they can be tested. Payloads
 * reach them already validated by dispatch.
 */
export function createHandlers(collection: Collection): Handlers {
  return {
    'page/recognized': async ({ key, identities, record }) => {
      if (record) {
        const found = await collection.find(record);
        return found ? { saved: true, key: found.key } : { saved: false };
      }
      for (const id of [...(key ? [key] : []), ...(identities ?? [])]) {
        const found = await collection.get(id);
        if (found) return { saved: true, key: found.key };
      }
      return { saved: false };
    },
    'record/save': ({ record, capturedFrom }) => collection.save(record, capturedFrom),
    'record/remove': async ({ key }) => ({ removed: await collection.remove(key) }),
    'records/remove': async ({ keys }) => ({ removed: await collection.removeMany(keys) }),
    'records/restore': ({ items }) => collection.restore(items),
    'record/status': async ({ record }) => {
      const found = await collection.find(record);
      return found ? { saved: true, key: found.key, item: found } : { saved: false };
    },
    'record/update': ({ key, tags, note }) => collection.update(key, { tags, note }),
    'collection/list': async ({ offset = 0, limit }) => {
      const all = await collection.list();
      return offset || limit !== undefined ? all.slice(offset, limit === undefined ? undefined : offset + limit) : all;
    },
    'collection/summaries': () => collection.summaries(),
    'collection/status': () => collection.status(),
    'collection/repair': () => collection.repair(),
    'collection/export': ({ keys }) => collection.exportFile(keys),
    'collection/import': ({ text }) => collection.importBackup(text),
    'queue/add': ({ text }) => collection.queueUrls(text),
    'queue/list': () => collection.queued(),
    'queue/remove': async ({ url }) => ({ removed: await collection.dequeue(url) }),
  };
}

/**
 * Runs a message through its handler after checking its payload; an invalid payload or a failure becomes a
 * reply the sender can show, and an invalid payload never reaches the store.
 */
export async function dispatch<K extends MessageKind>(handlers: Handlers, message: Message<K>): Promise<Reply<K>> {
  const handler = handlers[message.kind] as ((p: unknown) => Promise<MessageTable[K]['response']>) | undefined;
  if (!handler) return { ok: false, error: `No handler for ${message.kind}.` };
  const problems = payloadProblems(message);
  if (problems.length) {
    return { ok: false, errorKind: 'invalid', error: `Bad ${message.kind} request, nothing was changed: ${problems.join('; ')}.` };
  }
  try {
    return { ok: true, value: await handler(message.payload) };
  } catch (e) {
    if (isStoreError(e)) return { ok: false, error: e.message, errorKind: e.kind };
    return { ok: false, error: e instanceof Error ? e.message : String(e), errorKind: 'unknown' };
  }
}
