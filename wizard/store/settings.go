package store

import (
	"encoding/json"
	"errors"
	"maps"
	"path/filepath"
)

// settingsFile keeps each profile's settings (the line mode, the language,
// ...), apart from its progress: a setting is kept before any journey is
// begun, and a spoilt settings file costs no progress.
const settingsFile = "profiles.settings"

// maxSettings bounds what is read of the settings file.
const maxSettings = 256 << 10

// settingsOnFile is the settings file: each profile's settings by name.
type settingsOnFile struct {
	Version  int                          `json:"version"`
	Profiles map[string]map[string]string `json:"profiles"`
}

// Settings gives the settings kept for profile, by setting id; none when
// nothing is kept, or the file cannot be read (settings are not worth a
// refusal: the guide starts with its defaults, and says nothing).
func (s Store) Settings(profile string) map[string]string {
	kept := s.readSettings()
	return kept.Profiles[profile]
}

// KeepSetting keeps a setting of profile: value "" drops it. The file is
// replaced whole, atomically, holding its lock.
func (s Store) KeepSetting(profile, id, value string) error {
	if reason := CheckProfile(profile); reason != "" {
		return &SaveError{Reason: reason, Err: errors.New("store: settings: a profile name it refuses")}
	}
	return s.changeSettings(func(all map[string]map[string]string) {
		mine := maps.Clone(all[profile])
		if mine == nil {
			mine = map[string]string{}
		}
		if value == "" {
			delete(mine, id)
		} else {
			mine[id] = value
		}
		if len(mine) == 0 {
			delete(all, profile)
		} else {
			all[profile] = mine
		}
	})
}

// forgetSettings drops every setting of profile, as deleting it does.
func (s Store) forgetSettings(profile string) error {
	if _, ok := s.readSettings().Profiles[profile]; !ok {
		return nil
	}
	return s.changeSettings(func(all map[string]map[string]string) { delete(all, profile) })
}

func (s Store) changeSettings(change func(map[string]map[string]string)) error {
	if err := makeDir(s.Dir); err != nil {
		return &SaveError{Reason: classify(err), Err: err}
	}
	path := filepath.Join(s.Dir, settingsFile)
	err := locked(path, func() error {
		kept := s.readSettings()
		change(kept.Profiles)
		data, err := json.Marshal(kept)
		if err != nil {
			return err
		}
		return writeAtomic(s.Dir, path, data)
	})
	if err != nil {
		return &SaveError{Reason: classify(err), Err: err}
	}
	return nil
}

// readSettings reads the settings file, or gives an empty one.
func (s Store) readSettings() settingsOnFile {
	kept := settingsOnFile{Version: 1, Profiles: map[string]map[string]string{}}
	data, _, err := readFile(filepath.Join(s.Dir, settingsFile), maxSettings)
	if err != nil {
		return kept
	}
	var read settingsOnFile
	if json.Unmarshal(data, &read) != nil || read.Version != 1 {
		return kept
	}
	for name, settings := range read.Profiles {
		if CheckProfile(name) == "" && settings != nil {
			kept.Profiles[name] = settings
		}
	}
	return kept
}
