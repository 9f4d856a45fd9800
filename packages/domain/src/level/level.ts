/** Cấp học: the levels of the Vietnamese education system, plus the aggregate "all levels". */
export const LEVELS = [
  'nha_tre', // nhà trẻ, crèche (0-2)
  'mau_giao', // mẫu giáo, kindergarten (3-5)
  'mam_non', // mầm non, preschool = nhà trẻ + mẫu giáo
  'tieu_hoc', // tiểu học, primary, grades 1-5
  'thcs', // trung học cơ sở, lower secondary, grades 6-9
  'thpt', // trung học phổ thông, upper secondary, grades 10-12
  'gdtx', // giáo dục thường xuyên, continuing education
  'all', // every level together (a district-wide figure)
] as const;

export type Level = (typeof LEVELS)[number];
