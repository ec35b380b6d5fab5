import type { adoptionId } from './adoption.id';

/** English twin of ./adoption.id.ts. */
export const adoptionEn: typeof adoptionId = {
  inForce: 'Plan in force',
  inForceNote: 'Coverage is measured against this plan, and coordinators move work inside it.',
  column: 'In force',
  button: 'Adopt as plan in force',
  current: 'Plan in force for this area now:',
  none: 'This area has no plan in force yet; its coverage is measured against a linear plan.',
  confirm: 'Make this the plan in force? Coverage will be measured against it, and the plan in force until now (if any) is replaced. The change is logged.',
  yes: 'Yes, adopt it',
  cancel: 'Cancel',
  done: 'This plan is now the plan in force.',
  failed: 'The plan could not be adopted.',
};
