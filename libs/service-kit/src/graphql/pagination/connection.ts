import type { Type } from '@nestjs/common';
import { Directive, Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'Relay page information.' })
@Directive('@shareable')
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** The same page with each node turned into what the API shows (a view of a record, say). */
export function mapConnection<T, U>(connection: Connection<T>, nodeOf: (node: T) => U): Connection<U> {
  return { ...connection, edges: connection.edges.map((edge) => ({ cursor: edge.cursor, node: nodeOf(edge.node) })) };
}

/** `XConnection` / `XEdge` object types for a node type, Relay style. */
export function connectionOf<T>(node: Type<T>, name: string): Type<Connection<T>> {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field()
    cursor!: string;

    @Field(() => node)
    node!: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionType {
    @Field(() => [EdgeType])
    edges!: EdgeType[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'Items matching the filter, across all pages.' })
    totalCount!: number;
  }
  return ConnectionType;
}

/** Builds a page from `size + 1` fetched rows: the extra row only tells whether another page exists. */
export function toConnection<Row, T>(rows: Row[], size: number, totalCount: number, cursorOf: (row: Row) => string, nodeOf: (row: Row) => T): Connection<T> {
  const page = rows.slice(0, size);
  const edges = page.map((row) => ({ cursor: cursorOf(row), node: nodeOf(row) }));
  return { edges, pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null }, totalCount };
}
