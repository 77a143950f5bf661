import { isRecordPayload, type Message, type MessageKind, type MessageTable } from '../messages';
import type { Collection } from '../store/collection';

type Handlers = {
  [K in MessageKind]?: (payload: MessageTable[K]['request']) => Promise<MessageTable[K]['response']>;
};

/** The background's answers to messages, as plain functions of the collection so they can be tested. */
export function createHandlers(collection: Collection): Handlers {
  return {
    'record/save': async ({ record, capturedFrom }) => {
      if (!isRecordPayload(record)) throw new Error('Not a record: nothing was saved.');
      return collection.save(record, capturedFrom === 'page' ? 'page' : 'popup');
    },
    'record/remove': async ({ key }) => {
      if (typeof key !== 'string') throw new Error('Remove needs the record key.');
      return { removed: await collection.remove(key) };
    },
    'record/status': async ({ record }) => {
      if (!isRecordPayload(record)) throw new Error('Not a record.');
      const found = await collection.find(record);
      return found ? { saved: true, key: found.key } : { saved: false };
    },
    'collection/list': async () => collection.list(),
  };
}

/** Runs a validated message through its handler; errors become a reply the sender can show. */
export async function dispatch(handlers: Handlers, message: Message) {
  const handler = handlers[message.kind] as ((p: unknown) => Promise<unknown>) | undefined;
  if (!handler) return { ok: false as const, error: `No handler for ${message.kind}.` };
  try {
    return { ok: true as const, value: await handler(message.payload) };
  } catch (e) {
    return { ok: false as const, error: e instanceof Error ? e.message : String(e) };
  }
}
