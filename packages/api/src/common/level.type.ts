import type { Level } from '@edu-vn/domain';
import { registerDomainEnum } from './domain-enum.js';

/** The levels of the education system, as a GraphQL enum. */
export const LevelValue = registerDomainEnum<Level>('Level', 'Cấp học. / Level of education.', {
  nha_tre: 'Nhà trẻ (0-2 tuổi). / Crèche (ages 0-2).',
  mau_giao: 'Mẫu giáo (3-5 tuổi). / Kindergarten (ages 3-5).',
  mam_non: 'Mầm non = nhà trẻ + mẫu giáo. / Preschool: crèche and kindergarten.',
  tieu_hoc: 'Tiểu học, lớp 1-5. / Primary, grades 1-5.',
  thcs: 'Trung học cơ sở, lớp 6-9. / Lower secondary, grades 6-9.',
  thpt: 'Trung học phổ thông, lớp 10-12. / Upper secondary, grades 10-12.',
  gdtx: 'Giáo dục thường xuyên. / Continuing education.',
  all: 'Mọi cấp học (số liệu toàn huyện). / Every level together.',
});
