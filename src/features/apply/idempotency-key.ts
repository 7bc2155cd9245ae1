/** The submission key of an application: the one shared by every create form (src/utils/idempotency-key.ts). */
export { createIdempotencyKey, isIdempotencyKey } from '@/utils/idempotency-key'
