// Messages of the board and calendar filter, German first; filterEn must have every key of filterDe.
export const filterDe = {
  'filter.label': 'Filter',
  'filter.search': 'Suchen',
  'filter.searchPlaceholder': 'Suchen, auch #Tags',
  'filter.channel': 'Kanal',
  'filter.owner': 'Zuständig',
  'filter.field': 'Aktionsfeld',
  'filter.tag': 'Tag',
  'filter.all': 'Alle',
  'filter.archived': 'Archiv anzeigen',
  'filter.clear': 'Filter zurücksetzen',
  'filter.active': 'Filter aktiv: {count} von {total, plural, one {# Karte} other {# Karten}} sichtbar',
} as const;

export const filterEn: { [key in keyof typeof filterDe]: string } = {
  'filter.label': 'Filter',
  'filter.search': 'Search',
  'filter.searchPlaceholder': 'Search, also #tags',
  'filter.channel': 'Channel',
  'filter.owner': 'Responsible',
  'filter.field': 'Action field',
  'filter.tag': 'Tag',
  'filter.all': 'All',
  'filter.archived': 'Show archive',
  'filter.clear': 'Clear filters',
  'filter.active': 'Filter active: {count} of {total, plural, one {# card} other {# cards}} visible',
};
