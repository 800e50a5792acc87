package articles

// EncodeReusing returns Encode(f) for a file read from old by DecodeLayout
// (with layout lay), copying the bytes of segments that did not change
// instead of writing them again: from[i] >= 0 says that f.Segments[i] is,
// field for field, the segment old's layout holds at index from[i] (it may
// have moved); -1 that it is to be written. Segments may be added, removed
// and reordered; the head and the archive are always written. What a
// segment's bytes are depends on the segment alone (writer.segment), which
// is what makes the copy the bytes Encode would write; the caller vouches
// for from.
func EncodeReusing(f *File, old []byte, lay *Layout, from []int) ([]byte, error) {
	if lay == nil || len(from) != len(f.Segments) {
		return Encode(f)
	}
	w := &writer{b: make([]byte, 0, len(old)+1024)}
	w.head(f)
	for i, s := range f.Segments {
		k := from[i]
		if k < 0 || k >= len(lay.Starts) {
			w.segment(s)
			continue
		}
		end := lay.End
		if k+1 < len(lay.Starts) {
			end = lay.Starts[k+1]
		}
		w.b = append(w.b, old[lay.Starts[k]:end]...)
	}
	w.archive(f)
	if w.err != nil {
		return Encode(f) // a scalar that yaml.v3 writes for the whole file
	}
	return w.b, nil
}
