// Messages of the calendar feature, German first; calendarEn must have every key of calendarDe.
export const calendarDe = {
  'view.calendar': 'Kalender',
} as const;

export const calendarEn: { [key in keyof typeof calendarDe]: string } = {
  'view.calendar': 'Calendar',
};
