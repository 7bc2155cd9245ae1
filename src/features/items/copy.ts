// Words shared by more than one screen of the items domain. Kept apart from the components so the
// 办事 tab (main package) can use them without pulling a subpackage component and its styles in.

export const SEARCH_PLACEHOLDER = '搜索事项，如 身份证、社保卡、sfz'
