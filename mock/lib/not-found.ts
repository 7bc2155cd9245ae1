/**
 * The 404 messages of things more than one route looks up. Someone else's record answers with the
 * same message as one that does not exist, so ids cannot be probed.
 */
export const ITEM_NOT_FOUND = '事项不存在或已下线'
export const CASE_NOT_FOUND = '办件不存在'
export const REQUEST_NOT_FOUND = '证明申请不存在'
export const CERTIFICATE_NOT_FOUND = '证明不存在'
export const RATING_NOT_FOUND = '评价不存在'
export const COMPLAINT_NOT_FOUND = '反映记录不存在'
