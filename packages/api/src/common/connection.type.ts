import { Field, Int, ObjectType, type ClassType } from 'type-graphql';

/** Information to continue paginating a connection. */
@ObjectType({ description: 'Thông tin để lấy trang tiếp theo. / Information to continue paginating a list.' })
export class PageInfo {
  @Field(() => Boolean, { description: 'Còn phần tử sau trang này. / Whether more items follow this page.' })
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: 'Trang này bắt đầu sau một con trỏ. / Whether this page starts after a cursor.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Con trỏ của phần tử đầu trang. / Cursor of the first item of the page.' })
  startCursor!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Con trỏ của phần tử cuối trang; truyền vào `after` để lấy trang sau. / Cursor of the last item; pass it as `after` for the next page.',
  })
  endCursor!: string | null;
}

/** The `…Edge` type of a connection: a cursor and a node. */
export function EdgeType<Node extends object>(name: string, node: ClassType<Node>, description: string) {
  @ObjectType(`${name}Edge`, { description })
  class Edge {
    @Field(() => String, { description: 'Con trỏ của phần tử này. / Cursor of this item.' })
    cursor!: string;

    @Field(() => node, { description: 'Phần tử. / The item.' })
    node!: Node;
  }
  return Edge;
}

/** A paginated list in the GitHub and Shopify style: nodes, edges, page info and the total count. */
export function ConnectionType<Node extends object, Edge extends object>(node: ClassType<Node>, edge: ClassType<Edge>) {
  @ObjectType()
  abstract class Connection {
    @Field(() => [node], { description: 'Các phần tử của trang. / The items of the page.' })
    nodes!: Node[];

    @Field(() => [edge], { description: 'Các phần tử kèm con trỏ. / The items with their cursors.' })
    edges!: Edge[];

    @Field(() => PageInfo, { description: 'Thông tin phân trang. / Pagination information.' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'Tổng số phần tử trên mọi trang. / Total number of items across all pages.' })
    totalCount!: number;
  }
  return Connection;
}
