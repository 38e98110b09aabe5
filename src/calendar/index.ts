// Business-day calendar (California state holidays) and IMR deadlines as data. Pure: no storage, no I/O.
export {
  HOLIDAYS,
  SUPPORTED_YEARS,
  type Holiday,
  type HolidayDefinition,
  type HolidayRule,
  type WeekendRule,
} from './holidays.ts';
export {
  holidaysIn,
  isBusinessDay,
  addBusinessDays,
  addCalendarDays,
  rollForward,
  businessDaysBetween,
  calendarDaysBetween,
  compareDates,
  pacificDate,
  pacificToday,
  type CalendarDayOptions,
  type Clock,
} from './days.ts';
export {
  DEADLINE_RULES,
  STATUS_RANK,
  deadlinesFor,
  deadlineOf,
  deadlineStatus,
  type Deadline,
  type DeadlineInput,
  type DeadlineKind,
  type DeadlineRule,
  type DeadlineStatus,
  type ServiceMethod,
} from './deadlines.ts';
