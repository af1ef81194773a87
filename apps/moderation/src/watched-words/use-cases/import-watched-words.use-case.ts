import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { Identity } from '@groundswell/service-kit';
import { parseWatchedWordsCsv } from '../watched-words.csv';
import { ChangeWatchedWordsUseCase } from './change-watched-words.use-case';

/** An operator's CSV, all rows or none; every bad row is reported with its number. */
@Injectable()
export class ImportWatchedWordsUseCase {
  constructor(private readonly change: ChangeWatchedWordsUseCase) {}

  async execute(identity: Identity, csv: string, idempotencyKey?: string): Promise<void> {
    const rows = parseWatchedWordsCsv(csv).map(({ row, input }) => ({ row, input, entryId: randomUUID() }));
    await this.change.execute(identity, { type: 'ImportWatchedWords', rows }, idempotencyKey);
  }
}
