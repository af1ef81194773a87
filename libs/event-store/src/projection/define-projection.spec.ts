import type { PoolClient } from 'pg';
import type { StoredEvent } from '../store/stored-event';
import { defineProjection } from './define-projection';

type NoteEvent =
  | { type: 'test.NoteWritten.v1'; data: { text: string } }
  | { type: 'test.NoteErased.v1'; data: { reason: string } };

const stored = (type: string, data: unknown) => ({ type, data, tenantId: 't', streamId: 's' }) as StoredEvent;

describe('defineProjection', () => {
  it('should hand each event to the handler of its type, in order, and skip types without one', async () => {
    const seen: string[] = [];
    const projection = defineProjection<NoteEvent>('notes', {
      'test.NoteWritten.v1': async (_client, event) => seen.push(`written:${event.data.text}`),
      'test.NoteErased.v1': async (_client, event) => seen.push(`erased:${event.data.reason}`),
    });
    await projection.apply({} as PoolClient, [stored('test.NoteWritten.v1', { text: 'a' }), stored('test.Unknown.v1', {}), stored('test.NoteErased.v1', { reason: 'gdpr' })]);
    expect(projection.name).toBe('notes');
    expect(seen).toEqual(['written:a', 'erased:gdpr']);
  });
});
