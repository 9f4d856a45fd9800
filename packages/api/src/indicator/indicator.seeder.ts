import { DISTRIBUTIONS, INDICATORS } from '@edu-vn/domain';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Seeder } from '@mikro-orm/seeder';
import { DistributionEntity } from './distribution.entity.js';
import { IndicatorEntity } from './indicator.entity.js';

/** Copies the domain's indicator catalogue and distributions, keeping the catalogue's order. */
export class IndicatorSeeder extends Seeder {
  override async run(em: EntityManager): Promise<void> {
    await em.insertMany(
      IndicatorEntity,
      INDICATORS.map((indicator, position) => ({
        code: indicator.code,
        position,
        nameVi: indicator.nameVi,
        nameEn: indicator.nameEn,
        definitionVi: indicator.definitionVi,
        definitionEn: indicator.definitionEn,
        unit: indicator.unit,
        direction: indicator.direction,
        theme: indicator.theme,
        levels: [...indicator.levels],
        numeratorVi: indicator.numeratorVi ?? null,
        denominatorVi: indicator.denominatorVi ?? null,
        numeratorEn: indicator.numeratorEn ?? null,
        denominatorEn: indicator.denominatorEn ?? null,
        distribution: indicator.distribution ?? null,
        ordinalMax: indicator.ordinalMax ?? null,
        disaggregations: indicator.disaggregations ? [...indicator.disaggregations] : null,
      })),
    );
    await em.insertMany(
      DistributionEntity,
      DISTRIBUTIONS.map((distribution) => ({
        code: distribution.code,
        nameVi: distribution.nameVi,
        nameEn: distribution.nameEn,
        bands: [...distribution.bands],
      })),
    );
  }
}
