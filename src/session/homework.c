/*
 * homework.c: homework due and done (see homework.h).
 */
#include "config.h"

#include <stdlib.h>

#include "diary/stats.h"
#include "session/homework.h"

int64_t homework_day_of(const char *date)
{
	int64_t y = atoi(date);
	int m = atoi(date + 5), d = atoi(date + 8);
	y -= m <= 2;
	int64_t era = (y >= 0 ? y : y - 399) / 400;
	int64_t yoe = y - era * 400;
	int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

void homework_date(int64_t day, char out[16])
{
	struct entry_time t = {day * 86400, 0};
	entry_time_date(t, out);
}

int64_t homework_today(void)
{
	return entry_time_day(entry_time_now());
}

const struct entry *homework_mark(struct diary *d, const struct module *m, int64_t day)
{
	if (!d || !m->homework)
		return NULL;
	struct entry_list el = diary_select(d, ENTRY_HOMEWORK, m->id);
	const struct entry *found = NULL;
	enum homework_frequency f = m->homework->frequency;
	for (size_t i = 0; i < el.n && !found; i++) {
		if (!entry_date_valid(el.v[i]->date))
			continue;
		int64_t dd = homework_day_of(el.v[i]->date);
		if (f == FREQ_ONCE || (f == FREQ_DAILY && dd == day) ||
		    (f == FREQ_WEEKLY && stats_week_start(dd) == stats_week_start(day)))
			found = el.v[i];
	}
	diary_list_free(&el);
	return found;
}

int homework_ended(const struct module *m)
{
	const char *u = m->homework ? m->homework->until : NULL;
	return u && entry_date_valid(u) && homework_day_of(u) < homework_today();
}
