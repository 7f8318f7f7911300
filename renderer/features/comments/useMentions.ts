import { useCallback } from 'react';
import type { Mention } from '../../../shared/model';
import type { Session } from '../../sync/session';
import { useDocValue } from '../../sync/useDocValue';
import { sameJson } from '../selectors';
import { useIdentity } from '../shell/identity';
import { MENTION_PARTS, mentionsFor } from './selectors';

const NONE: Mention[] = [];

/** The mentions of this device's person ("who am I"), newest first; none without a person. */
export function useMentions(): Mention[] {
  const me = useIdentity();
  const select = useCallback((session: Session) => (me ? mentionsFor(session, me) : NONE), [me]);
  return useDocValue(select, sameJson, MENTION_PARTS);
}

/** How many of my mentions are not marked done. */
export function useOpenMentionCount(): number {
  return useMentions().filter((mention) => mention.doneAt === null).length;
}
