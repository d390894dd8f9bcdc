@echo off
rem Starts eulogin-guide line by line (linje for linje), for a screen reader,
rem from the folder this file is in; at the end the window waits for a key.
title EU Login-guide, linje for linje
cd /d "%~dp0"
"%~dp0eulogin-guide.exe" --plain
pause
