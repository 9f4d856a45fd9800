import DataLoader from 'dataloader';
import { sql } from 'kysely';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Ctx, Field, FieldResolver, Float, Int, ObjectType, Resolver, Root } from 'type-graphql';
import { MAX_BATCH_SIZE } from '../common/loaders.js';
import type { Context, LoaderDeps } from '../context.js';
import { Observation } from '../observation/observation.type.js';

/** A correction of a public figure, itself public: what the figure said, what it says now, when and why. */
@ObjectType({ description: 'Một lần điều chỉnh số liệu đã công bố: giá trị cũ, giá trị mới, ngày, lý do. / A correction of a published figure: old value, new value, date, reason.' })
export class PublicCorrection {
  @Field(() => Int, { description: 'Lần điều chỉnh được công bố. / The revision published.' })
  revision!: number;

  @Field(() => Float, { description: 'Giá trị đã công bố trước đó. / The value published before.' })
  oldValue!: number;

  @Field(() => Float, { description: 'Giá trị mới. / The new value.' })
  newValue!: number;

  @Field(() => GraphQLDateTimeISO, { description: 'Ngày công bố điều chỉnh. / When the correction was published.' })
  publishedAt!: Date;

  @Field(() => String, { nullable: true, description: 'Lý do điều chỉnh. / Why it was corrected.' })
  reason!: string | null;
}

interface PublishedRevision {
  observation_id: number;
  number: number;
  value: number;
  reason: string | null;
  published_at: Date;
}

/** Per-request loader of each figure's public corrections, oldest first, in one statement per batch. */
export function createPublicCorrectionLoaders({ db }: LoaderDeps) {
  return {
    byFigure: new DataLoader<number, PublicCorrection[]>(
      async (ids) => {
        const { rows } = await sql<PublishedRevision>`
          select r.observation_id, r.number, r.value, r.reason,
            coalesce((select min(c.at) from observation_change c where c.observation_id = r.observation_id and c.kind = 'published' and c.revision = r.number), r.recorded_at) as published_at
          from observation_revision r
          where r.observation_id = any(${[...ids]}::int[]) and r.status = 'published'
          order by r.observation_id, r.number`.execute(db);
        const byFigure = new Map<number, PublicCorrection[]>();
        let previous: PublishedRevision | undefined;
        for (const row of rows) {
          if (previous?.observation_id === row.observation_id) {
            const list = byFigure.get(row.observation_id) ?? [];
            list.push({ revision: row.number, oldValue: previous.value, newValue: row.value, publishedAt: new Date(row.published_at), reason: row.reason });
            byFigure.set(row.observation_id, list);
          }
          previous = row;
        }
        return ids.map((id) => byFigure.get(id) ?? []);
      },
      { maxBatchSize: MAX_BATCH_SIZE },
    ),
  };
}

/** The public revision log of each figure. */
@Resolver(() => Observation)
export class PublicCorrectionResolver {
  @FieldResolver(() => [PublicCorrection], {
    description: 'Các lần điều chỉnh sau khi công bố, cũ trước; công khai như chính số liệu. / Corrections made after publication, oldest first; as public as the figure.',
  })
  corrections(@Root() observation: Observation, @Ctx() ctx: Context): Promise<PublicCorrection[]> {
    return ctx.loaders.corrections.byFigure.load(Number(observation.id));
  }
}
