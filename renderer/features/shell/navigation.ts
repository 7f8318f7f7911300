import { createContext, useContext } from 'react';

/** Moving between workspaces and the create, join and restore screens. */
export interface Navigation {
  open: (workspaceId: string) => void;
  create: () => void;
  join: () => void;
  restore: () => void;
  /** Back to the open workspace, when there is one. */
  back: (() => void) | null;
}

export const NavigationContext = createContext<Navigation | null>(null);

export function useNavigation(): Navigation {
  const navigation = useContext(NavigationContext);
  if (!navigation) throw new Error('useNavigation needs a NavigationContext provider');
  return navigation;
}
