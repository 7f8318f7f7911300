import { createContext, useContext } from 'react';

/** Moving between workspaces and the create, join and restore screens. */
export interface Navigation {
  open: (workspaceId: string) => void;
  /**
   * Removes a workspace from this device for good, its screen closed first (nothing of it renders
   * while its session is torn down), then opens `next`, or the first screen when there is none.
   */
  leave: (workspaceId: string, next: string | null) => void;
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
