import { inScope, type Viewer } from './permissions';

/** True when every area of a user lies inside the manager's: an office head manages tokens of their region only. */
export function managesUser(manager: Pick<Viewer, 'areaCodes'>, userAreaCodes: readonly string[]): boolean {
  return userAreaCodes.length > 0 && userAreaCodes.every((code) => inScope(manager, code));
}
