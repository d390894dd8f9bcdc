#!/bin/sh
# Starts eulogin-guide line by line (linje for linje), for a screen reader,
# from the folder this file is in. The macOS archives hold it as
# eulogin-guide-skaermlaeser.command, which a double-click opens in Terminal.
cd "$(dirname "$0")" || exit 1
exec ./eulogin-guide --plain "$@"
