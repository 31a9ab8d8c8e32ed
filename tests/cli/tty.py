#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""tty.py: runs a command on a terminal of its own, for the tests that need
steady's standard output, or its passphrase prompt, to be a terminal.

  tty.py run [-w TEXT -s LINE]... -- CMD ARG...
      Runs CMD with a new terminal as its controlling terminal and its
      standard input, output and error. For each -w TEXT -s LINE, waits until
      TEXT has been written (after the TEXT before), then types LINE and
      Enter. Copies everything CMD
      wrote to standard output and exits with CMD's status (128 + N when
      signal N ended it).

  tty.py signal SIG PASS -- CMD ARG...
      Runs CMD as above, waits for its passphrase prompt (echo off), then
      sends it SIG. For SIGTSTP: the terminal must echo again while CMD is
      stopped; after SIGCONT the prompt must come back with echo off, and
      PASS is typed. For any other signal: CMD must end and leave the
      terminal echoing. Exits 0 when all held, else 1 with a reason.

CMD runs in a process group of its own in the terminal's session, the
foreground one, as a shell with job control would run it, so that a stop
signal stops it (the kernel ignores those in an orphaned process group).
"""
import fcntl
import os
import select
import signal
import sys
import termios
import time


class Tty:
    def __init__(self, cmd):
        self.master, self.slave = os.openpty()
        r, w = os.pipe()
        leader = os.fork()
        if leader == 0:
            os.close(self.master)
            os.close(r)
            os.setsid()
            fcntl.ioctl(self.slave, termios.TIOCSCTTY, 0)
            child = os.fork()
            if child == 0:
                os.setpgid(0, 0)
                signal.signal(signal.SIGTTOU, signal.SIG_IGN)
                os.tcsetpgrp(self.slave, os.getpid())
                signal.signal(signal.SIGTTOU, signal.SIG_DFL)
                # A terminal's program starts with the signals at their
                # defaults, as a login shell gives them; a test run in the
                # background (make check under '&') inherits SIGINT and
                # SIGQUIT ignored, which steady rightly keeps ignored.
                for sig in (signal.SIGINT, signal.SIGQUIT, signal.SIGHUP,
                            signal.SIGTERM, signal.SIGTSTP):
                    signal.signal(sig, signal.SIG_DFL)
                for fd in (0, 1, 2):
                    os.dup2(self.slave, fd)
                os.close(self.slave)
                os.close(w)
                try:
                    os.execv(cmd[0], cmd)
                finally:
                    os._exit(127)
            os.write(w, str(child).encode())
            os.close(w)
            _, st = os.waitpid(child, 0)
            os._exit(os.WEXITSTATUS(st) if os.WIFEXITED(st) else 128 + os.WTERMSIG(st))
        os.close(w)
        self.leader = leader
        self.pid = int(os.read(r, 32))
        os.close(r)
        self.out = b""
        self.status = None

    def pump(self, seconds):
        """Reads what the command writes for up to seconds."""
        end = time.time() + seconds
        while time.time() < end:
            ready, _, _ = select.select([self.master], [], [], max(0.0, end - time.time()))
            if not ready:
                break
            try:
                data = os.read(self.master, 4096)
            except OSError:
                break
            if not data:
                break
            self.out += data

    def wait_for(self, text, since=0, seconds=10):
        end = time.time() + seconds
        while text.encode() not in self.out[since:]:
            if time.time() > end or self.ended():
                return False
            self.pump(0.05)
        return True

    def type(self, line):
        os.write(self.master, line.encode() + b"\r")

    def echo(self):
        return bool(termios.tcgetattr(self.slave)[3] & termios.ECHO)

    def state(self):
        try:
            with open("/proc/%d/stat" % self.pid) as f:
                return f.read().rsplit(")", 1)[1].split()[0]
        except OSError:
            return "gone"

    def ended(self):
        if self.status is None:
            pid, st = os.waitpid(self.leader, os.WNOHANG)
            if pid:
                self.status = os.WEXITSTATUS(st)
        return self.status is not None

    def finish(self, seconds=20):
        end = time.time() + seconds
        while not self.ended():
            if time.time() > end:
                os.kill(self.pid, signal.SIGKILL)
                os.waitpid(self.leader, 0)
                self.status = 124
                break
            self.pump(0.05)
        self.pump(0.1)
        return self.status


def run(args):
    pairs = []
    while args and args[0] != "--":
        if len(args) < 4 or args[0] != "-w" or args[2] != "-s":
            sys.exit("tty.py run: expected -w TEXT -s LINE pairs, then -- CMD")
        pairs.append((args[1], args[3]))
        args = args[4:]
    t = Tty(args[1:])
    at = 0  # each TEXT is looked for after the one before
    for text, line in pairs:
        if not t.wait_for(text, at):
            sys.stdout.buffer.write(t.out)
            sys.exit("tty.py: '%s' never showed" % text)
        at = t.out.index(text.encode(), at) + len(text.encode())
        t.type(line)
    status = t.finish()
    sys.stdout.buffer.write(t.out)
    sys.exit(status)


def wait_state(t, want, seconds=10):
    end = time.time() + seconds
    while t.state() not in want:
        if time.time() > end:
            return False
        time.sleep(0.02)
    return True


def check_signal(args):
    sig = getattr(signal, args[0])
    passphrase = args[1]
    t = Tty(args[3:])

    def bad(why):
        sys.stdout.buffer.write(t.out)
        print("\ntty.py: %s" % why)
        t.finish(1)
        sys.exit(1)

    if not t.wait_for("passphrase"):
        bad("no passphrase prompt")
    # Echo goes off just before the prompt is written; the read comes after it.
    time.sleep(0.2)
    if t.echo():
        bad("echo is on at the prompt")
    if sig == signal.SIGTSTP:
        since = len(t.out)
        os.kill(t.pid, sig)
        if not wait_state(t, ("T", "t")):
            bad("%s did not stop it" % args[0])
        if not t.echo():
            bad("echo is off while it is stopped")
        os.kill(t.pid, signal.SIGCONT)
        if not t.wait_for("passphrase", since):
            bad("the prompt did not come back after SIGCONT")
        time.sleep(0.2)
        if t.echo():
            bad("echo is on at the prompt after SIGCONT")
        t.type(passphrase)
        status = t.finish()
        if status != 0:
            bad("it exited %d after the passphrase" % status)
    else:
        os.kill(t.pid, sig)
        status = t.finish()
        if not t.echo():
            bad("%s left echo off (exit %d)" % (args[0], status))
    sys.stdout.buffer.write(t.out)
    sys.exit(0)


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "run":
        run(sys.argv[2:])
    elif len(sys.argv) > 4 and sys.argv[1] == "signal" and sys.argv[4] == "--":
        check_signal(sys.argv[2:])
    else:
        sys.exit(__doc__)
