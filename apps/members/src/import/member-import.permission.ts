/** What a bulk import requires, like a single join: the mutation and the HTTP endpoint admit the same callers. */
export const memberImportPermission = 'members:manage';
