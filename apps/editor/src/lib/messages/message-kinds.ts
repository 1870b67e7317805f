/** What each kind of message (消息) is called in its list. */
export const messageKindNames: Readonly<Record<string, string>> = {
  reminder: '催报',
  submitted: '已提交',
  returned: '已退回',
  approved: '已审核通过',
  published: '已发布',
};
