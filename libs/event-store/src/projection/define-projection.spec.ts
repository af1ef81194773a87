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

  it('should hand a run of two or more events of one type to its batch handler, and lone events to the single one', async () => {
    const seen: string[] = [];
    const projection = defineProjection<NoteEvent>(
      'notes',
      { 'test.NoteWritten.v1': async (_client, event) => seen.push(`written:${event.data.text}`) },
      { 'test.NoteWritten.v1': async (_client, events) => seen.push(`written:${events.map((event) => event.data.text).join('+')}`) },
    );
    const written = (text: string) => stored('test.NoteWritten.v1', { text });
    await projection.apply({} as PoolClient, [written('a'), written('b'), stored('test.NoteErased.v1', { reason: 'x' }), written('c')]);
    expect(seen).toEqual(['written:a+b', 'written:c']);
  });
});
