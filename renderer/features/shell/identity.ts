import { createContext, useContext } from 'react';
import type { PersonId } from '../../../shared/model';

/** Who is using this device in the open workspace (device-local, see sync/workspaces.ts). */
export const IdentityContext = createContext<PersonId | null>(null);

export function useIdentity(): PersonId | null {
  return useContext(IdentityContext);
}
