# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
## data/local.mk: the AppStream metainfo, for software centres
## (tests/doc/metainfo.sh validates it with appstreamcli).
metainfodir = $(datadir)/metainfo
dist_metainfo_DATA = data/invalid.example.steady.metainfo.xml
EXTRA_DIST += data/local.mk
