/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * floor_curses.c: the floor for steady's start-up: the least a curses
 * program does to show a screen. It sets the locale (steady must, to show
 * UTF-8), starts curses, draws one screen of text with steady's footer,
 * refreshes and waits for a key. bench_startup times it like steady.
 */
#include "config.h"

#include <curses.h>
#include <locale.h>

int main(void)
{
	static const char *const lines[] = {
	        "Welcome. Take your time: nothing here leaves this computer.",
	        "",
	        " Modules                                                  13 to choose from",
	        " Self-check                                                          10 min",
	        " Diary",
	        " Get help now",
	        " Settings",
	        " Quit",
	};
	setlocale(LC_ALL, "");
	initscr();
	raw();
	noecho();
	mvaddstr(0, 2, "steady");
	for (int i = 0; i < (int)(sizeof lines / sizeof lines[0]); i++)
		mvaddstr(2 + i, 2, lines[i]);
	mvaddstr(LINES - 1, 2,
	         "Up/Down move  Enter open  q quit              ^G help  ^Q quick exit  ? keys");
	refresh();
	getch();
	endwin();
	return 0;
}
