package fullscreen

// memo remembers what was drawn, by what it depends on. Most key presses
// change only the field typed into: the text around it, the checklist's
// columns, the key bindings and the footer are the same as the last time,
// or as the time before (the QR code shown and hidden, Back and Clear in a
// hidden field). A full memo starts over, so a long session with many
// window sizes stays small.
type memo[K comparable, V any] struct {
	kept map[K]V
	most int
}

func newMemo[K comparable, V any](most int) memo[K, V] {
	return memo[K, V]{kept: map[K]V{}, most: most}
}

// get gives what is kept for key, or makes it and keeps it.
func (m *memo[K, V]) get(key K, make func() V) V {
	if v, ok := m.kept[key]; ok {
		return v
	}
	if len(m.kept) >= m.most {
		clear(m.kept)
	}
	v := make()
	m.kept[key] = v
	return v
}
