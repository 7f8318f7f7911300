// Messages of the update banner, German first; updateEn must have every key of updateDe.
export const updateDe = {
  'update.reload': 'Neue Version — neu laden',
} as const;

export const updateEn: { [key in keyof typeof updateDe]: string } = {
  'update.reload': 'New version — reload',
};
