import type { MessageKind, MessageTable, Reply } from './messages';
import type { StoreErrorKind } from './store/errors';

/** The part of the extension runtime messaging needs; passed in so lib/ stays free of browser globals. */
export interface Transport {
  sendMessage(message: unknown): Promise<unknown>;
}

/** A failed request: `message` is for the user, `kind` (when the store failed) lets the popup offer a next step. */
export class RequestError extends Error {
  constructor(
    message: string,
    readonly kind: StoreErrorKind | undefined,
  ) {
    super(message);
    this.name = 'RequestError';
  }
}

/** Sends a typed message and unwraps the reply, throwing a RequestError with the handler's message. */
export async function request<K extends MessageKind>(
  transport: Transport,
  kind: K,
  payload: MessageTable[K]['request'],
): Promise<MessageTable[K]['response']> {
  const reply = (await transport.sendMessage({ kind, payload })) as Reply<K> | undefined;
  if (!reply) throw new RequestError(`No answer to ${kind}.`, undefined);
  if (!reply.ok) throw new RequestError(reply.error, reply.errorKind);
  return reply.value;
}
