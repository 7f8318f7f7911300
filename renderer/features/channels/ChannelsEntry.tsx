import { useState } from 'react';
import { useI18n } from '../../i18n';
import { ChannelsDialog } from './ChannelsDialog';

/** The way into channel management from the settings. */
export function ChannelsEntry() {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)}>
        {t('channels.open')}
      </button>
      {open && <ChannelsDialog onClose={() => setOpen(false)} />}
    </>
  );
}
