import { PrimaryKeyProp } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/** Row of a distribution: bands of one population (indicator codes, best first) that together make 100%. */
@Entity({ tableName: 'indicator_distribution' })
export class DistributionEntity {
  [PrimaryKeyProp]?: 'code';

  @PrimaryKey({ type: 'string', length: 64 })
  code!: string;

  @Property({ type: 'text' })
  nameVi!: string;

  @Property({ type: 'text' })
  nameEn!: string;

  @Property({ type: 'array', columnType: 'text[]' })
  bands!: string[];
}
