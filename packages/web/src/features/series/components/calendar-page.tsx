import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';
import { PageHeading } from '../../../components/ui/page-heading';
import { QueryState } from '../../../components/ui/query-state';
import { SelectField } from '../../../components/ui/select-field';
import { intlLocale } from '../../../lib/i18n/languages';
import { useCalendar } from '../api/get-calendar';
import {
  addDays,
  dayIn,
  groupByDay,
  isDay,
  monthGrid,
  monthTitle,
  stepView,
  viewRange,
  weekOf,
  type CalendarView,
  type Day,
} from '../calendar-grid';
import { CalendarGridView } from './calendar-grid-view';
import { CalendarListView } from './calendar-list-view';
import '../series.css';
import '../../sessions/sessions.css';

const views: readonly CalendarView[] = ['month', 'week', 'list'];
const isView = (value: string | null): value is CalendarView => views.includes(value as CalendarView);
const zone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
/** Local midnight of a day, as an instant. */
const midnight = (day: Day) => new Date(`${day}T00:00:00`).toISOString();

/** Month, week and list views of the sessions the person may see, with the planned meetings of series. */
export function CalendarPage() {
  const { t, i18n } = useTranslation();
  const locale = intlLocale(i18n.language);
  const [params, setParams] = useSearchParams();
  const today = dayIn(new Date().toISOString(), zone());
  const view: CalendarView = isView(params.get('view')) ? (params.get('view') as CalendarView) : 'month';
  const date = isDay(params.get('date')) ? params.get('date')! : today;
  const bodyId = params.get('body') ?? undefined;
  const range = viewRange(view, date);
  const calendar = useCalendar({ from: midnight(range.first), to: midnight(addDays(range.last, 1)), bodyId });
  const entriesByDay = useMemo(() => groupByDay(calendar.data?.items ?? [], zone()), [calendar.data]);
  const timeFormat = new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone: zone() });
  const time = (iso: string) => timeFormat.format(new Date(iso));
  const showBody = !bodyId && new Set(calendar.data?.items.map((entry) => entry.body.id)).size > 1;

  const go = (patch: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(patch)) {
      if (value === null) next.delete(key);
      else next.set(key, value);
    }
    setParams(next);
  };
  const week = weekOf(date);
  const title =
    view === 'week'
      ? t('series.calendar.weekTitle', { from: new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).formatRange(new Date(`${week[0]}T12:00:00Z`), new Date(`${week[6]}T12:00:00Z`)) })
      : monthTitle(locale, date);
  const step = view === 'week' ? 'Week' : 'Month';

  return (
    <div className="stack stack--large">
      <PageHeading title={t('series.calendar.title')}>{t('series.calendar.title')}</PageHeading>
      <p>{t('series.calendar.intro')}</p>
      <div className="calendar-toolbar">
        <div role="group" aria-label={t('series.calendar.viewLabel')} className="calendar-toolbar__views">
          {views.map((value) => (
            <Button key={value} variant={value === view ? 'primary' : 'secondary'} aria-pressed={value === view} onPress={() => go({ view: value })}>
              {t(`series.calendar.view.${value}`)}
            </Button>
          ))}
        </div>
        <div role="group" aria-label={t('series.calendar.pagingLabel')} className="calendar-toolbar__paging">
          <Button variant="secondary" onPress={() => go({ date: stepView(view, date, -1) })}>
            {t(`series.calendar.previous${step}`)}
          </Button>
          <Button variant="secondary" onPress={() => go({ date: null })}>
            {t('series.calendar.today')}
          </Button>
          <Button variant="secondary" onPress={() => go({ date: stepView(view, date, 1) })}>
            {t(`series.calendar.next${step}`)}
          </Button>
        </div>
        {calendar.data && calendar.data.bodies.length > 1 && (
          <SelectField
            label={t('series.calendar.body')}
            value={bodyId ?? ''}
            options={[{ value: '', label: t('series.calendar.allBodies') }, ...calendar.data.bodies.map((body) => ({ value: body.id, label: body.name }))]}
            onChange={(value) => go({ body: value || null })}
          />
        )}
      </div>
      <h2 aria-live="polite">{title}</h2>
      <p className="muted">
        {t('series.calendar.zone', { zone: zone() })} {view !== 'list' && t('series.calendar.keyboard', { pageKeys: 'Page Up / Page Down', enter: 'Enter' })}
      </p>
      <QueryState isPending={calendar.isPending} error={calendar.error} onRetry={() => void calendar.refetch()} />
      {calendar.data && view === 'list' && <CalendarListView entriesByDay={entriesByDay} today={today} locale={locale} time={time} showBody={showBody} />}
      {calendar.data && view !== 'list' && (
        <div className="calendar-scroll">
          <CalendarGridView
            weeks={view === 'month' ? monthGrid(date) : [week]}
            current={date}
            month={view === 'month' ? date.slice(0, 7) : null}
            today={today}
            entriesByDay={entriesByDay}
            locale={locale}
            caption={title}
            time={time}
            showBody={showBody}
            onNavigate={(day) => go({ date: day })}
            onOpenDay={view === 'month' ? (day) => go({ view: 'week', date: day }) : undefined}
          />
        </div>
      )}
    </div>
  );
}
