import { invalidUtf8Bytes, invalidUtf8Marker } from './hostile-values';

/** One raw HTTP request of the fuzz suite: anything a client could put on the wire. */
export interface FuzzRequest {
  family: string;
  label: string;
  method: string;
  path: string;
  headers: Record<string, string | string[]>;
  body?: Buffer;
}

/** A GraphQL POST body, with any invalid-UTF-8 marker replaced by the raw bytes it stands for. */
export function graphqlBody(payload: unknown): Buffer {
  const text = Buffer.from(JSON.stringify(payload));
  const marker = Buffer.from(invalidUtf8Marker);
  const parts: Buffer[] = [];
  let from = 0;
  for (let at = text.indexOf(marker); at !== -1; at = text.indexOf(marker, from)) {
    parts.push(text.subarray(from, at), invalidUtf8Bytes);
    from = at + marker.length;
  }
  parts.push(text.subarray(from));
  return Buffer.concat(parts);
}

export const jsonHeaders = { 'content-type': 'application/json' };
