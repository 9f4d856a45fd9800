import type { Indicator } from './indicator.js';

/** Staff: teachers and school managers. */
export const STAFF_INDICATORS: readonly Indicator[] = [
  {
    code: 'staff_qualification_rate',
    nameVi: 'Tỷ lệ cán bộ quản lý, giáo viên đạt chuẩn trình độ đào tạo',
    nameEn: 'Share of teachers and school managers meeting the qualification standard',
    definitionVi: 'Trong 100 cán bộ quản lý, giáo viên, có bao nhiêu người có bằng cấp đạt chuẩn trình độ đào tạo theo Luật Giáo dục 2019.',
    definitionEn: 'Out of every 100 teachers and school managers, how many hold the degree the 2019 Education Law requires.',
    unit: 'percent',
    direction: 'higher_is_better',
    levels: ['mam_non', 'tieu_hoc', 'thcs', 'thpt', 'all'],
    numeratorVi: 'Số cán bộ quản lý, giáo viên đạt chuẩn trình độ đào tạo',
    denominatorVi: 'Tổng số cán bộ quản lý, giáo viên',
    numeratorEn: 'Teachers and managers meeting the qualification standard',
    denominatorEn: 'All teachers and managers',
    theme: 'staff',
  },
  {
    code: 'teacher_per_class_ratio',
    nameVi: 'Số giáo viên trên một lớp',
    nameEn: 'Teachers per class',
    definitionVi: 'Số giáo viên chia cho số lớp; cho biết trường có đủ giáo viên để dạy đủ các môn hay không.',
    definitionEn: 'Teachers divided by classes; shows whether a school has enough teachers for every subject.',
    unit: 'ratio',
    direction: 'higher_is_better',
    levels: ['mam_non', 'tieu_hoc', 'thcs', 'thpt'],
    numeratorVi: 'Số giáo viên',
    denominatorVi: 'Số lớp',
    numeratorEn: 'Teachers',
    denominatorEn: 'Classes',
    theme: 'staff',
  },
];
