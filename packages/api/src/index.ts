export type { Level } from '@edu-vn/domain';
