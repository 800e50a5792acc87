package main

import (
	"bytes"
	"testing"
)

func TestTableDisplayWidth(t *testing.T) {
	var b bytes.Buffer
	tb := newTable(&b)
	tb.Write([]byte("文章\t句段\t来源\t\n"))
	tb.Write([]byte("news\t5\tunchanged\t\n"))
	tb.Write([]byte("长标题文章\t12\t已改动\trest\n"))
	if err := tb.Flush(); err != nil {
		t.Fatal(err)
	}
	want := "" +
		"文章        句段  来源\n" +
		"news        5     unchanged\n" +
		"长标题文章  12    已改动     rest\n"
	if b.String() != want {
		t.Errorf("got:\n%s\nwant:\n%s", b.String(), want)
	}
}
