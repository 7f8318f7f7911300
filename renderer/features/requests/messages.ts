// Messages of the requests and approvals feature, German first; requestsEn must have every key.
export const requestsDe = {
  'view.tasks': 'Aufgaben',
} as const;

export const requestsEn: { [key in keyof typeof requestsDe]: string } = {
  'view.tasks': 'Tasks',
};
