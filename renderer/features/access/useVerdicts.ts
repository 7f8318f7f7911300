// Whether decisions are proven (shared/model/signatures.ts), verified on this device whenever the
// requests, the cards, the keys or the signatures change. Verification is asynchronous (WebCrypto):
// until it has answered, a decision has no verdict and shows none.
import { useEffect, useState } from 'react';
import {
  verifyDecision,
  type DecisionRef,
  type PersonId,
  type RequestId,
  type SignedKind,
  type Verdict,
} from '../../../shared/model';
import type { DocPart } from '../../sync/changeTracker';
import { trustOf } from '../../sync/deviceKeys';
import { useDocValue, useSession } from '../../sync/useDocValue';
import { onChangesOf } from '../selectors';

export type { DecisionRef };

const refKey = (ref: DecisionRef) => JSON.stringify([ref.kind, ref.requestId, ref.personId, ref.at ?? null]);

/** What a verdict depends on: the decisions, the keys and signatures, and the signed card content. */
const TRUST_PARTS: readonly DocPart[] = [
  'requests',
  'meetings',
  'cards',
  'cards.title',
  'cards.slot',
  'cards.body',
  'deviceKeys',
  'signatures',
];

export const selectTrustInputs = onChangesOf(TRUST_PARTS, (s) =>
  TRUST_PARTS.map((part) => s.changesOf(part)).join(' '),
);

/** The verdict of each decision (look one up with verdictOf). */
export function useVerdicts(refs: readonly DecisionRef[]): ReadonlyMap<string, Verdict> {
  const session = useSession();
  const inputs = useDocValue(selectTrustInputs);
  const [verdicts, setVerdicts] = useState<ReadonlyMap<string, Verdict>>(new Map());
  const key = JSON.stringify(refs.map(refKey));
  useEffect(() => {
    let current = true;
    const wanted = JSON.parse(key) as string[];
    void Promise.all(
      wanted.map(async (text) => {
        const [kind, requestId, personId, at] = JSON.parse(text) as [
          SignedKind,
          RequestId,
          PersonId,
          number | null,
        ];
        const trust = await trustOf(session, personId);
        const ref = { kind, requestId, personId, ...(at === null ? {} : { at }) };
        return [text, await verifyDecision(session.doc, ref, trust)] as const;
      }),
    ).then(
      (entries) => current && setVerdicts(new Map(entries)),
      () => current && setVerdicts(new Map()),
    );
    return () => {
      current = false;
    };
  }, [session, key, inputs]);
  return verdicts;
}

export function verdictOf(verdicts: ReadonlyMap<string, Verdict>, ref: DecisionRef): Verdict | undefined {
  return verdicts.get(refKey(ref));
}
