import type { MessageKind, MessageTable, Reply } from './messages';

/** The part of the extension runtime messaging needs; passed in so lib/ stays free of browser globals. */
export interface Transport {
  sendMessage(message: unknown): Promise<unknown>;
}

/** Sends a typed message and unwraps the reply, throwing the handler's error text. */
export async function request<K extends MessageKind>(
  transport: Transport,
  kind: K,
  payload: MessageTable[K]['request'],
): Promise<MessageTable[K]['response']> {
  const reply = (await transport.sendMessage({ kind, payload })) as Reply<K> | undefined;
  if (!reply) throw new Error(`No answer to ${kind}.`);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}
