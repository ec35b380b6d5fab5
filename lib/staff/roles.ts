/** The field roles of a census operation: enumerator, supervisor, kecamatan coordinator (DESIGN.md section 2). */
export const staffRoles = ['ppl', 'pml', 'koseka'] as const;
export type StaffRole = (typeof staffRoles)[number];

/** Where a roster person stands: recruited but not yet active, in the field, or gone. */
export const staffStatuses = ['candidate', 'active', 'dropped_out'] as const;
export type StaffStatus = (typeof staffStatuses)[number];
