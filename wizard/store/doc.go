// Package store keeps a person's progress on disk between runs, one file
// per profile holding every journey they have started (Profile), so a
// session can be resumed days later.
//
// The package knows nothing of the steps it stores and has no user-facing
// words: every error carries a reason code (see Reason) that a front-end
// turns into a message in the user's language.
//
// # Layout
//
// All files are in Store.Dir (Default: os.UserConfigDir()/eulogin-guide):
//
//	<escaped>.json                        the progress of one profile
//	<escaped>.json.lock                   empty; locked while a guide reads, compares and writes the profile
//	<escaped>.json.tmp-<random>           a save under way (or cut short by a kill)
//	<escaped>.json.damaged-<YYYYMMDD-HHMMSS>[-N]  an unusable file, set aside, never deleted
//	profiles.index                        the profiles' names, one a line (Profiles)
//	profiles.summary                      a summary row of each profile, for an overview (Summaries)
//	profiles.index.lock, profiles.summary.lock  empty; locked while a guide changes the index, the summaries
//
// <escaped> is the profile name (see CheckProfile) with every character
// other than a-z, 0-9 and '-' written as "_" and four lower-case hex digits
// of the rune ("__" and six digits beyond U+FFFF), so "Åse Jensen" is
// "_00c5se_0020_004aensen". File names are thus plain lower-case ASCII:
// the same on Windows, macOS and Linux, distinct on case-insensitive file
// systems, and the mapping can be decoded (Profiles). A name that is a
// device name on Windows ("con", "nul", "com1", ...) has its first letter
// escaped too.
//
// # Saving
//
// Save writes the whole file to a new temporary file in the same directory,
// syncs it to disk, and renames it over the old one, then syncs the
// directory. A process killed at any moment leaves the old file or the new
// one, never a mix; at worst a temporary file stays behind, which is never
// taken for a profile and is removed by the next guide to start once it is
// a minute old (Sweep).
// Reading a profile never lists the directory, so it costs the same with
// ten profiles or ten thousand.
//
// Two guides may have one profile open, each perhaps on a journey of its
// own. A save holds the profile's lock (flock on Unix, LockFileEx on
// Windows; a process that dies lets go of it) while it reads the file,
// compares the journey with what the guide read of it, and writes: so the
// guides take turns, each writes its own journey over the others as the
// file has them then, and one that finds its journey changed by the other
// saves nothing (SaveOver). Reading alone takes no lock: the rename makes
// every read see a whole file.
//
// # Summaries
//
// With a Summariser, each save also appends the profile's row to the
// summary file (holding the profile's lock, then the summary file's): the
// journey on now, each journey begun with its stages' statuses and the
// next date that matters, the day of the change, and the size and time of
// the file. A later row of a profile stands for the earlier ones; once
// the rows appended make the file half as large again, it is written whole,
// atomically, with each profile's last row alone. Summaries reads that one
// file and looks at the size and time of each profile's file; a row that
// does not match (a file saved by an older release, or changed by hand),
// or is missing or does not read right (a row a kill cut short), is made
// again from the profile's file. So the summary file is never synced:
// whatever a crash leaves of it is made again.
//
// The index of names is changed holding its own lock, profiles.index.lock,
// so that two guides making new profiles at once both list theirs.
//
// # Windows
//
// os.Rename replaces an existing file on Windows too (MoveFileEx with
// MOVEFILE_REPLACE_EXISTING), so saving is atomic there as well; because a
// virus scanner or indexer may hold the file open for a moment, the rename
// is retried for about a second. Permission bits mean nothing there: the
// directory and file modes 0700 and 0600 are not applied or checked, the
// files are protected by the ACLs of the user's profile directory
// (%AppData%). The directory is not synced on Windows, which has no such
// operation; the file itself is.
package store
