package main

import (
	"encoding/binary"
	"fmt"
	"strings"
)

// moPair is one translated message of a compiled catalog.
type moPair struct{ ID, Str string }

// readMO returns the plain messages of a GNU .mo file (the format of
// gettext's manual, "The Format of GNU MO Files"): the header entry
// (empty msgid), messages with a context (msgctxt, stored as
// "CTXT\x04ID") and plural messages ("ID\x00PLURAL") are left out, being
// no plain sentence pair. The file is read as msgunfmt reads it, either
// byte order.
func readMO(data []byte) ([]moPair, error) {
	if len(data) < 28 {
		return nil, fmt.Errorf("not a .mo file: %d bytes", len(data))
	}
	var bo binary.ByteOrder
	switch binary.LittleEndian.Uint32(data) {
	case 0x950412de:
		bo = binary.LittleEndian
	case 0xde120495:
		bo = binary.BigEndian
	default:
		return nil, fmt.Errorf("not a .mo file: bad magic number")
	}
	n := int64(bo.Uint32(data[8:]))
	origs, trans := int64(bo.Uint32(data[12:])), int64(bo.Uint32(data[16:]))
	size := int64(len(data))
	if n > size/8 || origs+8*n > size || trans+8*n > size {
		return nil, fmt.Errorf("not a .mo file: %d messages do not fit in %d bytes", n, size)
	}
	str := func(table, i int64) (string, error) {
		at := table + 8*i
		l, off := int64(bo.Uint32(data[at:])), int64(bo.Uint32(data[at+4:]))
		if off+l > size {
			return "", fmt.Errorf("message %d: string at %d+%d past the end of the file", i, off, l)
		}
		return string(data[off : off+l]), nil
	}
	var out []moPair
	for i := range n {
		id, err := str(origs, i)
		if err != nil {
			return nil, err
		}
		s, err := str(trans, i)
		if err != nil {
			return nil, err
		}
		if id == "" || strings.ContainsAny(id, "\x00\x04") || strings.ContainsRune(s, 0) {
			continue
		}
		out = append(out, moPair{ID: id, Str: s})
	}
	return out, nil
}
