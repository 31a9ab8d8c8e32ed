#!/bin/sh
# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
# configure.sh: configure probes each warning flag, so a compiler that
# refuses one (here a stand-in for an older one, which refuses
# -Wmissing-prototypes) still builds steady, with the others; and
# --disable-nls gives a steady that speaks English under LANGUAGE=de and
# makes and installs no catalogue.
. "$top_srcdir/tests/lib.sh"

cc=$(sed -n 's/^CC = //p' "$top_builddir/Makefile")
[ -n "$cc" ] || fail "no CC in $top_builddir/Makefile"
src=$(cd "$top_srcdir" && pwd)
b="$T/build"
mkdir -p "$b"
cat >"$T/cc" <<CC
#!/bin/sh
for a; do
	case \$a in
	-Wmissing-prototypes) echo "cc: error: unrecognized command-line option '\$a'" >&2; exit 1 ;;
	esac
done
exec $cc "\$@"
CC
chmod +x "$T/cc"
(cd "$b" && "$src/configure" -q --disable-nls --enable-werror CC="$T/cc") >"$T/configure.log" 2>&1 ||
	fail "configure failed: $(tail -n 20 "$T/configure.log")"
warn=$(sed -n 's/^WARN_CFLAGS = //p' "$b/Makefile")
case " $warn " in
*" -Wmissing-prototypes "*) fail "a flag the compiler refuses was kept: $warn" ;;
esac
case " $warn " in
*" -Wshadow "*) ;;
*) fail "a flag the compiler takes was left out: $warn" ;;
esac
make -C "$b" -s >"$T/make.log" 2>&1 || fail "make failed: $(tail -n 20 "$T/make.log")"

# Under LANGUAGE=de the usual build speaks German, the one without NLS English.
LANGUAGE=de "$STEADY" no-such-command >"$T/de" 2>&1 && fail "steady took no-such-command"
LANGUAGE=de "$b/steady" no-such-command >"$T/en" 2>&1 && fail "the build without NLS took it"
if grep -q '^USE_NLS = yes' "$top_builddir/Makefile"; then
	expect_not_in "$T/de" "unknown command"
fi
expect_in "$T/en" "steady: unknown command 'no-such-command'"
[ ! -e "$b/locale" ] || fail "the build without NLS made catalogues: $(find "$b/locale")"
make -C "$b" -s install DESTDIR="$T/inst" >"$T/install.log" 2>&1 ||
	fail "make install failed: $(tail -n 20 "$T/install.log")"
! find "$T/inst" -name '*.mo' | grep . || fail "the build without NLS installed catalogues"
exit 0
