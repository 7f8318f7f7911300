import { useMemo } from 'react';
import { ROLES, type ProcessStep, type Role, type StepPlan } from '../../../shared/model';
import { useI18n, type Locale } from '../../i18n';
import { formatDay } from '../requests/format';

const isRole = (role: string): role is Role => (ROLES as readonly string[]).includes(role);

/** A due date without its year, as a step's late notice says it: 02.03. (German), 2 Mar. */
export function shortDay(date: string, locale: Locale): string {
  const [, m, d] = date.split('-');
  if (locale === 'de') return `${d}.${m}.`;
  return formatDay(date, locale).replace(/ \d{4}$/, '');
}

/** How a process's steps and their states read, in the user's language. */
export function useStepLabels() {
  const { t, locale } = useI18n();
  return useMemo(() => {
    const role = (r: string) => (isRole(r) ? t(`role.${r}`) : r);
    const type = (step: ProcessStep) => t(step.type === 'input' ? 'step.input' : 'step.approval');
    const name = (step: ProcessStep) => (step.what ? `${type(step)} „${step.what}“` : type(step));
    return {
      role,
      type,
      /** Who a planned step goes to: the person, or nobody with the role. */
      who(plan: StepPlan): string {
        const { who } = plan.step;
        if (plan.assignee)
          return 'role' in who
            ? `${plan.assignee.name} ${t('step.alsoRole', { role: role(who.role) })}`
            : plan.assignee.name;
        return 'role' in who ? t('step.nobodyWithRole', { role: role(who.role) }) : '—';
      },
      due(plan: StepPlan): string {
        if (!plan.due) return '—';
        const day = formatDay(plan.due.date, locale);
        return plan.due.time ? `${day} ${plan.due.time}` : day;
      },
      state: (plan: StepPlan) => t(`state.${plan.state}`),
      /** "zu spät geplant: Freigabe hätte am 02.03. kommen müssen"; `named` adds what the step is. */
      late: (plan: StepPlan, named = false) =>
        t('step.late', {
          step: named ? name(plan.step) : type(plan.step),
          date: plan.due ? shortDay(plan.due.date, locale) + (plan.due.time ? ` ${plan.due.time}` : '') : '',
        }),
      name,
    };
  }, [t, locale]);
}
