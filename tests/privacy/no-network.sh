#!/bin/sh
# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
# The steady binary imports no network function, no way to load code at run
# time (which could reach one), and no way to start another program (an
# editor or a shell would keep its own files and history). It links no
# network, TLS or resolver library either.
. "$top_srcdir/tests/lib.sh"

if command -v nm >/dev/null 2>&1; then
	nm -D --undefined-only "$STEADY" >"$T/syms" || fail "nm could not read $STEADY"
	sed -e 's/^ *U //' -e 's/@.*//' "$T/syms" | sort -u >"$T/imports"
elif command -v objdump >/dev/null 2>&1; then
	objdump -T "$STEADY" | awk '$4 == "*UND*" || $3 == "*UND*" { print $NF }' |
		sed 's/@.*//' | sort -u >"$T/imports"
else
	echo "SKIP: neither nm nor objdump (binutils) is installed"
	exit 77
fi
# A binary that imports nothing means the listing failed, not a clean binary.
grep -qx 'setlocale' "$T/imports" || fail "the import list of $STEADY looks wrong"

network="socket socketpair connect bind listen accept accept4 shutdown
	send sendto sendmsg sendmmsg recv recvfrom recvmsg recvmmsg
	getsockopt setsockopt getsockname getpeername
	getaddrinfo getnameinfo freeaddrinfo gai_strerror
	gethostbyname gethostbyname2 gethostbyname_r gethostbyname2_r gethostbyaddr
	gethostbyaddr_r gethostent getservbyname getservbyport getprotobyname
	res_init res_query res_search res_querydomain res_mkquery res_send
	__res_init __res_query __res_search res_nquery res_nsearch res_nsend
	inet_aton inet_addr inet_ntoa inet_pton inet_ntop if_nametoindex getifaddrs
	curl_easy_init curl_easy_perform SSL_new SSL_connect gnutls_init"
loading="dlopen dlmopen dlsym dlvsym"
programs="system popen posix_spawn posix_spawnp fork vfork clone
	execl execle execlp execv execve execvp execvpe fexecve"

bad=
for s in $network $loading $programs; do
	grep -qx -- "$s" "$T/imports" && bad="$bad $s"
done
[ -z "$bad" ] || fail "$STEADY imports:$bad"

if command -v ldd >/dev/null 2>&1; then
	ldd "$STEADY" >"$T/libs" 2>&1 || true
	grep -Ei 'libcurl|libssl|libcrypto\.|libgnutls|libresolv|libnss_|libsystemd|libdbus' \
		"$T/libs" && fail "$STEADY links a library that talks to the network"
fi
exit 0
