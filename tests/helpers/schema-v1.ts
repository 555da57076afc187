/** The database schema of version 1 exactly as it shipped: what upgrade and restore tests start from. */
export const V1_STORES = {
  lists: '&id, origin',
  outlets: '&key, listId, *domains, *nameKeys, *tokens, *domainLabels',
  people: '&key, listId, *nameKeys, *tokens',
  organizations: '&key, listId, *nameKeys, *tokens, *domains',
  articles: '&key, listId, urlKey',
  claimReviews: '&key, listId, *tokens',
  reports: '&url, checkedAt, verdict',
  tabs: '&tabId, url',
  meta: '&key',
};
