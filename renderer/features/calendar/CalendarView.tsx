import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { useCallback, useMemo, useRef, useState } from 'react';
import {
  isFilterActive,
  monthGrid,
  monthLabel,
  monthSpan,
  weekLabel,
  weekOf,
  type BoardFilter,
  type Card,
  type CardId,
  type DateKey,
  type Slot,
} from '../../../shared/model';
import { useI18n } from '../../i18n';
import { useDocValue, useSession } from '../../sync/useDocValue';
import { ChannelsDialog } from '../channels/ChannelsDialog';
import { SeriesDialog } from '../series/SeriesDialog';
import { sameRecords, selectChannels } from '../selectors';
import './calendar.css';
import './room.css';
import './print.css';
import { CalendarMain, type CalendarMode } from './CalendarMain';
import { useEdgeScroll } from './useEdgeScroll';
import { useDensity } from './useDensity';
import { usePresentation } from './usePresentation';
import { calendarCollisions, decideDrop, gridKeyboardCoordinates, parseTarget } from './calendarDnd';
import { IdeaStore } from './IdeaStore';
import { MonthGrid } from './MonthGrid';
import { TimeDialog } from './TimeDialog';
import { useSlotCheck } from './useSlotCheck';
import { ExportDialog } from './ExportDialog';
import { ImportDialog } from '../transfer/ImportDialog';
import { DragPreview } from './Tiles';
import { useAnnouncements } from './useAnnouncements';
import { useProcessActions } from '../processes/processActions';
import { usePlan, type Plan } from './usePlan';
import { useWallClock } from './useWallClock';
import { WeekGrid } from './WeekGrid';

const NO_DAYS: DateKey[] = [];

/**
 * The calendar: the idea store beside a week (one row per channel) or a month of publishing slots.
 * Cards are scheduled by dragging them from the store into a slot or onto a day, rescheduled by
 * dragging between slots and days, and unscheduled by dragging them back; the keyboard does all
 * of it too. The board's filter applies here as well.
 *
 * While a card is held, the grid stands still: the plan shown is the one from the pick-up (what
 * colleagues schedule meanwhile appears after the drop) and every day keeps its height, so the
 * cell under the pointer is the cell the drop lands in and the one the screen reader named. The
 * grid scrolls by itself only when the pointer rests near its edge.
 */
export function CalendarView({
  filter,
  onOpenCard,
}: {
  filter: BoardFilter;
  onOpenCard: (id: CardId) => void;
}) {
  const { t, locale } = useI18n();
  const session = useSession();
  const now = useWallClock();
  const [mode, setMode] = useState<CalendarMode>('week');
  const [anchor, setAnchor] = useState<DateKey>(now.date);
  const [dragging, setDragging] = useState<CardId | null>(null);
  const [askTime, setAskTime] = useState<{ cardId: CardId; title: string; slot: Slot } | null>(null);
  const [manageChannels, setManageChannels] = useState(false);
  const [series, setSeries] = useState(false);
  const [exporting, setExporting] = useState(false);
  const [density, setDensity] = useDensity();
  const root = useRef<HTMLDivElement>(null);
  const [presenting, present] = usePresentation(root, mode, setAnchor, now.date, dragging !== null);
  const edge = useEdgeScroll(root);
  const [importing, setImporting] = useState(false);
  const channels = useDocValue(selectChannels, sameRecords);
  const week = useMemo(() => weekOf(anchor), [anchor]);
  const weeks = useMemo(() => monthGrid(anchor), [anchor]);
  const days = useMemo(() => (mode === 'week' ? week.days : weeks.flat()), [mode, week, weeks]);
  const livePlan = usePlan(days, filter, now, mode === 'week' ? week.days : NO_DAYS);
  /** The plan as it was at the pick-up, shown until the drop. */
  const held = useRef<Plan>(livePlan);
  if (dragging === null) held.current = livePlan;
  const plan = dragging === null ? livePlan : held.current;
  /** The card as it was when picked up: announcements and the drop decide from the same state. */
  const pickedUp = useRef<Card | null>(null);
  const checkSlot = useSlotCheck();
  const { schedule, unschedule } = useProcessActions();

  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter: gridKeyboardCoordinates }),
  );
  const announcements: Announcements = useAnnouncements(pickedUp, channels);

  const drop = useCallback(
    (activeId: UniqueIdentifier, overId: UniqueIdentifier | undefined) => {
      const card = pickedUp.current;
      if (!card || card.id !== activeId) return;
      const decision = decideDrop(card, parseTarget(overId), channels);
      // The drop is an undo step of its own, which "Abbrechen" in the time dialog takes back.
      session.stopCapturing();
      if (decision.action === 'schedule') {
        schedule(card.id, decision.slot);
        if (decision.defaultedTime || checkSlot(decision.slot))
          setAskTime({ cardId: card.id, title: card.title, slot: decision.slot });
      } else if (decision.action === 'unschedule') {
        unschedule(card.id);
      }
      session.stopCapturing();
    },
    [channels, session, checkSlot, schedule, unschedule],
  );

  return (
    <div
      ref={root}
      className={`calendar ${presenting ? 'presenting' : density}${dragging ? ' holding' : ''}`}
      role={presenting ? 'dialog' : undefined}
      aria-label={
        presenting
          ? t('calendar.presentation', {
              period: mode === 'week' ? weekLabel(anchor, locale) : monthLabel(anchor, locale),
            })
          : undefined
      }
      tabIndex={presenting ? -1 : undefined}
    >
      <DndContext
        sensors={sensors}
        collisionDetection={calendarCollisions}
        autoScroll={edge.options}
        onDragStart={({ active }) => {
          pickedUp.current = session.card(active.id as CardId) ?? null;
          setDragging(active.id as CardId);
        }}
        onDragMove={edge.onDragMove}
        onDragEnd={({ active, over }) => {
          edge.stop();
          setDragging(null);
          drop(active.id, over?.id);
        }}
        onDragCancel={() => {
          edge.stop();
          setDragging(null);
        }}
        accessibility={{
          announcements,
          screenReaderInstructions: { draggable: t('calendar.dnd.instructions') },
        }}
      >
        {!presenting && (
          <IdeaStore cardIds={plan.store} filterActive={isFilterActive(filter)} onOpenCard={onOpenCard} />
        )}
        <CalendarMain
          mode={mode}
          onMode={setMode}
          anchor={anchor}
          onAnchor={setAnchor}
          today={now.date}
          summary={plan.summary}
          density={density}
          onDensity={setDensity}
          presenting={presenting}
          onPresent={present}
          onManageChannels={() => setManageChannels(true)}
          onSeries={() => setSeries(true)}
          onExport={() => setExporting(true)}
          onImport={() => setImporting(true)}
        >
          {mode === 'week' ? (
            <WeekGrid
              label={weekLabel(anchor, locale)}
              days={week.days}
              today={now.date}
              channels={channels}
              removedChannelIds={plan.removedChannelIds}
              cells={plan.cells}
              freeSlots={plan.freeSlots}
              holding={dragging !== null}
              onOpenCard={onOpenCard}
            />
          ) : (
            <MonthGrid
              label={monthLabel(anchor, locale)}
              month={anchor}
              weeks={weeks}
              today={now.date}
              posts={plan.byDate}
              onOpenCard={onOpenCard}
            />
          )}
        </CalendarMain>
        <DragOverlay dropAnimation={null}>{dragging ? <DragPreview cardId={dragging} /> : null}</DragOverlay>
      </DndContext>
      {askTime && (
        <TimeDialog
          {...askTime}
          onClose={() => setAskTime(null)}
          onCancel={() => {
            session.undo();
            setAskTime(null);
          }}
        />
      )}
      {manageChannels && <ChannelsDialog onClose={() => setManageChannels(false)} />}
      {series && <SeriesDialog onClose={() => setSeries(false)} />}
      {exporting && (
        <ExportDialog
          filter={filter}
          shown={
            mode === 'week'
              ? { from: week.days[0]!, to: week.days[6]!, label: weekLabel(anchor, locale) }
              : { ...monthSpan(anchor), label: monthLabel(anchor, locale) }
          }
          today={now.date}
          onClose={() => setExporting(false)}
        />
      )}
      {importing && <ImportDialog onClose={() => setImporting(false)} />}
    </div>
  );
}
