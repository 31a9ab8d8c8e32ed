# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
# fish completion for steady(1): the commands, the diary commands, and the
# options with their arguments.

set -l commands helplines check list strings add remove preview new report counsellor diary help
set -l diary init add list show search export import passwd wipe
set -l counsellor keygen open

complete -c steady -f
complete -c steady -n "not __fish_seen_subcommand_from $commands" -a helplines -d 'print the helplines for your region'
complete -c steady -n "not __fish_seen_subcommand_from $commands" -a check -d 'check modules and report every problem'
complete -c steady -n "not __fish_seen_subcommand_from $commands" -a list -d 'list the modules steady would load'
complete -c steady -n "not __fish_seen_subcommand_from $commands" -a strings -d 'print the text as a gettext template'
complete -c steady -n "not __fish_seen_subcommand_from $commands" -a add -d 'check modules and add them'
complete -c steady -n "not __fish_seen_subcommand_from $commands" -a remove -d 'take away added modules'
complete -c steady -n "not __fish_seen_subcommand_from $commands" -a preview -d 'play a module without adding it'
complete -c steady -n "not __fish_seen_subcommand_from $commands" -a new -d 'start a module from a template'
complete -c steady -n "not __fish_seen_subcommand_from $commands" -a report -d 'homework answers for your counsellor'
complete -c steady -n "not __fish_seen_subcommand_from $commands" -a counsellor -d 'a counsellor\'s key pair and sealed reports'
complete -c steady -n "not __fish_seen_subcommand_from $commands" -a diary -d 'the encrypted diary'
complete -c steady -n "not __fish_seen_subcommand_from $commands" -a help -d 'show the help of a command'
complete -c steady -n "__fish_seen_subcommand_from diary; and not __fish_seen_subcommand_from $diary" -a "$diary"
complete -c steady -n "__fish_seen_subcommand_from counsellor; and not __fish_seen_subcommand_from $counsellor" -a "$counsellor"
complete -c steady -n "__fish_seen_subcommand_from new; and not __fish_seen_subcommand_from journal worksheet questionnaire reading" -a "journal worksheet questionnaire reading"
complete -c steady -n "__fish_seen_subcommand_from help; and not __fish_seen_subcommand_from $commands" -a "$commands"
complete -c steady -n "__fish_seen_subcommand_from check strings add preview" -F
complete -c steady -n "__fish_seen_subcommand_from remove" -a "(steady list 2>/dev/null | cut -f 1)"

complete -c steady -s h -l help -d 'show the help and exit'
complete -c steady -s V -l version -d 'show the version and exit'
complete -c steady -l content-dir -x -a "(__fish_complete_directories)" -d 'also load the modules in DIR'
complete -c steady -l diary -x -a "(__fish_complete_directories)" -d 'use the diary at PATH'
complete -c steady -l passphrase-fd -x -d 'read the passphrase from file descriptor N'
complete -c steady -l format -x -a 'text json markdown' -d 'the output format'
complete -c steady -s o -l output -r -F -d 'write to FILE'
complete -c steady -l no-color -d 'do not use colour'
complete -c steady -l plain -d 'plain mode: lines of text'
complete -c steady -l yes -d 'do not ask'
complete -c steady -l region -x -a "list (steady helplines --region list 2>/dev/null | string replace -r '\s.*' '')" -d 'the region of the helplines'
complete -c steady -l kind -x -a 'prevention crisis family emergency' -d 'only this kind of helpline'
complete -c steady -l from -x -d 'with report: from this day (YYYY-MM-DD)'
complete -c steady -l to -x -d 'with report: up to this day (YYYY-MM-DD)'
complete -c steady -l seal -d 'with report: seal it for the counsellor'
